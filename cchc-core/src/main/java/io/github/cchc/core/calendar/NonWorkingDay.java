package io.github.cchc.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is not a working day, with the reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the day
 * @param reason why it is not a working day
 */
public record NonWorkingDay(LocalDate date, DayOffReason reason) {

  /**
   * Creates the value.
   *
   * @param date the day
   * @param reason why it is not a working day
   */
  public NonWorkingDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the date and the Vietnamese label, such as {@code 2025-04-30 Ngày Chiến thắng 30/4}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return date + " " + reason.label();
  }
}
