package io.github.cchc.core.calendar;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which periodic reports are due and when: by default the quarterly, six-month and annual CCHC reports, each due no
 * later than the 15th of the last month of its period (domain.md §2).
 *
 * <pre>{@code
 * ReportingSchedule reports = ReportingSchedule.standard();
 * reports.dueDate(ReportPeriod.parse("2024Q1"));           // Optional[2024-03-15]
 * reports.nextDue(LocalDate.of(2024, 3, 16));              // [2024S1 due 2024-06-15, 2024Q2 due 2024-06-15]
 * reports.with(ReportPeriod.Type.YEAR, DueDatePolicy.dayOfLastMonth(10));  // annual report due 10 December
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingSchedule {

  private static final ReportingSchedule STANDARD = new ReportingSchedule(Map.of(
      ReportPeriod.Type.QUARTER, DueDatePolicy.dayOfLastMonth(15),
      ReportPeriod.Type.HALF, DueDatePolicy.dayOfLastMonth(15),
      ReportPeriod.Type.YEAR, DueDatePolicy.dayOfLastMonth(15)));

  private final Map<ReportPeriod.Type, DueDatePolicy> policies;

  private ReportingSchedule(Map<ReportPeriod.Type, DueDatePolicy> policies) {
    this.policies = new EnumMap<>(policies);
  }

  /**
   * Returns the standard CCHC schedule: quarterly, six-month and annual reports due on the 15th of the last month of
   * the period.
   *
   * @return the standard schedule
   */
  public static ReportingSchedule standard() {
    return STANDARD;
  }

  /**
   * Returns a copy in which reports for periods of a type are due by a policy, added or replacing the previous one.
   *
   * @param type the period type, such as {@link ReportPeriod.Type#QUARTER}
   * @param policy how the due date is set
   * @return the new schedule
   */
  public ReportingSchedule with(ReportPeriod.Type type, DueDatePolicy policy) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(policy, "policy");
    Map<ReportPeriod.Type, DueDatePolicy> copy = new EnumMap<>(policies);
    copy.put(type, policy);
    return new ReportingSchedule(copy);
  }

  /**
   * Returns a copy without reports for periods of a type.
   *
   * @param type the period type
   * @return the new schedule
   * @throws IllegalArgumentException if no other type would remain
   */
  public ReportingSchedule without(ReportPeriod.Type type) {
    Objects.requireNonNull(type, "type");
    Map<ReportPeriod.Type, DueDatePolicy> copy = new EnumMap<>(policies);
    copy.remove(type);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("A reporting schedule needs at least one period type; cannot remove " + type);
    }
    return new ReportingSchedule(copy);
  }

  /**
   * Returns the period types for which reports are due.
   *
   * @return the types, longest first
   */
  public Set<ReportPeriod.Type> types() {
    return Collections.unmodifiableSet(EnumSet.copyOf(policies.keySet()));
  }

  /**
   * Returns the due date of the report for a period.
   *
   * @param period the period
   * @return the due date, or empty if no report is due for periods of that type
   */
  public Optional<LocalDate> dueDate(ReportPeriod period) {
    Objects.requireNonNull(period, "period");
    DueDatePolicy policy = policies.get(period.type());
    if (policy == null) {
      return Optional.empty();
    }
    return Optional.of(Objects.requireNonNull(policy.dueDate(period),
        () -> "Due date policy for " + period.type() + " returned no date for " + period));
  }

  /**
   * Returns the reports due in a year (by due date), in order of due date, longer periods first on the same date.
   *
   * @param year the year of the due dates
   * @return the reports and their due dates
   */
  public List<ReportDue> dueIn(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    List<ReportDue> all = candidates(first);
    return all.stream().filter(d -> d.dueDate().getYear() == year).toList();
  }

  /**
   * Answers "which report is due next": the reports whose due date is the earliest on or after a date. Several
   * reports share a due date (on 15 December the fourth-quarter, second-half and annual reports), so a list is
   * returned, longer periods first.
   *
   * @param asOf the date from which to look, itself included
   * @return the reports due next, never empty
   */
  public List<ReportDue> nextDue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ReportDue> upcoming = candidates(asOf).stream().filter(d -> !d.dueDate().isBefore(asOf)).toList();
    LocalDate next = upcoming.get(0).dueDate();
    return upcoming.stream().filter(d -> d.dueDate().equals(next)).toList();
  }

  /** The reports of the periods starting within two years either side of a date, by due date then longest first. */
  private List<ReportDue> candidates(LocalDate around) {
    List<ReportDue> result = new ArrayList<>();
    LocalDate from = around.minusYears(2);
    LocalDate to = around.plusYears(2);
    for (Map.Entry<ReportPeriod.Type, DueDatePolicy> e : policies.entrySet()) {
      ReportPeriod p = ReportPeriod.containing(e.getKey(), from.getYear() < 1900 ? LocalDate.of(1900, 1, 1) : from);
      for (; !p.firstDay().isAfter(to); p = p.next()) {
        result.add(new ReportDue(p, dueDate(p).orElseThrow()));
      }
    }
    result.sort(Comparator.comparing(ReportDue::dueDate)
        .thenComparing(d -> -d.period().type().months()));
    return result;
  }

  /**
   * Returns the scheduled types, such as {@code ReportingSchedule[YEAR, HALF, QUARTER]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "ReportingSchedule" + policies.keySet();
  }
}
