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
 * <p>Provenance, so that a program can tell its users how far to trust a year:
 *
 * <ul>
 *   <li>{@link #status()}: an official year was read from a published schedule; a computed year was worked out from
 *       the Labour Code 2019 because no schedule was at hand, and its Tết and National Day may differ from the days
 *       the Government announces.
 *   <li>{@link #source()} and {@link #notices()}: the documents of an official year, each with its number and date.
 *   <li>{@link #noticeFor(LocalDate)}: the notice that fixed one day off or make-up working day; {@link
 *       #statutoryDays()}: the days off that follow from the Labour Code without a notice (in an official year, for
 *       example, a compensatory day for a holiday on a Sunday; in a computed year, every day off).
 * </ul>
 *
 * <pre>{@code
 * YearSchedule y = WorkingCalendar.standard().schedule(2026);
 * y.status();                                   // OFFICIAL
 * y.noticeFor(LocalDate.of(2026, 8, 31));       // Optional[9441/TB-BNV ngày 16/10/2025, Bộ Nội vụ]
 * y.statutoryDays().contains(LocalDate.of(2026, 4, 27));   // true: nghỉ bù for Hùng Kings' day on a Sunday
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearSchedule {

  private final int year;
  private final ScheduleStatus status;
  private final String source;
  private final NavigableMap<LocalDate, DayOffReason> daysOff;
  private final NavigableSet<LocalDate> makeUpWorkingDays;
  private final List<Notice> notices;
  private final Map<LocalDate, Notice> noticeOfDay;
  private final NavigableSet<LocalDate> statutoryDays;

  YearSchedule(int year, ScheduleStatus status, String source, Map<LocalDate, DayOffReason> daysOff,
      Set<LocalDate> makeUpWorkingDays, List<Notice> notices, Map<LocalDate, Notice> noticeOfDay,
      Set<LocalDate> statutoryDays) {
    this.year = year;
    this.status = status;
    this.source = source;
    this.daysOff = Collections.unmodifiableNavigableMap(new TreeMap<>(daysOff));
    this.makeUpWorkingDays = Collections.unmodifiableNavigableSet(new TreeSet<>(makeUpWorkingDays));
    this.notices = List.copyOf(notices);
    this.noticeOfDay = Map.copyOf(noticeOfDay);
    this.statutoryDays = Collections.unmodifiableNavigableSet(new TreeSet<>(statutoryDays));
  }

  /** A year computed from the statute: every day off is statutory, there is no source and no make-up day. */
  static YearSchedule computed(int year, Map<LocalDate, DayOffReason> daysOff) {
    return new YearSchedule(year, ScheduleStatus.COMPUTED, null, daysOff, Set.of(), List.of(), Map.of(),
        daysOff.keySet());
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
   * Returns the published source of an official year as the schedule file states it, such as the notices it was
   * taken from.
   *
   * @return the source, or empty for a computed year
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the notices that fix the days of an official year, in the order the schedule file gives them.
   *
   * @return the notices, empty for a computed year or a file that names its source only in words
   */
  public List<Notice> notices() {
    return notices;
  }

  /**
   * Returns the notice that fixed a day off or a make-up working day of this year.
   *
   * @param date a day of this year
   * @return the notice, or empty for a day the schedule does not list, a day that follows from the statute ({@link
   *     #statutoryDays()}), or a day the file attributes only to the year's {@link #source()}
   */
  public Optional<Notice> noticeFor(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(noticeOfDay.get(date));
  }

  /**
   * Returns the days off that follow from the Labour Code rather than from a notice (since 2021 the Labour Code 2019,
   * Article 112, and Article 111(3) for a holiday on a weekend): in a computed year every day off, in an official year
   * those the schedule file marks {@code "statutory": true}.
   *
   * @return the statutory days off, in date order, unmodifiable
   */
  public NavigableSet<LocalDate> statutoryDays() {
    return statutoryDays;
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
        && s.daysOff.equals(daysOff) && s.makeUpWorkingDays.equals(makeUpWorkingDays) && s.notices.equals(notices)
        && s.noticeOfDay.equals(noticeOfDay) && s.statutoryDays.equals(statutoryDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, status, source, daysOff, makeUpWorkingDays, notices, noticeOfDay, statutoryDays);
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
