package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingScheduleTest {

  private final ReportingSchedule standard = ReportingSchedule.standard();

  @ParameterizedTest(name = "{0} due {1}")
  @DisplayName("Báo cáo quý, 6 tháng, năm gửi chậm nhất ngày 15 của tháng cuối kỳ")
  @CsvSource({
    "2024Q1, 2024-03-15", "2024Q2, 2024-06-15", "2024Q3, 2024-09-15", "2024Q4, 2024-12-15",
    "2024S1, 2024-06-15", "2024S2, 2024-12-15", "2024, 2024-12-15"
  })
  void dueOnTheFifteenthOfTheLastMonth(String period, LocalDate due) {
    assertEquals(Optional.of(due), standard.dueDate(ReportPeriod.parse(period)));
  }

  @Test
  void monthlyReportsAreNotDueByDefault() {
    assertEquals(Optional.empty(), standard.dueDate(ReportPeriod.parse("2024-03")));
  }

  @Test
  @DisplayName("Báo cáo đến hạn tiếp theo")
  void whichReportIsDueNext() {
    assertEquals(List.of(new ReportDue(ReportPeriod.parse("2024Q1"), LocalDate.of(2024, 3, 15))),
        standard.nextDue(LocalDate.of(2024, 1, 2)));
    assertEquals(List.of(new ReportDue(ReportPeriod.parse("2024Q1"), LocalDate.of(2024, 3, 15))),
        standard.nextDue(LocalDate.of(2024, 3, 15)));
    assertEquals(List.of(
            new ReportDue(ReportPeriod.parse("2024S1"), LocalDate.of(2024, 6, 15)),
            new ReportDue(ReportPeriod.parse("2024Q2"), LocalDate.of(2024, 6, 15))),
        standard.nextDue(LocalDate.of(2024, 3, 16)));
    assertEquals(List.of(
            new ReportDue(ReportPeriod.parse("2024"), LocalDate.of(2024, 12, 15)),
            new ReportDue(ReportPeriod.parse("2024S2"), LocalDate.of(2024, 12, 15)),
            new ReportDue(ReportPeriod.parse("2024Q4"), LocalDate.of(2024, 12, 15))),
        standard.nextDue(LocalDate.of(2024, 12, 1)));
    assertEquals(ReportPeriod.parse("2025Q1"), standard.nextDue(LocalDate.of(2024, 12, 16)).get(0).period());
  }

  @Test
  void dueDatesCanBeOverridden() {
    ReportingSchedule custom = standard
        .with(ReportPeriod.Type.YEAR, DueDatePolicy.dayOfLastMonth(10))
        .with(ReportPeriod.Type.MONTH, DueDatePolicy.daysAfterEnd(5));
    assertEquals(Optional.of(LocalDate.of(2024, 12, 10)), custom.dueDate(ReportPeriod.ofYear(2024)));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 5)), custom.dueDate(ReportPeriod.parse("2024-03")));
    assertEquals(List.of(new ReportDue(ReportPeriod.ofYear(2024), LocalDate.of(2024, 12, 10))),
        custom.without(ReportPeriod.Type.MONTH).nextDue(LocalDate.of(2024, 12, 1)));
    assertEquals(List.of(new ReportDue(ReportPeriod.parse("2024-02"), LocalDate.of(2024, 3, 5))),
        custom.nextDue(LocalDate.of(2024, 3, 1)));
    assertEquals(Optional.of(LocalDate.of(2024, 6, 30)),
        standard.with(ReportPeriod.Type.QUARTER, DueDatePolicy.dayOfLastMonth(31))
            .dueDate(ReportPeriod.parse("2024Q2")));
  }

  @Test
  void aDueDateAfterThePeriodIsFoundAsNext() {
    ReportingSchedule annualInJanuary = standard.without(ReportPeriod.Type.QUARTER).without(ReportPeriod.Type.HALF)
        .with(ReportPeriod.Type.YEAR, DueDatePolicy.daysAfterEnd(20));
    assertEquals(List.of(new ReportDue(ReportPeriod.ofYear(2024), LocalDate.of(2025, 1, 20))),
        annualInJanuary.nextDue(LocalDate.of(2025, 1, 3)));
  }

  @Test
  void badPoliciesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> DueDatePolicy.dayOfLastMonth(0));
    assertThrows(IllegalArgumentException.class, () -> DueDatePolicy.dayOfLastMonth(32));
    assertThrows(IllegalArgumentException.class, () -> DueDatePolicy.daysAfterEnd(-1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingSchedule.standard()
        .without(ReportPeriod.Type.QUARTER).without(ReportPeriod.Type.HALF).without(ReportPeriod.Type.YEAR));
    assertTrue(e.getMessage().contains("YEAR"), e.getMessage());
  }

  @Test
  void reportsDueInAYear() {
    assertEquals(7, standard.dueIn(2024).size());
    assertTrue(standard.dueIn(2024).stream().allMatch(d -> d.dueDate().getDayOfMonth() == 15));
  }
}
