package io.github.cchc.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.coverage.SonLaFixture;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.inspection.DayCount;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.InspectionTeam;
import io.github.cchc.core.inspection.InspectionWindow;
import io.github.cchc.core.inspection.SubTeam;
import io.github.cchc.core.inspection.TimingRules;
import io.github.cchc.core.inspection.VisitLength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class VisitSchedulerTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
  private static final InspectionWindow Q3 = InspectionWindow.ofQuarters(YearQuarter.of(2024, 3));

  private static List<InspectionTarget> targets(int n) {
    List<InspectionTarget> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(InspectionTarget.of("U" + i));
    }
    return list;
  }

  private static InspectionPlan sonLaPlan() {
    List<String> named = new ArrayList<>(SonLaFixture.NAMED_DISTRICTS);
    named.addAll(SonLaFixture.NAMED_DEPARTMENTS);
    return InspectionPlan.builder().year(2024).window(Q3)
        .timing(TimingRules.builder().visitLength(VisitLength.workingDays(2, 4))
            .noticeLead(DayCount.calendarDays(10)).reportLead(DayCount.calendarDays(5)).build())
        .team(InspectionTeam.builder().headAgency("SL-SNV").addSubTeam(new SubTeam("Tổ 1", List.of()))
            .addSubTeam(new SubTeam("Tổ 2", List.of())).build())
        .addAllTargets(named.stream().map(InspectionTarget::of).toList())
        .build();
  }

  @Test
  @DisplayName("Sơn La 2024: 2–4 ngày làm việc, thông báo trước 10 ngày, báo cáo trước 05 ngày")
  void sonLaSchedule() {
    ScheduleRequest request = ScheduleRequest.builderFor(sonLaPlan(), CALENDAR)
        .putVisitDaysByUnit("SL-MS", 4).putVisitDaysByUnit("SL-STC", 3).build();
    ScheduleResult r = VisitScheduler.schedule(request);
    assertTrue(r.feasible(), r.problems().toString());
    assertEquals(10, r.visits().size());
    for (Visit v : r.visits()) {
      assertTrue(CALENDAR.isWorkingDay(v.start()) && CALENDAR.isWorkingDay(v.end()));
      assertEquals(v.workingDays(), CALENDAR.workingDaysBetween(v.start(), v.end().plusDays(1)));
      assertEquals(request.visitDaysOf(v.unit()), v.workingDays());
      LocalDate notice = v.noticeDate().orElseThrow();
      LocalDate report = v.reportDue().orElseThrow();
      assertTrue(CALENDAR.isWorkingDay(notice) && !notice.isAfter(v.start().minusDays(10)), v.toString());
      assertTrue(CALENDAR.isWorkingDay(report) && !report.isAfter(v.start().minusDays(5)), v.toString());
      assertTrue(notice.isBefore(report));
      assertTrue(Q3.contains(v.start()) && Q3.contains(v.end()));
    }
    // The longest visit goes first, on the first working day of the quarter, with the first sub-team.
    Visit first = r.visits().get(0);
    assertEquals("SL-MS", first.unit());
    assertEquals(LocalDate.of(2024, 7, 1), first.start());
    assertEquals(LocalDate.of(2024, 7, 4), first.end());
    assertEquals("Tổ 1", first.subTeam());
    assertEquals(LocalDate.of(2024, 6, 21), first.noticeDate().orElseThrow(), "10 days before, on a Friday");
    assertEquals(LocalDate.of(2024, 6, 26), first.reportDue().orElseThrow());
    assertNoOverlap(r);
  }

  static void assertNoOverlap(ScheduleResult r) {
    for (Visit a : r.visits()) {
      for (Visit b : r.visits()) {
        if (a != b && a.subTeam().equals(b.subTeam())) {
          assertTrue(a.end().isBefore(b.start()) || b.end().isBefore(a.start()), a + " overlaps " + b);
        }
      }
    }
  }

  @Test
  @DisplayName("A 4-day visit from 28/08/2024 skips Quốc khánh (31/08–03/09) and ends on 04/09")
  void visitsSkipTheNationalDayHolidays() {
    InspectionWindow window = InspectionWindow.parse("2024-08-28/2024-09-11");
    ScheduleResult r = VisitScheduler.schedule(ScheduleRequest.builder().calendar(CALENDAR).window(window)
        .addAllTargets(targets(2)).visitDays(4).build());
    assertEquals(LocalDate.of(2024, 8, 28), r.visits().get(0).start());
    assertEquals(LocalDate.of(2024, 9, 4), r.visits().get(0).end(), "Wed, Thu, Fri, then Wed after Mon 2 and Tue 3 September");
    assertEquals(LocalDate.of(2024, 9, 5), r.visits().get(1).start());
  }

  @Test
  void blackoutDatesAreNeverVisitDays() {
    LocalDate congress = LocalDate.of(2024, 7, 3);
    ScheduleResult r = VisitScheduler.schedule(ScheduleRequest.builder().calendar(CALENDAR).window(Q3)
        .addAllTargets(targets(3)).visitDays(2).addBlackouts(congress).build());
    for (Visit v : r.visits()) {
      assertTrue(congress.isBefore(v.start()) || congress.isAfter(v.end()), v.toString());
    }
    assertEquals(LocalDate.of(2024, 7, 4), r.visits().get(1).start());
  }

  @Test
  @DisplayName("18 visits × 3 days with 2 sub-teams need 27 working days; Q3/2024 has 24 after notice")
  void anImpossibleWindowIsExplained() {
    ScheduleRequest request = ScheduleRequest.builder().calendar(CALENDAR).window(Q3).addAllTargets(targets(18))
        .visitDays(3).subTeams(2).noticeLead(DayCount.calendarDays(10)).planIssued(LocalDate.of(2024, 8, 16))
        .build();
    ScheduleResult r = VisitScheduler.schedule(request);
    assertFalse(r.feasible());
    assertTrue(r.visits().isEmpty());
    assertEquals("18 visits × 3 days with 2 sub-teams need 27 working days; Q3/2024 has 24 usable working days "
        + "after the notice period", r.problems().get(0).messageEn());
    assertEquals("18 cuộc kiểm tra × 3 ngày với 2 tổ kiểm tra cần 27 ngày làm việc; Quý III năm 2024 chỉ có 24 ngày "
        + "làm việc bố trí được sau thời hạn thông báo", r.problems().get(0).messageVi());
    ScheduleResult fits = VisitScheduler.schedule(ScheduleRequest.builder().from(request).subTeams(3).build());
    assertTrue(fits.feasible(), fits.problems().toString());
    assertTrue(fits.visits().stream().allMatch(v -> !v.noticeDate().orElseThrow().isBefore(LocalDate.of(2024, 8, 16))));
  }

  @Test
  void capacityThatFragmentationDefeatsIsStillExplained() {
    // Two quarters far apart leave runs of at most the quarter; a visit of 70 working days fits in neither.
    InspectionWindow window = InspectionWindow.ofQuarters(YearQuarter.of(2024, 1), YearQuarter.of(2024, 3));
    ScheduleResult r = VisitScheduler.schedule(ScheduleRequest.builder().calendar(CALENDAR).window(window)
        .addAllTargets(targets(1)).visitDays(70).build());
    assertFalse(r.feasible());
    assertEquals(List.of("U1"), r.problems().get(0).units());
  }

  @Test
  void surpriseVisitsHaveNoNoticeAndOtherFormsAreNotVisits() {
    List<InspectionTarget> targets = List.of(InspectionTarget.of("A").withForm(InspectionForm.SURPRISE),
        InspectionTarget.of("B").withForm(InspectionForm.ONLINE), InspectionTarget.of("C"));
    ScheduleResult r = VisitScheduler.schedule(ScheduleRequest.builder().calendar(CALENDAR).window(Q3)
        .addAllTargets(targets).noticeLead(DayCount.workingDays(3)).reportLead(DayCount.workingDays(1)).build());
    assertEquals(List.of("B"), r.notVisited().stream().map(InspectionTarget::unit).toList());
    Visit a = r.visits().stream().filter(v -> v.unit().equals("A")).findFirst().orElseThrow();
    Visit c = r.visits().stream().filter(v -> v.unit().equals("C")).findFirst().orElseThrow();
    assertTrue(a.noticeDate().isEmpty() && a.reportDue().isEmpty());
    assertEquals(CALENDAR.addWorkingDays(c.start(), -3), c.noticeDate().orElseThrow());
    assertEquals(CALENDAR.addWorkingDays(c.start(), -1), c.reportDue().orElseThrow());
  }

  @Test
  void aLengthOutsideThePlansBoundsIsAProblem() {
    ScheduleResult r = VisitScheduler.schedule(ScheduleRequest.builderFor(sonLaPlan(), CALENDAR)
        .putVisitDaysByUnit("SL-MC", 5).build());
    assertFalse(r.feasible());
    assertEquals("The visit of SL-MC lasts 5 working days, outside the plan's 2–4 days",
        r.problems().get(0).messageEn());
  }

  @Test
  void contradictoryRequestsAreRejected() {
    assertThrows(ModelRuleException.class, () -> ScheduleRequest.builder().calendar(CALENDAR)
        .window(Q3).noticeLead(DayCount.calendarDays(5)).reportLead(DayCount.calendarDays(10)).build());
    assertThrows(ModelRuleException.class,
        () -> ScheduleRequest.builder().calendar(CALENDAR).window(Q3).subTeams(0).build());
    assertThrows(ModelRuleException.class, () -> ScheduleRequest.builder().calendar(CALENDAR)
        .window(Q3).subTeams(2).addSubTeamNames("Tổ 1").build());
    assertThrows(ModelRuleException.class,
        () -> ScheduleRequest.builderFor(InspectionPlan.builder().year(2024).build(), CALENDAR));
  }
}
