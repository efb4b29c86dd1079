package io.github.cchc.core.timeframe;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a recurring task falls due: "Hàng tháng", "Hàng quý", "Định kỳ 6 tháng", "Hàng năm".
 */
public enum Recurrence {
  /** Every month, due at each month's end. */
  MONTHLY("Hàng tháng", 1),
  /** Every quarter, due at each quarter's end. */
  QUARTERLY("Hàng quý", 3),
  /** Every half-year, due on 30 June and 31 December. */
  HALF_YEARLY("Định kỳ 6 tháng", 6),
  /** Every year, due on 31 December. */
  YEARLY("Hàng năm", 12);

  private final String label;
  private final int months;

  Recurrence(String label, int months) {
    this.label = label;
    this.months = months;
  }

  /**
   * Returns the Vietnamese name.
   *
   * @return the label, such as "Hàng quý"
   */
  public String label() {
    return label;
  }

  /**
   * Returns the number of months between two due dates.
   *
   * @return 1, 3, 6 or 12
   */
  public int months() {
    return months;
  }

  /**
   * Returns the due dates in a year: the last day of each period, in order.
   *
   * @param year the year
   * @return the due dates, such as 31/3, 30/6, 30/9 and 31/12 for {@link #QUARTERLY}
   */
  public List<LocalDate> dueDatesIn(Year year) {
    List<LocalDate> dates = new ArrayList<>();
    for (int m = months; m <= 12; m += months) {
      dates.add(year.atMonth(m).atEndOfMonth());
    }
    return List.copyOf(dates);
  }
}
