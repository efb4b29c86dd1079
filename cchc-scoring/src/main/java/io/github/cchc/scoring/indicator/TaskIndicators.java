package io.github.cchc.scoring.indicator;

import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.core.timeframe.TimeframeKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The task-based indicators of a plan as of a date: tasks set, done, done on time, done late, overdue and not done,
 * not yet due, and apart from these the ongoing tasks and those whose time another body sets; in total, per area
 * and per lead agency. Due dates come from the tasks' timeframes ({@link Task#dueDate()}), timeliness from {@link
 * Task#timeliness(LocalDate)}.
 *
 * <pre>{@code
 * TaskIndicators t = TaskIndicators.of(plan, LocalDate.of(2024, 6, 30));
 * t.total().overdue();
 * t.byArea().get(ReformArea.PROCEDURES).doneOnTime();
 * t.byLead().get("TB-SNV").set();
 * }</pre>
 *
 * <p>A task with several leads counts once for each of them, so the per-lead counts may add up to more than the
 * total. Groups of agencies ("Các sở, ban, ngành") are keyed by their text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaskIndicators {
  private final LocalDate asOf;
  private final TaskCounts total;
  private final Map<ReformArea, TaskCounts> byArea;
  private final Map<String, TaskCounts> byLead;

  private TaskIndicators(LocalDate asOf, TaskCounts total, Map<ReformArea, TaskCounts> byArea,
      Map<String, TaskCounts> byLead) {
    this.asOf = asOf;
    this.total = total;
    this.byArea = Collections.unmodifiableMap(byArea);
    this.byLead = Collections.unmodifiableMap(byLead);
  }

  /**
   * Counts the tasks of a plan as of a date.
   *
   * @param plan the plan, with the status and completion date of its tasks
   * @param asOf the date of the assessment, such as the last day of a reporting period
   * @return the indicators
   */
  public static TaskIndicators of(Plan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    return of(plan.tasks(), asOf);
  }

  /**
   * Counts tasks as of a date.
   *
   * @param tasks the tasks
   * @param asOf the date of the assessment
   * @return the indicators
   */
  public static TaskIndicators of(List<Task> tasks, LocalDate asOf) {
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(asOf, "asOf");
    TaskCounts total = TaskCounts.ZERO;
    Map<ReformArea, TaskCounts> byArea = new EnumMap<>(ReformArea.class);
    Map<String, TaskCounts> byLead = new LinkedHashMap<>();
    for (Task t : tasks) {
      TaskCounts one = count(Objects.requireNonNull(t, "task"), asOf);
      total = total.plus(one);
      byArea.merge(t.area(), one, TaskCounts::plus);
      for (AgencyRef lead : t.leads()) {
        byLead.merge(lead.toString(), one, TaskCounts::plus);
      }
    }
    return new TaskIndicators(asOf, total, byArea, byLead);
  }

  private static TaskCounts count(Task t, LocalDate asOf) {
    long done = t.status() == TaskStatus.DONE && t.completionDate().map(d -> !d.isAfter(asOf)).orElse(true) ? 1 : 0;
    long onTime = 0;
    long late = 0;
    long overdue = 0;
    long notYetDue = 0;
    long ongoing = 0;
    long setByOther = 0;
    long noTimeframe = 0;
    long unknown = 0;
    long cancelled = 0;
    switch (t.timeliness(asOf)) {
      case ON_TIME -> onTime = 1;
      case LATE -> late = 1;
      case OVERDUE -> overdue = 1;
      case NOT_YET_DUE -> notYetDue = 1;
      case UNKNOWN -> unknown = 1;
      case CANCELLED -> cancelled = 1;
      case NO_DUE_DATE -> {
        TimeframeKind kind = t.timeframe().map(f -> f.kind()).orElse(null);
        if (kind == TimeframeKind.ONGOING) {
          ongoing = 1;
        } else if (kind == TimeframeKind.SET_BY_OTHER) {
          setByOther = 1;
        } else {
          noTimeframe = 1;
        }
      }
      default -> throw new IllegalStateException("Unhandled timeliness of task " + t.code().orElse(t.title()));
    }
    return new TaskCounts(1, done, onTime, late, overdue, notYetDue, ongoing, setByOther, noTimeframe, unknown,
        cancelled);
  }

  /**
   * Returns the date of the assessment.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the counts over all tasks.
   *
   * @return the counts
   */
  public TaskCounts total() {
    return total;
  }

  /**
   * Returns the counts per area, for the areas that have tasks.
   *
   * @return the counts by area, in area order
   */
  public Map<ReformArea, TaskCounts> byArea() {
    return byArea;
  }

  /**
   * Returns the counts per lead agency: a unit id, or a group's text.
   *
   * @return the counts by lead, in order of first appearance
   */
  public Map<String, TaskCounts> byLead() {
    return byLead;
  }

  /**
   * Returns the total counts as observations of the {@code tasks.*} indicators of the built-in catalogue.
   *
   * @param unitId the unit whose plan it is
   * @param period the reporting period the date closes
   * @return the observations
   */
  public ObservationSet toObservations(String unitId, ReportPeriod period) {
    TaskCounts n = total;
    return observations(unitId, period, new String[] {"tasks.set", "tasks.done", "tasks.doneOnTime", "tasks.doneLate",
        "tasks.overdue", "tasks.notYetDue", "tasks.ongoing", "tasks.setByOther"},
        new long[] {n.set(), n.done(), n.doneOnTime(), n.doneLate(), n.overdue(), n.notYetDue(), n.ongoing(),
            n.setByOther()});
  }

  /**
   * Returns the rows of Phụ lục II that the plan feeds: I.1.1, the tasks set in the plan, and I.1.2, the tasks done
   * by the date.
   *
   * @param unitId the unit whose plan it is
   * @param period the reporting period the date closes
   * @return the observations, of indicators of {@link IndicatorCatalog#phuLucII()}
   */
  public ObservationSet toPhuLucII(String unitId, ReportPeriod period) {
    return observations(unitId, period, new String[] {"I.1.1", "I.1.2"}, new long[] {total.set(), total.done()});
  }

  private static ObservationSet observations(String unitId, ReportPeriod period, String[] codes, long[] values) {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(period, "period");
    IndicatorCatalog c = IndicatorCatalog.builtIn();
    List<Observation> list = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      list.add(new Observation(c.require(codes[i]), unitId, period, IndicatorValue.count(values[i])));
    }
    return ObservationSet.of(list);
  }

  @Override
  public String toString() {
    return "TaskIndicators[" + asOf + ": " + total + "]";
  }
}
