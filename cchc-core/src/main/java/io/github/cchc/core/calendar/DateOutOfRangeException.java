package io.github.cchc.core.calendar;

import java.time.DateTimeException;

/**
 * Thrown when a date or a year lies outside the range a calendar supports: the lunar years
 * {@value LunarDate#MIN_YEAR} to {@value LunarDate#MAX_YEAR}, or the years {@value WorkingCalendar#MIN_YEAR} to
 * {@value WorkingCalendar#MAX_YEAR} of the working-day calendar.
 */
public class DateOutOfRangeException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is out of range, with the offending value and the range
   */
  public DateOutOfRangeException(String message) {
    super(message);
  }
}
