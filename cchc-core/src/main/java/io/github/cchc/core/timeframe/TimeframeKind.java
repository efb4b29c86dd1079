package io.github.cchc.core.timeframe;

/**
 * The kind of a {@link Timeframe}, with the Vietnamese name a report prints for it.
 */
public enum TimeframeKind {
  /** A single day: "Chậm nhất ngày 31/03/2024", "Trước ngày 30/9/2020", "Ngày 15/3/2024". */
  DATE("Ngày"),
  /** A calendar month: "Tháng 1/2024". */
  MONTH("Tháng"),
  /** One quarter or several: "Quý I/2024", "Quý II, Quý III/2024". */
  QUARTERS("Quý"),
  /** A half-year: "6 tháng đầu năm 2024". */
  HALF_YEAR("6 tháng"),
  /** A calendar year: "Năm 2024". */
  YEAR("Năm"),
  /** A span from one period to another: "Từ tháng 3/2023 đến tháng 12/2023". */
  RANGE("Khoảng thời gian"),
  /** Continuous work with no deadline: "Thường xuyên". */
  ONGOING("Thường xuyên"),
  /** Repeated at fixed intervals: "Hàng quý", "Hàng tháng". */
  RECURRING("Định kỳ"),
  /** The time is set by another body's plan or guidance: "Theo Kế hoạch của Bộ Nội vụ". */
  SET_BY_OTHER("Theo cơ quan khác"),
  /** Several labelled milestones in one cell. */
  MILESTONES("Nhiều mốc thời gian");

  private final String label;

  TimeframeKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese name.
   *
   * @return the label, such as "Thường xuyên"
   */
  public String label() {
    return label;
  }
}
