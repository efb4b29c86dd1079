package io.github.cchc.core.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.ModelRuleException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

class InspectionModelTest {

  @Test
  @DisplayName("Quý II, III năm 2024 is one window from 1 April to 30 September")
  void quartersJoin() {
    InspectionWindow w = InspectionWindow.ofQuarters(YearQuarter.of(2024, 3), YearQuarter.of(2024, 2));
    assertEquals(List.of(LocalDateRange.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30))), w.ranges());
    assertEquals("Quý II, III năm 2024", w.label());
    assertEquals("Q2/2024, Q3/2024", w.labelEn());
    assertEquals("2024Q2,2024Q3", w.toString());
    assertEquals(w, InspectionWindow.parse(w.toString()));
  }

  @Test
  void quartersApartLeaveAGap() {
    InspectionWindow w = InspectionWindow.ofQuarters(YearQuarter.of(2024, 2), YearQuarter.of(2024, 4));
    assertEquals(2, w.ranges().size());
    assertFalse(w.contains(LocalDate.of(2024, 8, 1)));
    assertTrue(w.contains(LocalDate.of(2024, 12, 31)));
    assertEquals(w, InspectionWindow.parse(w.toString()));
  }

  @Test
  @DisplayName("Từ tháng 3/2023 đến tháng 12/2023")
  void monthRange() {
    InspectionWindow w = InspectionWindow.ofMonths(YearMonth.of(2023, 3), YearMonth.of(2023, 12));
    assertEquals(LocalDate.of(2023, 3, 1), w.firstDay());
    assertEquals(LocalDate.of(2023, 12, 31), w.lastDay());
    assertEquals("Từ 01/03/2023 đến 31/12/2023", w.label());
    assertEquals("2023-03-01/2024-01-01", w.toString());
    assertEquals(w, InspectionWindow.parse(w.toString()));
    assertThrows(IllegalArgumentException.class,
        () -> InspectionWindow.ofMonths(YearMonth.of(2023, 12), YearMonth.of(2023, 3)));
    assertThrows(DateTimeException.class, () -> InspectionWindow.parse("2024Q2,2024-01-01/2024-02-01"));
    assertThrows(DateTimeException.class, () -> InspectionWindow.parse("Quý II"));
  }

  @Test
  void dayCountsReadBack() {
    assertEquals(DayCount.calendarDays(10), DayCount.parse("10 calendar days"));
    assertEquals(DayCount.workingDays(3), DayCount.parse(DayCount.workingDays(3).toString()));
    assertEquals("3 ngày làm việc", DayCount.workingDays(3).label());
    assertThrows(IllegalArgumentException.class, () -> DayCount.parse("3 ngày"));
    assertThrows(IllegalArgumentException.class, () -> DayCount.calendarDays(-1));
    assertThrows(IllegalArgumentException.class, () -> VisitLength.workingDays(4, 2));
    assertTrue(VisitLength.workingDays(2, 4).allows(3));
  }

  @Test
  void aDayCountTooLargeForAnIntIsRefusedNotOverflowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DayCount.parse("99999999999 working days"));
    assertEquals("Not a day count: '99999999999 working days' (the number is too large)", e.getMessage());
  }

  @Test
  @DisplayName("A finding stays open until remediated; overdue ones call for a re-inspection")
  void findingsAndReinspection() {
    LocalDate visit = LocalDate.of(2024, 5, 10);
    VisitFinding late = new VisitFinding("DT-CL", Optional.of(visit), "Chưa công khai TTHC", "Công khai đầy đủ",
        Optional.of(LocalDate.of(2024, 6, 30)), FindingStatus.OPEN);
    VisitFinding reported = new VisitFinding("DT-SD", Optional.of(visit), "Trễ hạn hồ sơ", "",
        Optional.of(LocalDate.of(2024, 12, 31)), FindingStatus.REMEDIATION_REPORTED);
    VisitFinding done = late.withStatus(FindingStatus.REMEDIATED);
    InspectionPlan plan = InspectionPlan.builder().year(2024).addFindings(late, reported,
        new VisitFinding("DT-TH", Optional.empty(), "Chưa có kế hoạch tự kiểm tra", "", Optional.empty(),
            FindingStatus.OPEN), done).build();
    assertEquals(3, plan.openFindings().size());
    assertEquals(Set.of("DT-SD"), plan.reinspectionCandidates(LocalDate.of(2024, 6, 30)));
    assertEquals(List.of("DT-CL", "DT-SD"), List.copyOf(plan.reinspectionCandidates(LocalDate.of(2024, 7, 1))));
    assertFalse(done.isOverdue(LocalDate.of(2025, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> new VisitFinding("X", Optional.of(visit), "f", "",
        Optional.of(visit.minusDays(1)), FindingStatus.OPEN));
  }

  @Test
  void planChecksItsYearAndSubTeams() {
    assertThrows(ModelRuleException.class, () -> InspectionPlan.builder().year(24).build());
    assertThrows(ModelRuleException.class, () -> InspectionPlan.builder().year(2024)
        .team(InspectionTeam.builder().addSubTeam(new SubTeam("Tổ 1", List.of()))
            .addSubTeam(new SubTeam("Tổ 1", List.of())).build()).build());
    assertThrows(IllegalArgumentException.class, () -> InspectionTarget.of("A", List.of("A")));
    assertEquals("Kiểm tra đột xuất, không báo trước", InspectionForm.SURPRISE.label());
    assertFalse(InspectionForm.ONLINE.isVisit());
  }

  @Test
  @DisplayName("the header, funding and team names are kept in NFC, stripped, however they were typed")
  void textIsKeptInNfc() {
    String decomposed = " " + java.text.Normalizer.normalize("Sở Nội vụ", java.text.Normalizer.Form.NFD) + " ";
    String composed = "Sở Nội vụ";
    InspectionPlan plan = InspectionPlan.builder().year(2024).issuer(decomposed).place(decomposed)
        .title(decomposed).addFunding(decomposed)
        .team(InspectionTeam.builder().headAgency(decomposed).addObserver(decomposed).build())
        .build();
    assertEquals(Optional.of(composed), plan.issuer());
    assertEquals(Optional.of(composed), plan.place());
    assertEquals(Optional.of(composed), plan.title());
    assertEquals(List.of(composed), plan.funding());
    assertEquals(Optional.of(composed), plan.team().orElseThrow().headAgency());
    assertEquals(List.of(composed), plan.team().orElseThrow().observers());
  }
}
