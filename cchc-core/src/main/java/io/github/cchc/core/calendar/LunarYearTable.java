package io.github.cchc.core.calendar;

import java.time.LocalDate;

/**
 * The month starts of every supported lunar year, computed once from {@link Astronomy} and kept, so that converting
 * many dates costs a binary search and no trigonometry.
 *
 * <p>The rules (Hồ Ngọc Đức's formulation of the Vietnamese calendar): a month starts on the local day of a new
 * moon; the month containing the December solstice is month 11; when thirteen months lie between two months 11, the
 * first of them, after month 11, that contains no major solar term is a leap month and repeats the number of the
 * month before it.
 */
final class LunarYearTable {

  /** One lunar year: its month starts as epoch days, the start of the next year, and its leap month. */
  record Year(int year, long[] starts, long end, int leapMonth) {

    /** Returns the index in {@link #starts} of a month, or -1 if the year has no such month. */
    int indexOf(int month, boolean leap) {
      if (leap) {
        return leapMonth == month ? month : -1;
      }
      return leapMonth != 0 && month > leapMonth ? month : month - 1;
    }

    int monthAt(int index) {
      if (leapMonth != 0 && index >= leapMonth) {
        return index == leapMonth ? leapMonth : index;
      }
      return index + 1;
    }

    boolean isLeapAt(int index) {
      return leapMonth != 0 && index == leapMonth;
    }

    int lengthAt(int index) {
      long next = index + 1 < starts.length ? starts[index + 1] : end;
      return (int) (next - starts[index]);
    }
  }

  private static final Year[] YEARS = compute();

  private LunarYearTable() {}

  static Year year(int lunarYear) {
    return YEARS[lunarYear - LunarDate.MIN_YEAR];
  }

  /** Returns the first day of the first supported lunar year, as an epoch day. */
  static long firstEpochDay() {
    return YEARS[0].starts()[0];
  }

  /** Returns the last day of the last supported lunar year, as an epoch day. */
  static long lastEpochDay() {
    return YEARS[YEARS.length - 1].end() - 1;
  }

  private static Year[] compute() {
    int first = LunarDate.MIN_YEAR;
    int last = LunarDate.MAX_YEAR;
    // k11[y - first + 1] is the lunation that starts month 11 of Gregorian year y, for y = first - 1 .. last + 1.
    int[] k11 = new int[last - first + 3];
    for (int y = first - 1; y <= last + 1; y++) {
      k11[y - first + 1] = month11(y);
    }
    // Months of each "suì" (from month 11 of year y - 1 to month 11 of year y): lunation numbers and labels.
    Year[] years = new Year[last - first + 1];
    for (int y = first; y <= last; y++) {
      int thisSui = k11[y - first];      // month 11 of Gregorian y - 1
      int nextSui = k11[y - first + 1];  // month 11 of Gregorian y
      int afterSui = k11[y - first + 2]; // month 11 of Gregorian y + 1
      int leapInThis = leapOffset(thisSui, nextSui);
      int leapInNext = leapOffset(nextSui, afterSui);
      // Lunar year y runs from month 1 of the first suì to the month before month 1 of the next one.
      int firstK = thisSui + (leapInThis == 1 || leapInThis == 2 ? 3 : 2);
      int endK = nextSui + (leapInNext == 1 || leapInNext == 2 ? 3 : 2);
      long[] starts = new long[endK - firstK];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = Astronomy.newMoonDay(firstK + i) - Astronomy.EPOCH_JDN;
      }
      int leapMonth = 0;
      if (leapInThis > 2) {
        leapMonth = leapInThis - 2; // offset 3 (month after month 1) is leap month 1
      } else if (leapInNext == 1 || leapInNext == 2) {
        leapMonth = leapInNext + 10; // leap 11 or leap 12 at the end of this year
      }
      if (starts.length != (leapMonth == 0 ? 12 : 13)) {
        throw new IllegalStateException("Lunar year " + y + " computed with " + starts.length + " months");
      }
      years[y - first] = new Year(y, starts, Astronomy.newMoonDay(endK) - Astronomy.EPOCH_JDN, leapMonth);
    }
    return years;
  }

  /** Returns the lunation number of month 11 of a Gregorian year: the new moon on or before the December solstice. */
  private static int month11(int gregorianYear) {
    long dec31 = LocalDate.of(gregorianYear, 12, 31).toEpochDay() + Astronomy.EPOCH_JDN;
    int k = (int) Math.floor((dec31 - 2415021) / Astronomy.SYNODIC_MONTH);
    // The new moon of lunation k may fall after the solstice (sector 9 starts at 270 degrees): then take the one before.
    return Astronomy.sunSector(Astronomy.newMoonDay(k)) >= 9 ? k - 1 : k;
  }

  /**
   * Returns the offset, counted from month 11 (offset 0), of the leap month in the suì between two months 11, or 0
   * if the suì has twelve months.
   */
  private static int leapOffset(int fromK, int toK) {
    if (toK - fromK == 12) {
      return 0;
    }
    int sector = Astronomy.sunSector(Astronomy.newMoonDay(fromK + 1));
    for (int i = 1; i < toK - fromK; i++) {
      int nextSector = Astronomy.sunSector(Astronomy.newMoonDay(fromK + i + 1));
      if (nextSector == sector) {
        return i; // month at offset i holds no major solar term
      }
      sector = nextSector;
    }
    throw new IllegalStateException("No month without a major solar term between lunations " + fromK + " and " + toK);
  }
}
