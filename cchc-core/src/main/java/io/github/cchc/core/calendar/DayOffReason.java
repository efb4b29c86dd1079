package io.github.cchc.core.calendar;

/**
 * Why a day is not a working day. The constant names are the codes used in schedule files; {@link #label()} is the
 * Vietnamese name.
 */
public enum DayOffReason {
  /** New Year's Day, 1 January. */
  NEW_YEAR("Tết Dương lịch"),
  /** Lunar New Year. */
  LUNAR_NEW_YEAR("Tết Nguyên đán"),
  /** Hùng Kings' Commemoration Day, the 10th day of the 3rd lunar month. */
  HUNG_KINGS("Giỗ Tổ Hùng Vương"),
  /** Reunification Day, 30 April. */
  VICTORY_DAY("Ngày Chiến thắng 30/4"),
  /** International Workers' Day, 1 May. */
  LABOUR_DAY("Quốc tế Lao động 1/5"),
  /** National Day, 2 September and one adjacent day. */
  NATIONAL_DAY("Quốc khánh 2/9"),
  /** A compensatory day for a holiday that fell on a weekend. */
  COMPENSATORY("Nghỉ bù"),
  /** A working day taken off in exchange for a make-up working Saturday. */
  SWAPPED("Nghỉ hoán đổi"),
  /** Another day off decided by an authority, such as a province. */
  OTHER("Ngày nghỉ khác"),
  /** An ordinary Saturday or Sunday. */
  WEEKEND("Cuối tuần");

  private final String label;

  DayOffReason(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, such as "Tết Nguyên đán"
   */
  public String label() {
    return label;
  }
}
