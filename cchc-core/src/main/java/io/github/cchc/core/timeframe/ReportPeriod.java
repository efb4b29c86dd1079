package io.github.cchc.core.timeframe;

import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.internal.Errors;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

/**
 * A reporting period: a year, a half-year, a quarter or a month, written with the period codes of DHIS2 that CCHC
 * reports and the command line use: {@code 2024}, {@code 2024S1}, {@code 2024Q1}, {@code 2024-03}.
 *
 * <p>A period covers whole days; {@link #range()} is half-open (start inclusive, end exclusive), and {@link
 * #lastDay()} is the last day inside it. Periods order by start date, then longer before shorter.
 *
 * <pre>{@code
 * ReportPeriod q1 = ReportPeriod.parse("2024Q1");
 * q1.lastDay();              // 2024-03-31
 * q1.sameOneYearEarlier();   // 2023Q1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPeriod implements Comparable<ReportPeriod> {

  /** The first year a period may fall in. */
  public static final int MIN_YEAR = 1900;

  /** The last year a period may fall in. */
  public static final int MAX_YEAR = 9999;

  /** The length of a period. */
  public enum Type {
    /** A calendar year, code {@code 2024}. */
    YEAR("Năm", 12),
    /** A half-year, code {@code 2024S1} or {@code 2024S2}. */
    HALF("6 tháng", 6),
    /** A quarter, code {@code 2024Q1} to {@code 2024Q4}. */
    QUARTER("Quý", 3),
    /** A month, code {@code 2024-03}. */
    MONTH("Tháng", 1);

    private final String label;
    private final int months;

    Type(String label, int months) {
      this.label = label;
      this.months = months;
    }

    /**
     * Returns the Vietnamese label.
     *
     * @return the label, such as "Quý"
     */
    public String label() {
      return label;
    }

    /**
     * Returns the number of months in a period of this type.
     *
     * @return 12, 6, 3 or 1
     */
    public int months() {
      return months;
    }
  }

  private static final Pattern CODE =
      Pattern.compile("(\\d{4})(?:([SsQq])(\\d)|-(\\d{1,2}))?");

  private final Type type;
  private final int year;
  private final int index;

  private ReportPeriod(Type type, int year, int index) {
    this.type = type;
    this.year = year;
    this.index = index;
  }

  /**
   * Returns the period of a year.
   *
   * @param year the year, 1900 to 9999
   * @return the period
   * @throws DateTimeException if the year is out of range
   */
  public static ReportPeriod ofYear(int year) {
    return of(Type.YEAR, year, 1);
  }

  /**
   * Returns the period of a quarter.
   *
   * @param quarter the quarter
   * @return the period
   */
  public static ReportPeriod of(YearQuarter quarter) {
    Objects.requireNonNull(quarter, "quarter");
    return of(Type.QUARTER, quarter.getYear(), quarter.getQuarterValue());
  }

  /**
   * Returns the period of a half-year.
   *
   * @param half the half-year
   * @return the period
   */
  public static ReportPeriod of(YearHalf half) {
    Objects.requireNonNull(half, "half");
    return of(Type.HALF, half.getYear(), half.getHalfValue());
  }

  /**
   * Returns the period of a month.
   *
   * @param month the month
   * @return the period
   */
  public static ReportPeriod of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return of(Type.MONTH, month.getYear(), month.getMonthValue());
  }

  /**
   * Returns the period of the given type and index within its year.
   *
   * @param type the type
   * @param year the year, 1900 to 9999
   * @param index 1 for a year; 1–2 for a half; 1–4 for a quarter; 1–12 for a month
   * @return the period
   * @throws CalendarException (a {@link DateTimeException}) if the year or the index is out of range
   */
  public static ReportPeriod of(Type type, int year, int index) {
    Objects.requireNonNull(type, "type");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw Errors.calendar(CalendarException.Kind.OUT_OF_RANGE, String.valueOf(year),
          "Năm " + year + " nằm ngoài khoảng " + MIN_YEAR + ".." + MAX_YEAR,
          "Year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
    int max = 12 / type.months();
    if (index < 1 || index > max) {
      String vi = switch (type) {
        case YEAR -> "năm";
        case HALF -> "6 tháng";
        case QUARTER -> "quý";
        case MONTH -> "tháng";
      };
      throw Errors.calendar(CalendarException.Kind.OUT_OF_RANGE, year + " " + type + " " + index,
          "Số thứ tự của " + vi + " phải từ 1 đến " + max + ", gặp " + index,
          "The index of a " + type.name().toLowerCase(Locale.ROOT) + " must be 1 to " + max + ", found " + index);
    }
    return new ReportPeriod(type, year, index);
  }

  /**
   * Parses a period code: {@code 2024}, {@code 2024S1}, {@code 2024Q3}, {@code 2024-03} (or {@code 2024-3}).
   *
   * @param code the code
   * @return the period
   * @throws TextParseException if the code is not a period code, naming the code
   * @throws CalendarException (a {@link DateTimeException}) if the year or the index is out of range
   */
  public static ReportPeriod parse(CharSequence code) {
    Objects.requireNonNull(code, "code");
    Matcher m = CODE.matcher(code.toString().strip());
    if (!m.matches()) {
      throw Errors.parse(TextParseException.Kind.PERIOD, code, 0, "một mã kỳ như 2024, 2024S1, 2024Q1 hoặc 2024-03",
          "a period code such as 2024, 2024S1, 2024Q1 or 2024-03");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      Type type = m.group(2).toUpperCase(Locale.ROOT).equals("S") ? Type.HALF : Type.QUARTER;
      return of(type, year, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return of(Type.MONTH, year, Integer.parseInt(m.group(4)));
    }
    return ofYear(year);
  }

  /**
   * Returns the period of the given type that contains a date.
   *
   * @param type the type
   * @param date the date
   * @return the period
   */
  public static ReportPeriod containing(Type type, LocalDate date) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    return of(type, date.getYear(), (date.getMonthValue() - 1) / type.months() + 1);
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the index within the year: 1 for a year, the half, quarter or month number otherwise.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns the first day.
   *
   * @return the first day of the period
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, (index - 1) * type.months() + 1, 1);
  }

  /**
   * Returns the last day, the day a deadline written as this period resolves to.
   *
   * @return the last day of the period
   */
  public LocalDate lastDay() {
    return firstDay().plusMonths(type.months()).minusDays(1);
  }

  /**
   * Returns the days of the period as a half-open range.
   *
   * @return the range, end exclusive
   */
  public LocalDateRange range() {
    return LocalDateRange.of(firstDay(), firstDay().plusMonths(type.months()));
  }

  /**
   * Tells whether a date lies in the period.
   *
   * @param date the date
   * @return true if the date is on or after the first day and on or before the last day
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Tells whether another period lies entirely within this one.
   *
   * @param other the other period
   * @return true if every day of the other is in this one
   */
  public boolean encloses(ReportPeriod other) {
    Objects.requireNonNull(other, "other");
    return contains(other.firstDay()) && contains(other.lastDay());
  }

  /**
   * Returns the same period one year earlier, the "previous year" column of a report.
   *
   * @return the period a year earlier
   */
  public ReportPeriod sameOneYearEarlier() {
    return of(type, year - 1, index);
  }

  /**
   * Returns the period of the same type that follows this one.
   *
   * @return the next period
   */
  public ReportPeriod next() {
    int max = 12 / type.months();
    return index == max ? of(type, year + 1, 1) : of(type, year, index + 1);
  }

  /**
   * Returns the period of the same type that precedes this one.
   *
   * @return the previous period
   */
  public ReportPeriod previous() {
    return index == 1 ? of(type, year - 1, 12 / type.months()) : of(type, year, index - 1);
  }

  /**
   * Returns the periods of a shorter type that make up this one, in order.
   *
   * @param shorter a type no longer than this period's
   * @return the sub-periods
   * @throws DateTimeException if the type is longer than this period's
   */
  public List<ReportPeriod> split(Type shorter) {
    Objects.requireNonNull(shorter, "shorter");
    if (shorter.months() > type.months()) {
      throw new DateTimeException("Cannot split a " + type + " into " + shorter + "s");
    }
    List<ReportPeriod> parts = new ArrayList<>();
    for (ReportPeriod p = containing(shorter, firstDay()); encloses(p); p = p.next()) {
      parts.add(p);
      if (p.lastDay().equals(lastDay())) {
        break;
      }
    }
    return List.copyOf(parts);
  }

  /**
   * Returns the Vietnamese name, such as "Quý I/2024", "6 tháng đầu năm 2024", "Tháng 3/2024" or "Năm 2024".
   *
   * @return the name
   */
  public String label() {
    return switch (type) {
      case YEAR -> "Năm " + year;
      case HALF -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case QUARTER -> "Quý " + "I II III IV".split(" ")[index - 1] + "/" + year;
      case MONTH -> "Tháng " + index + "/" + year;
    };
  }

  @Override
  public int compareTo(ReportPeriod other) {
    int c = firstDay().compareTo(other.firstDay());
    return c != 0 ? c : Integer.compare(other.type.months(), type.months());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportPeriod p && p.type == type && p.year == year && p.index == index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, year, index);
  }

  /**
   * Returns the period code that {@link #parse} reads back: {@code 2024}, {@code 2024S1}, {@code 2024Q1} or {@code
   * 2024-03}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return switch (type) {
      case YEAR -> Integer.toString(year);
      case HALF -> year + "S" + index;
      case QUARTER -> year + "Q" + index;
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, index);
    };
  }
}
