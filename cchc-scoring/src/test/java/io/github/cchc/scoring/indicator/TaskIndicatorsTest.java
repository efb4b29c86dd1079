package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.core.timeframe.Timeframe;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskIndicatorsTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2024, 6, 30);

  private static Task task(String code, ReformArea area, String lead, String timeframe, TaskStatus status,
      LocalDate done) {
    Task.Builder b = Task.builder().code(code).area(area).title("Nhiệm vụ " + code).addOutput("Báo cáo")
        .addLead(lead.startsWith("Các") ? AgencyRef.group(lead) : AgencyRef.unit(lead))
        .timeframe(Timeframe.parse(timeframe)).status(status);
    if (done != null) {
      b.completionDate(done);
    }
    return b.build();
  }

  private static Plan plan() {
    return Plan.builder().number(DocumentNumber.parse("175/KH-UBND")).issuer("Ủy ban nhân dân tỉnh")
        .place("Thái Bình").issueDate(LocalDate.of(2023, 12, 29)).year(2024).title("Cải cách hành chính năm 2024")
        .addPurpose("Triển khai có hiệu quả Chương trình tổng thể CCHC.")
        .addRequirement("Gắn kết công tác CCHC.")
        .addTask(task("1", ReformArea.DIRECTION, "TB-SNV", "Quý I/2024", TaskStatus.DONE, LocalDate.of(2024, 3, 20)))
        .addTask(task("2", ReformArea.DIRECTION, "TB-SNV", "Quý I/2024", TaskStatus.DONE, LocalDate.of(2024, 4, 15)))
        .addTask(task("3", ReformArea.PROCEDURES, "TB-VP", "Quý I/2024", TaskStatus.IN_PROGRESS, null))
        .addTask(task("4", ReformArea.PROCEDURES, "TB-VP", "Quý III/2024", TaskStatus.NOT_STARTED, null))
        .addTask(task("5", ReformArea.PROCEDURES, "TB-VP", "Quý II/2024", TaskStatus.DONE, LocalDate.of(2024, 7, 2)))
        .addTask(task("6", ReformArea.CIVIL_SERVICE, "Các sở, ban, ngành", "Thường xuyên", TaskStatus.IN_PROGRESS,
            null))
        .addTask(task("7", ReformArea.CIVIL_SERVICE, "TB-SNV", "Theo Kế hoạch của Bộ Nội vụ",
            TaskStatus.NOT_STARTED, null))
        .addTask(task("8", ReformArea.DIGITAL_GOVERNMENT, "TB-STTTT", "Quý I/2024", TaskStatus.CANCELLED, null))
        .build();
  }

  @Test
  @DisplayName("Số nhiệm vụ đề ra, đã hoàn thành, đúng hạn, quá hạn — as of 30 June")
  void countsAsOfADate() {
    TaskIndicators t = TaskIndicators.of(plan(), JUNE_30);
    // 1 on time; 2 late; 3 overdue; 4 not yet due; 5 due on 30 June itself and done only in July, so still not
    // yet due that day; 6 ongoing; 7 set by another body; 8 cancelled.
    assertEquals(new TaskCounts(8, 2, 1, 1, 1, 2, 1, 1, 0, 0, 1), t.total());
    assertEquals(new TaskCounts(3, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0), t.byArea().get(ReformArea.PROCEDURES));
    assertEquals(new TaskCounts(3, 2, 1, 1, 0, 0, 0, 1, 0, 0, 0), t.byLead().get("TB-SNV"));
    assertEquals(1, t.byLead().get("Các sở, ban, ngành").ongoing());
  }

  @Test
  void byTheYearsEndTheJulyTaskIsLateAndTheThirdQuarterTaskOverdue() {
    TaskCounts c = TaskIndicators.of(plan(), LocalDate.of(2024, 12, 31)).total();
    assertEquals(3, c.done());
    assertEquals(new TaskCounts(8, 3, 1, 2, 2, 0, 1, 1, 0, 0, 1), c);
  }

  @Test
  void countsBecomeObservations() {
    ReportPeriod s1 = ReportPeriod.parse("2024S1");
    ObservationSet o = TaskIndicators.of(plan(), JUNE_30).toObservations("TB", s1);
    assertEquals(Optional.of(IndicatorValue.count(8)), o.value("tasks.set", "TB", s1));
    assertEquals(Optional.of(IndicatorValue.count(2)), o.value("tasks.done", "TB", s1));
    assertEquals(Optional.of(IndicatorValue.count(1)), o.value("tasks.overdue", "TB", s1));
    assertEquals(Optional.of(IndicatorValue.count(1)), o.value("tasks.setByOther", "TB", s1));
    assertEquals(8, o.size(), "no Phụ lục II row among the tasks.* observations");
  }

  @Test
  void theTasksSetAndDoneAreRowsI11AndI12OfPhuLucII() {
    ReportPeriod s1 = ReportPeriod.parse("2024S1");
    ObservationSet o = TaskIndicators.of(plan(), JUNE_30).toPhuLucII("TB", s1);
    assertEquals(Optional.of(IndicatorValue.count(8)), o.value("I.1.1", "TB", s1));
    assertEquals(Optional.of(IndicatorValue.count(2)), o.value("I.1.2", "TB", s1));
    assertEquals(2, o.size());
    for (Observation obs : o.observations()) {
      assertTrue(IndicatorCatalog.phuLucII().contains(obs.indicator().code()), obs.indicator().code());
    }
  }
}
