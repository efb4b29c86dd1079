package io.github.cchc.core.calendar;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How the due date of a periodic report is set from its period. Implementations must be immutable and return a date
 * within two years of the period.
 */
@FunctionalInterface
public interface DueDatePolicy {

  /**
   * Returns the due date of the report for a period.
   *
   * @param period the reporting period
   * @return the last day on which the report may be sent
   */
  LocalDate dueDate(ReportPeriod period);

  /**
   * Returns the policy "no later than day {@code day} of the last month of the period"; the CCHC reports are due on
   * the 15th (domain rule: quarterly, six-month and annual reports no later than the 15th of the last month).
   *
   * @param day the day of the month, 1 to 31; a day past the end of a short month means its last day
   * @return the policy
   * @throws IllegalArgumentException if the day is not 1 to 31
   */
  static DueDatePolicy dayOfLastMonth(int day) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("Day of month must be 1..31: " + day);
    }
    return period -> {
      YearMonth last = YearMonth.from(period.lastDay());
      return last.atDay(Math.min(day, last.lengthOfMonth()));
    };
  }

  /**
   * Returns the policy "no later than {@code days} days after the last day of the period".
   *
   * @param days the number of calendar days after the period, 0 to 365
   * @return the policy
   * @throws IllegalArgumentException if the number is not 0 to 365
   */
  static DueDatePolicy daysAfterEnd(int days) {
    if (days < 0 || days > 365) {
      throw new IllegalArgumentException("Days after the period must be 0..365: " + days);
    }
    return period -> period.lastDay().plusDays(days);
  }
}
