package io.github.cchc.core.calendar;

import java.time.DateTimeException;

/**
 * Thrown when a lunar date does not exist: a 30th day in a 29-day month, a leap month that the year lacks, a month
 * outside 1 to 12, or text that is not a lunar date.
 */
public class InvalidLunarDateException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, with the offending value
   */
  public InvalidLunarDateException(String message) {
    super(message);
  }
}
