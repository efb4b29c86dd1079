package io.github.cchc.core.calendar;

import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.CalendarAccess;
import io.github.cchc.core.json.internal.LibraryJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working days of Vietnamese civil servants: Monday to Friday, minus public holidays and their compensatory and
 * swapped days, plus make-up working Saturdays.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.standard();
 * calendar.isWorkingDay(LocalDate.of(2025, 4, 26));         // true: a make-up Saturday
 * calendar.addWorkingDays(LocalDate.of(2024, 2, 5), 5);     // 2024-02-19, across Tết
 * }</pre>
 *
 * <p>A year is either {@link ScheduleStatus#OFFICIAL}, read from a published schedule (the bundled data for the
 * years listed in {@code docs/calendar.md}, or a file given to {@link Builder#withSchedules(Path)}), or {@link
 * ScheduleStatus#COMPUTED} from the statutory rules of the Labour Code 2019 (fixed holidays, Tết and Hùng Kings' day
 * from {@link LunarDate}, a compensatory day for a holiday on a weekend). {@link #status(int)} tells which, {@link
 * #schedule(int)} gives the notices an official year cites ({@link YearSchedule#notices()}), and {@link
 * #computedYears(LocalDate, LocalDate)} lists the computed years a span touches, so that a program can warn its users.
 * Years {@value #MIN_YEAR} to {@value #MAX_YEAR} are supported.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingCalendar {

  /** The first supported year. */
  public static final int MIN_YEAR = 1900;

  /** The last supported year. */
  public static final int MAX_YEAR = 2100;

  static final String BUNDLED_RESOURCE = "schedules.json";

  private static final class Bundled {
    static final Map<Integer, YearSchedule> SCHEDULES = load();
    static final WorkingCalendar STANDARD = new WorkingCalendar(SCHEDULES);

    private static Map<Integer, YearSchedule> load() {
      try (InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + BUNDLED_RESOURCE);
        }
        return ScheduleReader.read(LibraryJson.text(in, BUNDLED_RESOURCE), BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static {
    // The JSON layer builds calendars from schedule files; the constructors stay the package's own.
    CalendarAccess.register(new CalendarAccess.Factory() {
      @Override
      public Notice notice(String number, LocalDate date, String issuer, String subject) {
        return new Notice(number, date, issuer, subject);
      }

      @Override
      public YearSchedule official(int year, String source, Map<LocalDate, DayOffReason> daysOff,
          Set<LocalDate> makeUp, List<Notice> notices, Map<LocalDate, Notice> noticeOfDay, Set<LocalDate> statutory) {
        return new YearSchedule(year, ScheduleStatus.OFFICIAL, source, daysOff, makeUp, notices, noticeOfDay,
            statutory);
      }

      @Override
      public YearSchedule computed(int year) {
        return StatutoryHolidays.of(year);
      }

      @Override
      public WorkingCalendar calendar(Map<Integer, YearSchedule> official) {
        return new WorkingCalendar(official);
      }

      @Override
      public Map<Integer, YearSchedule> official(WorkingCalendar calendar) {
        return calendar.official;
      }
    });
  }

  private static final WorkingCalendar STATUTORY = new WorkingCalendar(Map.of());

  private final Map<Integer, YearSchedule> official;

  private WorkingCalendar(Map<Integer, YearSchedule> official) {
    this.official = Map.copyOf(official);
  }

  /**
   * Returns the calendar with the bundled official schedules, and the statutory rules for other years.
   *
   * @return the standard calendar
   */
  public static WorkingCalendar standard() {
    return Bundled.STANDARD;
  }

  /**
   * Returns a calendar without any published schedule: every year is computed from the statutory rules.
   *
   * @return the statutory calendar
   */
  public static WorkingCalendar statutory() {
    return STATUTORY;
  }

  /**
   * Returns a builder that starts from the bundled official schedules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a day is a working day.
   *
   * @param date the day
   * @return true on a working day
   * @throws CalendarException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public boolean isWorkingDay(LocalDate date) {
    return nonWorkingReason(date).isEmpty();
  }

  /**
   * Tells why a day is not a working day.
   *
   * @param date the day
   * @return the reason, or empty on a working day
   * @throws CalendarException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public Optional<DayOffReason> nonWorkingReason(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return schedule(date.getYear()).reasonOff(date);
  }

  /**
   * Returns the n-th working day strictly after a date, or for negative n the |n|-th working day strictly before it.
   * For n = 0 the date itself is returned, whether or not it is a working day.
   *
   * <p>For a working day {@code d}, {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
   *
   * @param date the date counted from
   * @param n the number of working days, negative to count back
   * @return the working day reached, or {@code date} if n is 0
   * @throws CalendarException if the count leaves the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public LocalDate addWorkingDays(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    int step = n < 0 ? -1 : 1;
    LocalDate d = date;
    for (long left = Math.abs((long) n); left > 0; ) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Counts the working days in a half-open interval: from {@code startInclusive} up to, not including, {@code
   * endExclusive}. If the end is before the start the count is negative: {@code workingDaysBetween(a, b) ==
   * -workingDaysBetween(b, a)}.
   *
   * @param startInclusive the first day counted
   * @param endExclusive the day after the last day counted
   * @return the number of working days, negative if the end is before the start
   * @throws CalendarException if a day is outside the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    checkYear(startInclusive.getYear());
    int count = 0;
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns every day of a year that is not a working day, in date order, each with its reason; ordinary weekends
   * are included with {@link DayOffReason#WEEKEND}, make-up working Saturdays are not included.
   *
   * @param year the year
   * @return the non-working days
   * @throws CalendarException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public List<NonWorkingDay> nonWorkingDays(int year) {
    return schedule(year).nonWorkingDays();
  }

  /**
   * Returns the days off of a year other than ordinary weekends: holidays, compensatory and swapped days, in date
   * order.
   *
   * @param year the year
   * @return the holidays and other days off
   * @throws CalendarException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public List<NonWorkingDay> holidays(int year) {
    return schedule(year).daysOff().entrySet().stream()
        .map(e -> new NonWorkingDay(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * Returns the Saturdays or Sundays of a year that are worked, in date order.
   *
   * @param year the year
   * @return the make-up working days
   * @throws CalendarException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public List<LocalDate> makeUpWorkingDays(int year) {
    return List.copyOf(schedule(year).makeUpWorkingDays());
  }

  /**
   * Tells whether a year comes from a published schedule or is computed from the statutory rules.
   *
   * @param year the year
   * @return the status
   * @throws CalendarException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public ScheduleStatus status(int year) {
    return schedule(year).status();
  }

  /**
   * Returns the years from the year of one date to the year of another (in either order, both included) that have
   * no published schedule and are computed from the statute. A program that counts working days across them can warn
   * its users that the result may differ from the days the Government announces.
   *
   * <pre>{@code
   * WorkingCalendar.standard().computedYears(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 15));  // [2027]
   * }</pre>
   *
   * @param first one end of the span
   * @param last the other end
   * @return the computed years, in increasing order
   * @throws CalendarException if a year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public List<Integer> computedYears(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    int from = Math.min(first.getYear(), last.getYear());
    int to = Math.max(first.getYear(), last.getYear());
    checkYear(from);
    checkYear(to);
    List<Integer> years = new ArrayList<>();
    for (int year = from; year <= to; year++) {
      if (!official.containsKey(year)) {
        years.add(year);
      }
    }
    return List.copyOf(years);
  }

  /**
   * Returns the schedule of a year: its days off, make-up working days, status and source.
   *
   * @param year the year
   * @return the schedule
   * @throws CalendarException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
   */
  public YearSchedule schedule(int year) {
    checkYear(year);
    YearSchedule s = official.get(year);
    return s != null ? s : StatutoryHolidays.of(year);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw Errors.calendar(CalendarException.Kind.OUT_OF_RANGE, String.valueOf(year),
          "Năm " + year + " nằm ngoài phạm vi của lịch làm việc " + MIN_YEAR + ".." + MAX_YEAR,
          "Year " + year + " is outside the working calendar's range " + MIN_YEAR + ".." + MAX_YEAR);
    }
  }

  /**
   * Tells whether another calendar has the same official years, with the same schedules; calendars that differ only
   * in how they were built (the bundled years, or the same years from a file) are equal.
   *
   * @param o the other object
   * @return true if it is an equal calendar
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingCalendar c && c.official.equals(official);
  }

  @Override
  public int hashCode() {
    return official.hashCode();
  }

  /**
   * Returns the years that have an official schedule, such as {@code WorkingCalendar[official [2024, 2025]]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "WorkingCalendar[official " + new TreeSet<>(official.keySet()) + "]";
  }

  /**
   * Builds a {@link WorkingCalendar} from the bundled schedules and the user's files. A year read later replaces the
   * same year read earlier as a whole; years without any schedule are computed.
   *
   * <pre>{@code
   * WorkingCalendar calendar = WorkingCalendar.builder()
   *     .withSchedules(Path.of("lich-nghi-2027.json"))
   *     .build();
   * }</pre>
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {

    private final Map<Integer, YearSchedule> schedules = new LinkedHashMap<>(Bundled.SCHEDULES);

    private Builder() {}

    /**
     * Drops the bundled schedules and those added so far.
     *
     * @return this builder
     */
    public Builder withoutBundledSchedules() {
      schedules.clear();
      return this;
    }

    /**
     * Adds or replaces years from a schedule file (format described in {@code docs/calendar.md}).
     *
     * @param file the JSON file, UTF-8
     * @return this builder
     * @throws InputFormatException if the file is not a valid schedule file, naming the file, the JSON path of the
     *     entry, its line and column, and the problem in Vietnamese and English
     * @throws UncheckedIOException if the file cannot be read
     */
    public Builder withSchedules(Path file) {
      Objects.requireNonNull(file, "file");
      schedules.putAll(ScheduleReader.read(LibraryJson.text(file), file.toString()));
      return this;
    }

    /**
     * Adds or replaces years from a schedule read from a UTF-8 stream, which is read to its end and not closed.
     *
     * @param in the JSON content
     * @param sourceName the name used in error messages, such as a file name
     * @return this builder
     * @throws InputFormatException if the content is not a valid schedule file, naming the source, the JSON path of
     *     the entry, its line and column, and the problem in Vietnamese and English
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Builder withSchedules(InputStream in, String sourceName) {
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(sourceName, "sourceName");
      schedules.putAll(ScheduleReader.read(LibraryJson.text(in, sourceName), sourceName));
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(schedules);
    }
  }
}
