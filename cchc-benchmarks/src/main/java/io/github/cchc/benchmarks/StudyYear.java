package io.github.cchc.benchmarks;

import java.time.LocalDate;
import org.threeten.extra.YearQuarter;

/**
 * The year the benchmarks aggregate, 2026, the first full year of the two-tier local government, and its four
 * quarters as epoch days. Days are epoch days ({@link LocalDate#toEpochDay()}) throughout, because every engine here
 * holds dates as primitives.
 */
final class StudyYear {

  /** The calendar year of the received dates. */
  static final int YEAR = 2026;
  /** The number of periods: the four quarters. */
  static final int QUARTERS = 4;
  /** The last day a dossier can be finished on; later ones are still pending. */
  static final LocalDate AS_OF = LocalDate.of(YEAR, 12, 31);

  private static final int[] FIRST = new int[QUARTERS + 1];

  static {
    for (int q = 0; q < QUARTERS; q++) {
      FIRST[q] = (int) YearQuarter.of(YEAR, q + 1).atDay(1).toEpochDay();
    }
    FIRST[QUARTERS] = (int) LocalDate.of(YEAR + 1, 1, 1).toEpochDay();
  }

  private StudyYear() {}

  /**
   * Returns the first day of a quarter.
   *
   * @param quarter 0 to 3
   * @return the epoch day
   */
  static int firstDay(int quarter) {
    return FIRST[quarter];
  }

  /**
   * Returns the last day of a quarter, the day at whose end pending dossiers are counted.
   *
   * @param quarter 0 to 3
   * @return the epoch day
   */
  static int lastDay(int quarter) {
    return FIRST[quarter + 1] - 1;
  }

  /** The first day of the year. */
  static int start() {
    return FIRST[0];
  }

  /** The first day after the year. */
  static int end() {
    return FIRST[QUARTERS];
  }

  /**
   * Returns the quarter of a day of the year, or -1 for a day outside it.
   *
   * @param day an epoch day
   * @return 0 to 3, or -1
   */
  static int quarterOf(int day) {
    if (day < FIRST[0] || day >= FIRST[QUARTERS]) {
      return -1;
    }
    return day >= FIRST[2] ? (day >= FIRST[3] ? 3 : 2) : (day >= FIRST[1] ? 1 : 0);
  }

  /**
   * Returns the quarter as a threeten-extra value.
   *
   * @param quarter 0 to 3
   * @return the year-quarter
   */
  static YearQuarter yearQuarter(int quarter) {
    return YearQuarter.of(YEAR, quarter + 1);
  }
}
