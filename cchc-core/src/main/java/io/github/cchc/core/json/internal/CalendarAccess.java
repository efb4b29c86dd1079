package io.github.cchc.core.json.internal;

import io.github.cchc.core.calendar.DayOffReason;
import io.github.cchc.core.calendar.Notice;
import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.calendar.YearSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lets the calendar's mapping create the calendar's values, whose constructors are not API: the calendar package
 * registers its constructors here when it is initialised, as the error package does with {@link
 * io.github.cchc.core.error.internal.Errors}.
 *
 * <p>Internal to the library. This class is thread-safe.
 */
public final class CalendarAccess {

  /** The constructors of the calendar package. */
  public interface Factory {
    /**
     * Creates a notice.
     *
     * @param number its number
     * @param date its date, or null
     * @param issuer its issuer
     * @param subject its subject, possibly empty
     * @return the notice
     */
    Notice notice(String number, LocalDate date, String issuer, String subject);

    /**
     * Creates an official year, already checked by the mapping.
     *
     * @param year the year
     * @param source the source
     * @param daysOff the days off
     * @param makeUp the make-up working days
     * @param notices the notices
     * @param noticeOfDay the notice of each day
     * @param statutory the statutory days off
     * @return the year
     */
    YearSchedule official(int year, String source, Map<LocalDate, DayOffReason> daysOff, Set<LocalDate> makeUp,
        List<Notice> notices, Map<LocalDate, Notice> noticeOfDay, Set<LocalDate> statutory);

    /**
     * Returns the computed schedule of a year.
     *
     * @param year the year
     * @return the schedule
     */
    YearSchedule computed(int year);

    /**
     * Creates a calendar of official years; other years are computed.
     *
     * @param official the official years
     * @return the calendar
     */
    WorkingCalendar calendar(Map<Integer, YearSchedule> official);

    /**
     * Returns the official years of a calendar.
     *
     * @param calendar the calendar
     * @return the years by number
     */
    Map<Integer, YearSchedule> official(WorkingCalendar calendar);
  }

  private static volatile Factory factory;

  private CalendarAccess() {}

  /**
   * Called once, by the calendar's class initialiser.
   *
   * @param f the constructors
   */
  public static void register(Factory f) {
    synchronized (CalendarAccess.class) {
      if (factory == null) {
        factory = Objects.requireNonNull(f);
      }
    }
  }

  /**
   * Returns the constructors.
   *
   * @return the factory
   */
  public static Factory get() {
    if (factory == null) {
      try {
        Class.forName(WorkingCalendar.class.getName(), true, CalendarAccess.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return factory;
  }
}
