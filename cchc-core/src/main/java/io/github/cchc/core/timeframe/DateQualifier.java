package io.github.cchc.core.timeframe;

/**
 * How a date in a timeframe is meant: on the day, no later than the day, or strictly before it.
 */
public enum DateQualifier {
  /** On the day: "Ngày 15/3/2024". The due date is the day itself. */
  ON("Ngày"),
  /** No later than the day: "Chậm nhất ngày 31/3/2024". The due date is the day itself. */
  NO_LATER_THAN("Chậm nhất ngày"),
  /**
   * Strictly before the day: "Trước ngày 30/9/2020". The due date is the day before, as "trước" excludes the day
   * named (as "trên 30%" excludes 30%).
   */
  BEFORE("Trước ngày");

  private final String label;

  DateQualifier(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese words written before the date.
   *
   * @return the label, such as "Chậm nhất ngày"
   */
  public String label() {
    return label;
  }
}
