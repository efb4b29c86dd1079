package io.github.cchc.core.schedule;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.inspection.DayCount;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.InspectionWindow;
import io.github.cchc.core.inspection.SubTeam;
import io.github.cchc.core.inspection.TimingRules;
import io.github.cchc.core.inspection.VisitLength;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the {@link VisitScheduler} is asked: the targets, the window, the working calendar, how many working days each
 * visit lasts, how many sub-teams work in parallel, the notice and report lead times, the blackout dates, and the day
 * the plan was issued.
 *
 * <pre>{@code
 * ScheduleRequest request = ScheduleRequest.builderFor(plan, WorkingCalendar.standard())
 *     .visitDays(3)
 *     .subTeams(2)
 *     .addBlackout(LocalDate.of(2024, 9, 4))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScheduleRequest {

  ScheduleRequest() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled from a plan: its targets, window, notice and report lead times, the shortest visit
   * length it allows as the default length and as bounds, its sub-teams, and its issue date.
   *
   * @param plan the plan, which must have a window
   * @param calendar the working calendar
   * @return a builder
   * @throws io.github.cchc.core.error.ModelRuleException if the plan has no window
   */
  public static Builder builderFor(InspectionPlan plan, WorkingCalendar calendar) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(calendar, "calendar");
    InspectionWindow window = plan.window().orElseThrow(() ->
        Errors.rule(ModelRuleException.Kind.SCHEDULE_REQUEST, "window",
            "Kế hoạch kiểm tra năm " + plan.year() + " không có thời gian kiểm tra (window)",
            "The inspection plan of " + plan.year() + " has no window"));
    Builder b = builder().calendar(calendar).window(window).addAllTargets(plan.targets());
    plan.issueDate().ifPresent(b::planIssued);
    plan.timing().flatMap(TimingRules::noticeLead).ifPresent(b::noticeLead);
    plan.timing().flatMap(TimingRules::reportLead).ifPresent(b::reportLead);
    plan.timing().flatMap(TimingRules::visitLength).ifPresent(v -> b.visitDays(v.min()).visitLength(v));
    plan.team().ifPresent(t -> {
      if (!t.subTeams().isEmpty()) {
        b.subTeams(t.subTeams().size()).subTeamNames(t.subTeams().stream().map(SubTeam::name).toList());
      }
    });
    return b;
  }

  /** Builds a {@link ScheduleRequest}; {@code window} and {@code calendar} are required. */
  public static final class Builder extends ImmutableScheduleRequest.Builder {
    Builder() {}
  }

  /**
   * Returns the targets to visit, in the plan's order; targets whose form is not a visit (self-inspection, online,
   * through systems or reports) are not scheduled.
   *
   * @return the targets
   */
  public abstract List<InspectionTarget> targets();

  /**
   * Returns the window all visit days fall in.
   *
   * @return the window
   */
  public abstract InspectionWindow window();

  /**
   * Returns the working calendar.
   *
   * @return the calendar
   */
  public abstract WorkingCalendar calendar();

  /**
   * Returns the length of a visit in working days, unless {@link #visitDaysByUnit()} says otherwise.
   *
   * @return the default length, by default 1
   */
  @Value.Default
  public int visitDays() {
    return 1;
  }

  /**
   * Returns the length of the visit of particular units, in working days.
   *
   * @return the lengths by unit id
   */
  public abstract Map<String, Integer> visitDaysByUnit();

  /**
   * Returns the bounds the plan sets on a visit's length, if any; a length outside them is a problem.
   *
   * @return the bounds
   */
  public abstract Optional<VisitLength> visitLength();

  /**
   * Returns how many sub-teams visit in parallel.
   *
   * @return the number, by default 1
   */
  @Value.Default
  public int subTeams() {
    return 1;
  }

  /**
   * Returns the names of the sub-teams; when empty they are called "Tổ 1", "Tổ 2", and so on.
   *
   * @return the names, none or exactly {@link #subTeams()}
   */
  public abstract List<String> subTeamNames();

  /**
   * Returns how long before a visit the unit is notified; surprise visits are not notified.
   *
   * @return the notice lead time, empty for none
   */
  public abstract Optional<DayCount> noticeLead();

  /**
   * Returns how long before a visit the unit sends its report; surprise visits have none.
   *
   * @return the report lead time, empty for none
   */
  public abstract Optional<DayCount> reportLead();

  /**
   * Returns the days on which no visit may take place, such as the days of a provincial congress.
   *
   * @return the blackout dates
   */
  public abstract Set<LocalDate> blackouts();

  /**
   * Returns the day the plan was issued; no notice is sent before it.
   *
   * @return the issue date, empty if no such limit
   */
  public abstract Optional<LocalDate> planIssued();

  /**
   * Returns the length of the visit of a unit.
   *
   * @param unit the unit id
   * @return its length in working days
   */
  public int visitDaysOf(String unit) {
    return visitDaysByUnit().getOrDefault(unit, visitDays());
  }

  /**
   * Returns the name of a sub-team.
   *
   * @param index the zero-based index
   * @return the name
   */
  public String subTeamName(int index) {
    return subTeamNames().isEmpty() ? "Tổ " + (index + 1) : subTeamNames().get(index);
  }

  @Value.Check
  void check() {
    if (visitDays() < 1) {
      throw Errors.rule(ModelRuleException.Kind.SCHEDULE_REQUEST, "visitDays",
          "Một cuộc kiểm tra kéo dài ít nhất 1 ngày làm việc, gặp " + visitDays(),
          "A visit lasts at least 1 working day, found " + visitDays());
    }
    visitDaysByUnit().forEach((unit, days) -> {
      if (days < 1) {
        throw Errors.rule(ModelRuleException.Kind.SCHEDULE_REQUEST, unit,
            "Cuộc kiểm tra '" + unit + "' phải kéo dài ít nhất 1 ngày làm việc, gặp " + days,
            "The visit of '" + unit + "' must last at least 1 working day, found " + days);
      }
    });
    if (subTeams() < 1) {
      throw Errors.rule(ModelRuleException.Kind.SCHEDULE_REQUEST, "subTeams",
          "Cần ít nhất một tổ kiểm tra, gặp " + subTeams(),
          "At least one sub-team is needed, found " + subTeams());
    }
    if (!subTeamNames().isEmpty() && subTeamNames().size() != subTeams()) {
      throw Errors.rule(ModelRuleException.Kind.SCHEDULE_REQUEST, "subTeamNames",
          "Có " + subTeams() + " tổ nhưng " + subTeamNames().size() + " tên: "
          + subTeamNames(), "There are " + subTeams() + " sub-teams but " + subTeamNames().size() + " names: "
          + subTeamNames());
    }
    if (noticeLead().isPresent() && reportLead().isPresent()
        && noticeLead().get().type() == reportLead().get().type()
        && reportLead().get().days() >= noticeLead().get().days()) {
      throw Errors.rule(ModelRuleException.Kind.SCHEDULE_REQUEST, "reportLead",
          "Báo cáo (trước " + reportLead().get() + ") sẽ đến hạn trước khi gửi "
          + "thông báo (trước " + noticeLead().get() + ")", "The report (" + reportLead().get()
          + " ahead) would be due before the notice (" + noticeLead().get() + " ahead) is sent");
    }
  }
}
