package io.github.cchc.core.schedule;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.inspection.DayCount;
import io.github.cchc.core.inspection.DayType;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Places inspection visits on working days within a window.
 *
 * <pre>{@code
 * ScheduleResult result = VisitScheduler.schedule(ScheduleRequest.builderFor(plan, WorkingCalendar.standard())
 *     .visitDays(3).subTeams(2).build());
 * result.visits().forEach(v -> System.out.println(v.unit() + " " + v.start() + ".." + v.end()));
 * }</pre>
 *
 * <p>The rules it keeps:
 *
 * <ul>
 *   <li>a visit of n working days takes n consecutive working days of the calendar, none of them a blackout date; the
 *       weekends and holidays between them are not counted, so a three-day visit may run Thursday, Friday, Monday;
 *   <li>every day from a visit's start to its end lies in the window;
 *   <li>a sub-team makes one visit at a time: its next visit starts after its last one ends;
 *   <li>the notice date is the notice lead time before the start: in working days, counted on the calendar; in
 *       calendar days, moved back to the nearest working day so that the notice goes out on a working day and never
 *       late. The report-due date is computed the same way from the report lead time. Both may fall before the
 *       window opens (the team announces the first visits of a quarter in the previous one), but the notice never
 *       falls before the day the plan was issued, when that is given;
 *   <li>surprise visits have no notice and no report; they still start no earlier than the plan's issue date;
 *   <li>targets whose form is not a visit (self-inspection, online, through systems or reports) are listed apart.
 * </ul>
 *
 * <p>The visits are placed longest first (ties in the plan's order), each with the sub-team that can finish it
 * earliest. Before that the window's capacity is checked: with k sub-teams, visits of d₁ … dₙ days need at least
 * max(⌈Σd / k⌉, max d) usable working days. When the visits do not fit, the result explains why, in Vietnamese and
 * English, for example "18 visits × 3 days with 2 sub-teams need 27 working days; Q3/2024 has 24 usable working days
 * after the notice period", and holds no visits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VisitScheduler {

  private VisitScheduler() {}

  /**
   * Schedules the visits.
   *
   * @param request the targets, window, calendar, lengths, sub-teams, lead times and blackouts
   * @return the visits, or the problems that prevent them
   * @throws io.github.cchc.core.error.CalendarException if the window leaves the calendar's years
   */
  public static ScheduleResult schedule(ScheduleRequest request) {
    Objects.requireNonNull(request, "request");
    WorkingCalendar calendar = request.calendar();
    List<InspectionTarget> visits = new ArrayList<>();
    List<InspectionTarget> notVisited = new ArrayList<>();
    for (InspectionTarget t : request.targets()) {
      (t.form().isVisit() ? visits : notVisited).add(t);
    }
    List<ScheduleProblem> problems = new ArrayList<>();
    request.visitLength().ifPresent(bounds -> {
      for (InspectionTarget t : visits) {
        int d = request.visitDaysOf(t.unit());
        if (!bounds.allows(d)) {
          problems.add(new ScheduleProblem(List.of(t.unit()),
              "Cuộc kiểm tra tại " + t.unit() + " kéo dài " + d + " ngày làm việc, ngoài khoảng " + bounds.min()
                  + "–" + bounds.max() + " ngày của kế hoạch",
              "The visit of " + t.unit() + " lasts " + d + " working days, outside the plan's " + bounds.min() + "–"
                  + bounds.max() + " days"));
        }
      }
    });
    if (!problems.isEmpty()) {
      return new ScheduleResult(List.of(), notVisited, problems);
    }

    // The usable days: working days of the window that are not blackouts, and how many consecutive ones follow each.
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = request.window().firstDay(); !d.isAfter(request.window().lastDay()); d = d.plusDays(1)) {
      if (request.window().contains(d) && calendar.isWorkingDay(d) && !request.blackouts().contains(d)) {
        days.add(d);
      }
    }
    int[] run = new int[days.size()];
    for (int i = days.size() - 1; i >= 0; i--) {
      boolean next = i + 1 < days.size() && days.get(i + 1).equals(calendar.addWorkingDays(days.get(i), 1));
      run[i] = next ? run[i + 1] + 1 : 1;
    }
    int announcedFrom = firstStart(days, request, true);
    int surpriseFrom = firstStart(days, request, false);

    int teams = request.subTeams();
    long total = 0;
    int longest = 0;
    boolean anySurprise = false;
    for (InspectionTarget t : visits) {
      int d = request.visitDaysOf(t.unit());
      total += d;
      longest = Math.max(longest, d);
      anySurprise |= t.form() == InspectionForm.SURPRISE;
    }
    int from = anySurprise ? surpriseFrom : announcedFrom;
    int usable = days.size() - Math.min(from, days.size());
    long needed = Math.max((total + teams - 1) / teams, longest);
    if (!visits.isEmpty() && usable < needed) {
      problems.add(capacityProblem(request, visits, total, needed, usable, from > 0));
      return new ScheduleResult(List.of(), notVisited, problems);
    }

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < visits.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> -request.visitDaysOf(visits.get(i).unit())));
    int[] nextFree = new int[teams];
    List<Visit> placed = new ArrayList<>();
    List<String> unplaced = new ArrayList<>();
    for (int i : order) {
      InspectionTarget t = visits.get(i);
      int length = request.visitDaysOf(t.unit());
      boolean surprise = t.form() == InspectionForm.SURPRISE;
      int bestTeam = -1;
      int bestStart = -1;
      for (int team = 0; team < teams; team++) {
        int s = Math.max(nextFree[team], surprise ? surpriseFrom : announcedFrom);
        while (s < days.size() && run[s] < length) {
          s++;
        }
        if (s < days.size() && (bestTeam < 0 || s < bestStart)) {
          bestTeam = team;
          bestStart = s;
        }
      }
      if (bestTeam < 0) {
        unplaced.add(t.unit());
        continue;
      }
      nextFree[bestTeam] = bestStart + length;
      LocalDate start = days.get(bestStart);
      LocalDate end = days.get(bestStart + length - 1);
      placed.add(new Visit(t.unit(), t.subordinates(), t.form(), request.subTeamName(bestTeam), start, end, length,
          surprise ? Optional.empty() : request.noticeLead().map(n -> before(calendar, start, n)),
          surprise ? Optional.empty() : request.reportLead().map(n -> before(calendar, start, n))));
    }
    if (!unplaced.isEmpty()) {
      problems.add(new ScheduleProblem(unplaced,
          "Không còn đủ ngày làm việc liên tiếp trong " + request.window().label() + " cho " + unplaced.size()
              + " cuộc kiểm tra: " + String.join(", ", unplaced)
              + " (ngày nghỉ, ngày không bố trí được và khoảng trống của cửa sổ chia nhỏ thời gian)",
          "No run of consecutive working days is left in " + request.window().labelEn() + " for " + unplaced.size()
              + " visits: " + String.join(", ", unplaced)
              + " (holidays, blackout dates and gaps in the window break the time up)"));
      return new ScheduleResult(List.of(), notVisited, problems);
    }
    placed.sort(Comparator.comparing(Visit::start).thenComparing(Visit::subTeam));
    return new ScheduleResult(placed, notVisited, List.of());
  }

  /** The day a lead time before a start: counted in working days, or in calendar days and moved back to a working day. */
  static LocalDate before(WorkingCalendar calendar, LocalDate start, DayCount lead) {
    if (lead.type() == DayType.WORKING) {
      return calendar.addWorkingDays(start, -lead.days());
    }
    LocalDate d = start.minusDays(lead.days());
    while (!calendar.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** The index of the first usable day whose notice is not before the plan's issue date. */
  private static int firstStart(List<LocalDate> days, ScheduleRequest request, boolean announced) {
    if (request.planIssued().isEmpty()) {
      return 0;
    }
    LocalDate issued = request.planIssued().get();
    for (int i = 0; i < days.size(); i++) {
      LocalDate start = days.get(i);
      LocalDate earliest = start;
      if (announced && request.noticeLead().isPresent()) {
        earliest = before(request.calendar(), start, request.noticeLead().get());
      }
      if (!earliest.isBefore(issued)) {
        return i;
      }
    }
    return days.size();
  }

  private static ScheduleProblem capacityProblem(ScheduleRequest request, List<InspectionTarget> visits, long total,
      long needed, int usable, boolean afterNotice) {
    int n = visits.size();
    int teams = request.subTeams();
    boolean sameLength = visits.stream().mapToInt(t -> request.visitDaysOf(t.unit())).distinct().count() == 1;
    String whatVi = sameLength ? n + " cuộc kiểm tra × " + request.visitDaysOf(visits.get(0).unit()) + " ngày"
        : n + " cuộc kiểm tra, tổng cộng " + total + " ngày";
    String whatEn = sameLength ? n + " visits × " + request.visitDaysOf(visits.get(0).unit()) + " days"
        : n + " visits, " + total + " visit-days in all";
    return new ScheduleProblem(List.of(),
        whatVi + " với " + teams + " tổ kiểm tra cần " + needed + " ngày làm việc; " + request.window().label()
            + " chỉ có " + usable + " ngày làm việc bố trí được" + (afterNotice ? " sau thời hạn thông báo" : ""),
        whatEn + " with " + teams + " sub-team" + (teams == 1 ? "" : "s") + " need " + needed + " working days; "
            + request.window().labelEn() + " has " + usable + " usable working days"
            + (afterNotice ? " after the notice period" : ""));
  }
}
