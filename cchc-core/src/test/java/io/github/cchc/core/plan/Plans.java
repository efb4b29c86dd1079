package io.github.cchc.core.plan;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.timeframe.Timeframe;
import java.time.LocalDate;

/** A small plan that meets every rule, one task per area, for tests to break one rule at a time. */
final class Plans {

  private Plans() {}

  static Task task(ReformArea area, String code) {
    return Task.builder()
        .code(code)
        .area(area)
        .title("Nhiệm vụ " + area.roman() + "." + code)
        .addOutput("Kế hoạch của UBND tỉnh")
        .addLead(AgencyRef.unit("P-SNV"))
        .addCoordinator(AgencyRef.group("Các sở, ban, ngành"))
        .timeframe(Timeframe.parse("Quý II/2024"))
        .build();
  }

  static Plan.Builder complete() {
    Plan.Builder builder = Plan.builder()
        .number(DocumentNumber.parse("175/KH-UBND"))
        .issuer("Ủy ban nhân dân tỉnh")
        .place("Thái Bình")
        .issueDate(LocalDate.of(2023, 12, 29))
        .year(2024)
        .title("Cải cách hành chính năm 2024")
        .addPurpose("Triển khai có hiệu quả Chương trình tổng thể CCHC.")
        .addRequirement("Gắn kết công tác CCHC của các sở, ban, ngành, địa phương.");
    for (ReformArea area : ReformArea.values()) {
      builder.addTask(task(area, "1"));
    }
    return builder;
  }
}
