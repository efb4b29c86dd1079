package io.github.cchc.core.calendar;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A periodic report and its due date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the period reported on
 * @param dueDate the last day on which the report may be sent
 */
public record ReportDue(ReportPeriod period, LocalDate dueDate) {

  /**
   * Creates the value.
   *
   * @param period the period reported on
   * @param dueDate the last day on which the report may be sent
   */
  public ReportDue {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /**
   * Returns the period code and due date, such as {@code 2024Q1 due 2024-03-15}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return period + " due " + dueDate;
  }
}
