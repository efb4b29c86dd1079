package io.github.cchc.scoring.indicator;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.plan.ReformArea;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An example province merged into another on 1 July 2025, its departments reorganised on 1 March 2025: one merged
 * whole, one split by shares, one split by indicator, and a district that ended without successor. Example data, not
 * an official table.
 */
final class RestatementFixture {
  static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  static final LocalDate JULY = LocalDate.of(2025, 7, 1);
  static final LocalDate AFTER = LocalDate.of(2026, 1, 1);

  static final Indicator COUNT =
      Indicator.of("C", "Số hồ sơ", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT);
  static final Indicator SHARE =
      Indicator.of("S", "Tỷ lệ đúng hạn", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT_WITH_SHARE);
  static final Indicator PERCENT =
      Indicator.of("R", "Tỷ lệ hài lòng", ReformArea.PROCEDURES, IndicatorUnit.PERCENT, ValueType.PERCENT);
  static final Indicator PRESS =
      Indicator.of("P", "Số giấy phép xuất bản", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT);

  private RestatementFixture() {}

  static OrgDirectory directory() {
    return OrgDirectory.of(
        unit("A", "Ủy ban nhân dân tỉnh A", OrgKind.PROVINCE, null).validTo(JULY).addSuccessor("N").build(),
        unit("N", "Ủy ban nhân dân tỉnh N", OrgKind.PROVINCE, null).build(),
        // Merged whole (Sở Nội vụ of A, reorganised on 1 March and then merged into N's).
        unit("A-SNV", "Sở Nội vụ", OrgKind.DEPARTMENT, "A").validTo(JULY).addSuccessor("N-SNV").build(),
        // Split by shares (most functions to Sở Nội vụ).
        unit("A-SLDTBXH", "Sở Lao động - Thương binh và Xã hội", OrgKind.DEPARTMENT, "A").validTo(MARCH)
            .addSuccessors("A-SNV", "A-SYT", "A-SGDDT")
            .putShare("A-SNV", new BigDecimal("0.8")).putShare("A-SYT", new BigDecimal("0.1"))
            .putShare("A-SGDDT", new BigDecimal("0.1")).build(),
        unit("A-SYT", "Sở Y tế", OrgKind.DEPARTMENT, "A").validTo(JULY).addSuccessor("N-SYT").build(),
        unit("A-SGDDT", "Sở Giáo dục và Đào tạo", OrgKind.DEPARTMENT, "A").validTo(JULY).addSuccessor("N-SGDDT")
            .build(),
        // Split by indicator: press licences went to culture, everything else to science.
        unit("A-STTTT", "Sở Thông tin và Truyền thông", OrgKind.DEPARTMENT, "A").validTo(MARCH)
            .addSuccessors("A-SKHCN", "A-SVHTTDL").putSuccessorByIndicator("P", "A-SVHTTDL")
            .build(),
        unit("A-SKHCN", "Sở Khoa học và Công nghệ", OrgKind.DEPARTMENT, "A").validTo(JULY).addSuccessor("N-SKHCN")
            .build(),
        unit("A-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", OrgKind.DEPARTMENT, "A").validTo(JULY)
            .addSuccessor("N-SVHTTDL").build(),
        unit("A-H1", "Ủy ban nhân dân huyện Một", OrgKind.DISTRICT, "A").validTo(JULY).build(),
        unit("N-SNV", "Sở Nội vụ", OrgKind.DEPARTMENT, "N").build(),
        unit("N-SYT", "Sở Y tế", OrgKind.DEPARTMENT, "N").build(),
        unit("N-SGDDT", "Sở Giáo dục và Đào tạo", OrgKind.DEPARTMENT, "N").build(),
        unit("N-SKHCN", "Sở Khoa học và Công nghệ", OrgKind.DEPARTMENT, "N").build(),
        unit("N-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", OrgKind.DEPARTMENT, "N").build());
  }

  private static OrgUnit.Builder unit(String id, String name, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name(name).kind(kind);
    if (parent != null) {
      b.parent(parent);
    }
    return b;
  }
}
