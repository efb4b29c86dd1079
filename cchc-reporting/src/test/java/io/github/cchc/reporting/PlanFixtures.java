package io.github.cchc.reporting;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.inspection.FindingStatus;
import io.github.cchc.core.inspection.VisitFinding;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import io.github.cchc.core.timeframe.Timeframe;
import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorUnit;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.indicator.ValueType;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A small example plan of 2024 with tracked tasks, example statistics and inspection findings. */
final class PlanFixtures {

  private PlanFixtures() {}

  static Task task(String code, ReformArea area, String title, String timeframe) {
    return Task.builder().code(code).area(area).title(title).addOutput("Văn bản")
        .addLead(AgencyRef.unit("TB-SNV")).timeframe(Timeframe.parse(timeframe)).timeframeText(timeframe).build();
  }

  static Task done(Task task, LocalDate date, String number, String summary) {
    return Task.builder().from(task).status(TaskStatus.DONE).completionDate(date)
        .completion(Completion.of(DocumentNumber.parse(number), date, summary)).build();
  }

  static Plan plan() {
    return Plan.builder()
        .number(DocumentNumber.parse("175/KH-UBND"))
        .issuer("Ủy ban nhân dân tỉnh Thái Bình")
        .place("Thái Bình")
        .issueDate(LocalDate.of(2023, 12, 29))
        .year(2024)
        .title("Cải cách hành chính tỉnh Thái Bình năm 2024")
        .addTasks(
            done(task("1", ReformArea.DIRECTION, "Ban hành Kế hoạch tuyên truyền CCHC năm 2024", "Tháng 01/2024"),
                LocalDate.of(2024, 1, 20), "12/KH-UBND", "Kế hoạch tuyên truyền cải cách hành chính năm 2024"),
            done(task("2", ReformArea.DIRECTION, "Ban hành Kế hoạch kiểm tra CCHC năm 2024", "Quý I/2024"),
                LocalDate.of(2024, 4, 5), "45/KH-UBND", "Kế hoạch kiểm tra công tác CCHC năm 2024"),
            task("3", ReformArea.INSTITUTIONS, "Rà soát văn bản quy phạm pháp luật của tỉnh", "Quý II/2024"),
            done(task("4", ReformArea.PROCEDURES, "Công bố danh mục TTHC được chuẩn hóa", "Quý I/2024"),
                LocalDate.of(2024, 3, 15), "512/QĐ-UBND", "Công bố danh mục thủ tục hành chính"),
            task("5", ReformArea.PROCEDURES, "Rà soát, đánh giá thủ tục hành chính năm 2024", "Quý III/2024"),
            task("6", ReformArea.CIVIL_SERVICE, "Xác định vị trí việc làm", "Thường xuyên"),
            Task.builder().from(task("7", ReformArea.DIGITAL_GOVERNMENT, "Nâng cấp Cổng dịch vụ công", "Quý II/2024"))
                .status(TaskStatus.DONE).build())
        .build();
  }

  static final Indicator OWN = Indicator.of("TB.1", "Số hồ sơ tiếp nhận qua Zalo", ReformArea.PROCEDURES,
      IndicatorUnit.DOSSIER, ValueType.COUNT);

  static ObservationSet observations() {
    IndicatorCatalog catalog = IndicatorCatalog.phuLucII();
    ReportPeriod y2023 = ReportPeriod.ofYear(2023);
    ReportPeriod y2024 = ReportPeriod.ofYear(2024);
    return ObservationSet.of(List.of(
        new Observation(catalog.require("I.1.1"), "TB", y2023, IndicatorValue.count(40)),
        new Observation(catalog.require("I.1.1"), "TB", y2024, IndicatorValue.count(41)),
        new Observation(catalog.require("I.1.2"), "TB", y2023, IndicatorValue.count(38)),
        new Observation(catalog.require("I.1.2"), "TB", y2024, IndicatorValue.count(30)),
        new Observation(catalog.require("2.4.1"), "TB", y2023, IndicatorValue.ratio(9_000, 9_500)),
        new Observation(catalog.require("2.4.1"), "TB", ReportPeriod.parse("2024S1"), IndicatorValue.ratio(4_700, 4_800)),
        new Observation(catalog.require("2.4.1"), "TB", ReportPeriod.parse("2024S2"), IndicatorValue.ratio(4_812, 4_800)),
        new Observation(catalog.require("2.4.5"), "TB", y2024, IndicatorValue.flag(true)),
        new Observation(catalog.require("6.6.3"), "TB", y2024, IndicatorValue.ratio(1_234, 5_000)),
        new Observation(OWN, "TB", y2024, IndicatorValue.count(5))));
  }

  static List<VisitFinding> findings() {
    return List.of(
        new VisitFinding("TB-STC", Optional.of(LocalDate.of(2024, 4, 2)), "Chưa niêm yết công khai TTHC đầy đủ",
            "Niêm yết đầy đủ", Optional.of(LocalDate.of(2024, 5, 30)), FindingStatus.OPEN),
        new VisitFinding("TB-STP", Optional.of(LocalDate.of(2024, 4, 3)), "Chậm cập nhật hồ sơ", "",
            Optional.empty(), FindingStatus.REMEDIATED));
  }
}
