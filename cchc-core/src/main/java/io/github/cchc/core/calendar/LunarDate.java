package io.github.cchc.core.calendar;

import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.internal.Errors;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of the Vietnamese lunar calendar (<i>âm lịch</i>): year, month (possibly a leap month, <i>tháng nhuận</i>)
 * and day.
 *
 * <p>The calendar is computed, not tabulated: months start on the day (in UTC+7) of an astronomical new moon, the
 * month containing the December solstice is month 11, and in a year of thirteen months the first month without a
 * major solar term is the leap month. Because Vietnam reckons days in UTC+7 and China in UTC+8, the two calendars
 * sometimes differ: Tết fell on 21 January 1985 and 17 February 2007 in Vietnam. The astronomy is an approximation
 * computed in floating point; the results are whole dates. Lunar years {@value #MIN_YEAR} to {@value #MAX_YEAR} are
 * supported.
 *
 * <pre>{@code
 * LunarDate tet = LunarDate.of(2024, 1, 1);
 * tet.toLocalDate();                                 // 2024-02-10
 * tet.yearName();                                    // "Giáp Thìn"
 * LunarDate.from(LocalDate.of(2023, 4, 1));          // 2023-02L-11, the leap second month
 * }</pre>
 *
 * <p>The text form is {@code yyyy-MM-dd}, with {@code L} after the month of a leap month: {@code 2023-02L-11}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LunarDate implements Comparable<LunarDate> {

  /** The first supported lunar year. */
  public static final int MIN_YEAR = 1800;

  /** The last supported lunar year. */
  public static final int MAX_YEAR = 2199;

  private static final String[] STEMS = {
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"
  };
  private static final String[] BRANCHES = {
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"
  };
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{1,2})(L?)-(\\d{1,2})");

  private final int year;
  private final int month;
  private final boolean leapMonth;
  private final int day;

  private LunarDate(int year, int month, boolean leapMonth, int day) {
    this.year = year;
    this.month = month;
    this.leapMonth = leapMonth;
    this.day = day;
  }

  /**
   * Returns a date in an ordinary (not leap) month.
   *
   * @param year the lunar year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param month the month, 1 to 12
   * @param day the day, 1 to 29 or 30 depending on the month
   * @return the date
   * @throws CalendarException if the year is not supported
   * @throws CalendarException if the month or day does not exist in that year
   */
  public static LunarDate of(int year, int month, int day) {
    return of(year, month, false, day);
  }

  /**
   * Returns a date in the leap month that repeats {@code month}.
   *
   * @param year the lunar year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param month the number of the month that is repeated, 1 to 12
   * @param day the day, 1 to 29 or 30 depending on the month
   * @return the date
   * @throws CalendarException if the year is not supported
   * @throws CalendarException if the year has no such leap month or the day does not exist in it
   */
  public static LunarDate ofLeapMonth(int year, int month, int day) {
    return of(year, month, true, day);
  }

  private static LunarDate of(int year, int month, boolean leap, int day) {
    LunarYearTable.Year y = table(year);
    if (month < 1 || month > 12) {
      throw Errors.calendar(CalendarException.Kind.NO_SUCH_LUNAR_DATE, year + "-" + month + "-" + day,
          "Tháng âm lịch phải từ 1 đến 12, gặp " + month + " (năm " + year + ")",
          "A lunar month must be 1 to 12, found " + month + " (year " + year + ")");
    }
    int index = y.indexOf(month, leap);
    if (index < 0) {
      throw Errors.calendar(CalendarException.Kind.NO_SUCH_LUNAR_DATE, year + "-" + month + "L-" + day,
          "Năm âm lịch " + year + " không có tháng " + month + " nhuận"
              + (y.leapMonth() == 0 ? " (năm này không có tháng nhuận)" : " (tháng nhuận là tháng " + y.leapMonth()
                  + ")"),
          "Lunar year " + year + " has no leap month " + month
              + (y.leapMonth() == 0 ? " (it has no leap month)" : " (its leap month is " + y.leapMonth() + ")"));
    }
    int length = y.lengthAt(index);
    if (day < 1 || day > length) {
      throw Errors.calendar(CalendarException.Kind.NO_SUCH_LUNAR_DATE, year + "-" + month + (leap ? "L-" : "-") + day,
          "Không có ngày " + day + " tháng " + month + (leap ? " nhuận" : "") + " năm " + year
              + " âm lịch; tháng này có "
              + length + " ngày",
          "Day " + day + " does not exist in lunar month " + month + (leap ? " (leap)" : "") + " of " + year
              + ", which has " + length + " days");
    }
    return new LunarDate(year, month, leap, day);
  }

  /**
   * Returns the lunar date of a solar (Gregorian) date.
   *
   * @param date the solar date, within the supported lunar years
   * @return the lunar date
   * @throws CalendarException if the date is outside the supported lunar years
   */
  public static LunarDate from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long epochDay = date.toEpochDay();
    if (epochDay < LunarYearTable.firstEpochDay() || epochDay > LunarYearTable.lastEpochDay()) {
      String range = LocalDate.ofEpochDay(LunarYearTable.firstEpochDay()) + ".."
          + LocalDate.ofEpochDay(LunarYearTable.lastEpochDay());
      throw Errors.calendar(CalendarException.Kind.OUT_OF_RANGE, date.toString(),
          "Ngày " + date + " nằm ngoài phạm vi của lịch âm " + range,
          "Date " + date + " is outside the lunar calendar's range " + range);
    }
    // Tết is never before 20 January nor after 20 February, so the lunar year is the solar one or the one before.
    int year = date.getYear();
    LunarYearTable.Year y = year <= MAX_YEAR ? LunarYearTable.year(year) : null;
    if (y == null || epochDay < y.starts()[0]) {
      y = LunarYearTable.year(year - 1);
    }
    long[] starts = y.starts();
    int low = 0;
    int high = starts.length - 1;
    while (low < high) { // the last month starting on or before the date
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= epochDay) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return new LunarDate(y.year(), y.monthAt(low), y.isLeapAt(low), (int) (epochDay - starts[low]) + 1);
  }

  /**
   * Parses the text form {@code yyyy-MM-dd}, with {@code L} after the month of a leap month ({@code 2023-02L-11}),
   * as written by {@link #toString()}.
   *
   * @param text the text
   * @return the date
   * @throws TextParseException if the text is not a lunar date
   * @throws CalendarException if the date does not exist
   * @throws CalendarException if the year is not supported
   */
  public static LunarDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.toString().strip());
    if (!m.matches()) {
      throw Errors.parse(TextParseException.Kind.LUNAR_DATE, text, 0,
          "một ngày âm lịch như 2024-01-01, hoặc 2023-02L-11 cho tháng nhuận",
          "a lunar date such as 2024-01-01, or 2023-02L-11 for a leap month");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), !m.group(3).isEmpty(),
        Integer.parseInt(m.group(4)));
  }

  /**
   * Returns the leap month of a lunar year, if it has one.
   *
   * @param year the lunar year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the number of the month that is repeated, or empty in a twelve-month year
   * @throws CalendarException if the year is not supported
   */
  public static OptionalInt leapMonthOf(int year) {
    int leap = table(year).leapMonth();
    return leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap);
  }

  /**
   * Returns the Can Chi (sexagenary) name of a lunar year, such as "Giáp Thìn" for 2024.
   *
   * @param year the lunar year, any year
   * @return the name, heavenly stem then earthly branch
   */
  public static String yearName(int year) {
    return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
  }

  private static LunarYearTable.Year table(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw Errors.calendar(CalendarException.Kind.OUT_OF_RANGE, String.valueOf(year),
          "Năm âm lịch " + year + " nằm ngoài phạm vi " + MIN_YEAR + ".." + MAX_YEAR,
          "Lunar year " + year + " is outside the supported range " + MIN_YEAR + ".." + MAX_YEAR);
    }
    return LunarYearTable.year(year);
  }

  /**
   * Returns the lunar year. The lunar year begins on Tết and so overlaps two solar years.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month number, 1 to 12; a leap month has the number of the month it repeats.
   *
   * @return the month
   */
  public int month() {
    return month;
  }

  /**
   * Tells whether the month is a leap month.
   *
   * @return true in a leap month
   */
  public boolean isLeapMonth() {
    return leapMonth;
  }

  /**
   * Returns the day of the month, 1 to 30.
   *
   * @return the day
   */
  public int day() {
    return day;
  }

  /**
   * Returns the number of days of this date's month.
   *
   * @return 29 or 30
   */
  public int lengthOfMonth() {
    LunarYearTable.Year y = LunarYearTable.year(year);
    return y.lengthAt(y.indexOf(month, leapMonth));
  }

  /**
   * Returns the Can Chi name of this date's lunar year, such as "Giáp Thìn".
   *
   * @return the name
   */
  public String yearName() {
    return yearName(year);
  }

  /**
   * Returns the solar (Gregorian) date.
   *
   * @return the solar date
   */
  public LocalDate toLocalDate() {
    LunarYearTable.Year y = LunarYearTable.year(year);
    return LocalDate.ofEpochDay(y.starts()[y.indexOf(month, leapMonth)] + day - 1);
  }

  @Override
  public int compareTo(LunarDate other) {
    return Long.compare(toLocalDate().toEpochDay(), other.toLocalDate().toEpochDay());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LunarDate d
        && d.year == year && d.month == month && d.leapMonth == leapMonth && d.day == day;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, leapMonth, day);
  }

  /**
   * Returns the text form that {@link #parse} reads back: {@code 2024-01-01}, or {@code 2023-02L-11} in a leap month.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-%02d%s-%02d", year, month, leapMonth ? "L" : "", day);
  }
}
