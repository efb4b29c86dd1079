package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A small directory of Sơn La province in 2024: the departments the 2024 inspection plan names and a few others, each
 * with some subordinate units, and the 12 district-level units (real names), each with its offices and two communes.
 * The unit lists under each department or district are a sample. Example data.
 */
public final class SonLaFixture {

  private SonLaFixture() {}

  /** The four districts the plan names: Mai Sơn, Mộc Châu, Bắc Yên, Phù Yên. */
  public static final List<String> NAMED_DISTRICTS = List.of("SL-MS", "SL-MC", "SL-BY", "SL-PY");

  /** The six departments the plan names: Tài chính, Khoa học và Công nghệ, Công thương, Nội vụ, Ngoại vụ, BQL KCN. */
  public static final List<String> NAMED_DEPARTMENTS =
      List.of("SL-STC", "SL-SKHCN", "SL-SCT", "SL-SNV", "SL-SNGV", "SL-BQLKCN");

  static final String[][] DEPARTMENTS = {
    {"STC", "Sở Tài chính", "Phòng Quản lý ngân sách", "Phòng Tài chính đầu tư", "Thanh tra Sở"},
    {"SKHCN", "Sở Khoa học và Công nghệ", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Trung tâm Thông tin và Ứng dụng"},
    {"SCT", "Sở Công Thương", "Phòng Quản lý thương mại", "Phòng Kỹ thuật an toàn - Môi trường", "Thanh tra Sở"},
    {"SNV", "Sở Nội vụ", "Ban Thi đua - Khen thưởng", "Ban Tôn giáo", "Phòng Cải cách hành chính"},
    {"SNGV", "Sở Ngoại vụ", "Phòng Lãnh sự - Biên giới", "Văn phòng Sở"},
    {"BQLKCN", "Ban Quản lý các khu công nghiệp", "Phòng Quản lý doanh nghiệp", "Văn phòng Ban"},
    {"STP", "Sở Tư pháp", "Phòng Hành chính tư pháp", "Văn phòng Sở"},
    {"SYT", "Sở Y tế", "Chi cục Dân số - Kế hoạch hóa gia đình", "Văn phòng Sở"},
    {"STTTT", "Sở Thông tin và Truyền thông", "Phòng Bưu chính - Viễn thông", "Văn phòng Sở"},
    {"SKHDT", "Sở Kế hoạch và Đầu tư", "Phòng Đăng ký kinh doanh", "Văn phòng Sở"},
  };

  static final String[][] DISTRICTS = {
    {"TP", "Thành phố Sơn La"}, {"QN", "Huyện Quỳnh Nhai"}, {"ML", "Huyện Mường La"}, {"TC", "Huyện Thuận Châu"},
    {"PY", "Huyện Phù Yên"}, {"BY", "Huyện Bắc Yên"}, {"MS", "Huyện Mai Sơn"}, {"SM", "Huyện Sông Mã"},
    {"YC", "Huyện Yên Châu"}, {"MC", "Huyện Mộc Châu"}, {"SC", "Huyện Sốp Cộp"}, {"VH", "Huyện Vân Hồ"},
  };

  /**
   * Returns the directory.
   *
   * @return Sơn La with 10 departments and 12 districts
   */
  public static OrgDirectory directory() {
    List<OrgUnit> units = new ArrayList<>();
    units.add(OrgUnit.builder().id("SL").name("UBND tỉnh Sơn La").kind(OrgKind.PROVINCE).build());
    for (String[] d : DEPARTMENTS) {
      String id = "SL-" + d[0];
      units.add(OrgUnit.builder().id(id).name(d[1]).kind(OrgKind.DEPARTMENT).parent("SL").build());
      for (int i = 2; i < d.length; i++) {
        units.add(OrgUnit.builder().id(id + "-" + (i - 1)).name(d[i]).kind(OrgKind.SUBORDINATE).parent(id).build());
      }
    }
    for (String[] d : DISTRICTS) {
      String id = "SL-" + d[0];
      units.add(OrgUnit.builder().id(id).name(d[1]).kind(OrgKind.DISTRICT).parent("SL").build());
      units.add(OrgUnit.builder().id(id + "-PNV").name("Phòng Nội vụ").kind(OrgKind.SUBORDINATE).parent(id).build());
      units.add(OrgUnit.builder().id(id + "-VP").name("Văn phòng HĐND và UBND").kind(OrgKind.SUBORDINATE)
          .parent(id).build());
      units.add(OrgUnit.builder().id(id + "-PTCKH").name("Phòng Tài chính - Kế hoạch").kind(OrgKind.SUBORDINATE)
          .parent(id).build());
      units.add(OrgUnit.builder().id(id + "-X1").name("Xã thứ nhất của " + d[1]).kind(OrgKind.COMMUNE).parent(id)
          .build());
      units.add(OrgUnit.builder().id(id + "-X2").name("Xã thứ hai của " + d[1]).kind(OrgKind.COMMUNE).parent(id)
          .build());
    }
    return OrgDirectory.of(units);
  }
}
