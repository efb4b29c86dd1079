package io.github.cchc.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.inspection.DayCount;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.InspectionWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.threeten.extra.YearQuarter;

class ScheduleProperties {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();

  @Property(tries = 200)
  void everyScheduleRespectsItsCalendarAndCapacity(@ForAll long seed) {
    Random random = new Random(seed);
    YearQuarter q = YearQuarter.of(2020 + random.nextInt(6), 1 + random.nextInt(4));
    InspectionWindow window = random.nextBoolean() ? InspectionWindow.ofQuarters(q)
        : InspectionWindow.ofQuarters(q, q.plusQuarters(2));
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
    ScheduleRequest request = b.build();
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
  }
}
