package io.github.cchc.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The days off and make-up working days of one solar year, either from a published schedule ({@link
 * ScheduleStatus#OFFICIAL}) or computed from the statutory rules ({@link ScheduleStatus#COMPUTED}).
 *
 * <p>Days off listed here override the weekend (a holiday range may cover a Saturday); a make-up working day is a
 * Saturday or Sunday that is worked. Ordinary weekends are not listed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearSchedule {

  private final int year;
  private final ScheduleStatus status;
  private final String source;
  private final NavigableMap<LocalDate, DayOffReason> daysOff;
  private final NavigableSet<LocalDate> makeUpWorkingDays;

  YearSchedule(int year, ScheduleStatus status, String source, Map<LocalDate, DayOffReason> daysOff,
      Set<LocalDate> makeUpWorkingDays) {
    this.year = year;
    this.status = status;
    this.source = source;
    this.daysOff = Collections.unmodifiableNavigableMap(new TreeMap<>(daysOff));
    this.makeUpWorkingDays = Collections.unmodifiableNavigableSet(new TreeSet<>(makeUpWorkingDays));
  }

  /**
   * Returns the solar year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Tells whether the year comes from a published schedule or was computed.
   *
   * @return the status
   */
  public ScheduleStatus status() {
    return status;
  }

  /**
   * Returns the published source of an official year, such as the notice it was taken from.
   *
   * @return the source, or empty for a computed year
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the days off other than ordinary weekends, in date order, each with its reason.
   *
   * @return the days off, unmodifiable
   */
  public NavigableMap<LocalDate, DayOffReason> daysOff() {
    return daysOff;
  }

  /**
   * Returns the Saturdays or Sundays that are worked, in date order.
   *
   * @return the make-up working days, unmodifiable
   */
  public NavigableSet<LocalDate> makeUpWorkingDays() {
    return makeUpWorkingDays;
  }

  /** Returns why a day of this year is not worked, or empty on a working day. */
  Optional<DayOffReason> reasonOff(LocalDate date) {
    DayOffReason reason = daysOff.get(date);
    if (reason != null) {
      return Optional.of(reason);
    }
    if (isWeekend(date) && !makeUpWorkingDays.contains(date)) {
      return Optional.of(DayOffReason.WEEKEND);
    }
    return Optional.empty();
  }

  /** Returns every day of the year that is not worked, ordinary weekends included. */
  List<NonWorkingDay> nonWorkingDays() {
    List<NonWorkingDay> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      LocalDate day = d;
      reasonOff(d).ifPresent(r -> days.add(new NonWorkingDay(day, r)));
    }
    return List.copyOf(days);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearSchedule s && s.year == year && s.status == status && Objects.equals(s.source, source)
        && s.daysOff.equals(daysOff) && s.makeUpWorkingDays.equals(makeUpWorkingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, status, source, daysOff, makeUpWorkingDays);
  }

  /**
   * Returns a summary such as {@code 2025 OFFICIAL: 14 days off, 1 make-up working day}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return year + " " + status + ": " + daysOff.size() + " days off, " + makeUpWorkingDays.size()
        + " make-up working day" + (makeUpWorkingDays.size() == 1 ? "" : "s");
  }
}
