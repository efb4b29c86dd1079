package io.github.cchc.core.inspection;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * When the inspection team may visit: one or more quarters ("Quý II, III năm 2024") or a date range ("Từ tháng
 * 3/2023 đến tháng 12/2023").
 *
 * <p>The window is held as sorted, non-overlapping, half-open {@link LocalDateRange}s; quarters that follow each other
 * are joined into one range, while "Quý II và Quý IV" leaves a gap. {@link #toString()} writes the quarters ({@code
 * "2024Q2,2024Q3"}) or the range in threeten-extra's form ({@code "2023-03-01/2024-01-01"}, end exclusive), which
 * {@link #parse} reads back.
 *
 * <pre>{@code
 * InspectionWindow w = InspectionWindow.ofQuarters(YearQuarter.of(2024, 2), YearQuarter.of(2024, 3));
 * w.contains(LocalDate.of(2024, 7, 15));   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InspectionWindow {

  private final List<YearQuarter> quarters;
  private final List<LocalDateRange> ranges;

  private InspectionWindow(List<YearQuarter> quarters, List<LocalDateRange> ranges) {
    this.quarters = List.copyOf(quarters);
    this.ranges = List.copyOf(ranges);
  }

  /**
   * Returns the window of some quarters, in any order; duplicates are ignored.
   *
   * @param quarters the quarters, at least one
   * @return the window
   * @throws IllegalArgumentException if no quarter is given
   */
  public static InspectionWindow ofQuarters(YearQuarter... quarters) {
    return ofQuarters(Arrays.asList(Objects.requireNonNull(quarters, "quarters")));
  }

  /**
   * Returns the window of some quarters, in any order; duplicates are ignored.
   *
   * @param quarters the quarters, at least one
   * @return the window
   * @throws IllegalArgumentException if no quarter is given
   */
  public static InspectionWindow ofQuarters(Collection<YearQuarter> quarters) {
    Objects.requireNonNull(quarters, "quarters");
    TreeSet<YearQuarter> sorted = new TreeSet<>();
    for (YearQuarter q : quarters) {
      sorted.add(Objects.requireNonNull(q, "quarter"));
    }
    if (sorted.isEmpty()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "window", "Thời gian kiểm tra cần ít nhất một quý",
          "An inspection window needs at least one quarter");
    }
    List<LocalDateRange> ranges = new ArrayList<>();
    for (YearQuarter q : sorted) {
      ranges.add(LocalDateRange.ofClosed(q.atDay(1), q.atEndOfQuarter()));
    }
    return new InspectionWindow(List.copyOf(sorted), join(ranges));
  }

  /**
   * Returns the window of one date range.
   *
   * @param range the range, half-open and not empty
   * @return the window
   * @throws IllegalArgumentException if the range is empty or unbounded
   */
  public static InspectionWindow ofRange(LocalDateRange range) {
    return ofRanges(List.of(Objects.requireNonNull(range, "range")));
  }

  /**
   * Returns the window from the first day of one month to the last day of another, as in "Từ tháng 3/2023 đến tháng
   * 12/2023".
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return the window
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static InspectionWindow ofMonths(YearMonth first, YearMonth last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "window",
          "Tháng cuối của thời gian kiểm tra " + last + " trước tháng đầu " + first,
          "The window's last month " + last + " is before its first month " + first);
    }
    return ofRange(LocalDateRange.ofClosed(first.atDay(1), last.atEndOfMonth()));
  }

  private static InspectionWindow ofRanges(Collection<LocalDateRange> ranges) {
    Objects.requireNonNull(ranges, "ranges");
    List<LocalDateRange> list = new ArrayList<>();
    for (LocalDateRange r : ranges) {
      Objects.requireNonNull(r, "range");
      if (r.isEmpty() || r.isUnboundedStart() || r.isUnboundedEnd()) {
        throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "window",
            "Khoảng thời gian kiểm tra phải có đầu, có cuối và không rỗng: " + r,
            "An inspection window range must be bounded and not empty: " + r);
      }
      list.add(r);
    }
    if (list.isEmpty()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "window",
          "Thời gian kiểm tra cần ít nhất một khoảng ngày",
          "An inspection window needs at least one date range");
    }
    return new InspectionWindow(List.of(), join(list));
  }

  private static List<LocalDateRange> join(List<LocalDateRange> given) {
    List<LocalDateRange> sorted = new ArrayList<>(given);
    sorted.sort(Comparator.comparing(LocalDateRange::getStart));
    List<LocalDateRange> out = new ArrayList<>();
    for (LocalDateRange r : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).isConnected(r)) {
        out.set(out.size() - 1, out.get(out.size() - 1).span(r));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Reads the form written by {@link #toString()}: comma-separated quarters such as {@code "2024Q2,2024Q3"}, or one
   * half-open range such as {@code "2023-03-01/2024-01-01"}.
   *
   * @param text the text
   * @return the window
   * @throws DateTimeException if a part is neither a quarter nor a range
   * @throws IllegalArgumentException if a range is empty
   */
  public static InspectionWindow parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.toString().strip().split("\\s*,\\s*");
    List<YearQuarter> qs = new ArrayList<>();
    List<LocalDateRange> rs = new ArrayList<>();
    for (String p : parts) {
      if (p.contains("/")) {
        rs.add(LocalDateRange.parse(p));
      } else {
        qs.add(YearQuarter.parse(p.replace("Q", "-Q")));
      }
    }
    if (!qs.isEmpty() && !rs.isEmpty() || rs.size() > 1) {
      throw new DateTimeException("An inspection window is quarters or one date range: '" + text + "'");
    }
    return qs.isEmpty() ? ofRanges(rs) : ofQuarters(qs);
  }

  /**
   * Returns the quarters the window was given as, empty for a window given as date ranges.
   *
   * @return the quarters, in order
   */
  public List<YearQuarter> quarters() {
    return quarters;
  }

  /**
   * Returns the window as sorted, non-overlapping, half-open ranges.
   *
   * @return the ranges
   */
  public List<LocalDateRange> ranges() {
    return ranges;
  }

  /**
   * Returns the first day of the window.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return ranges.get(0).getStart();
  }

  /**
   * Returns the last day of the window, inclusive.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return ranges.get(ranges.size() - 1).getEndInclusive();
  }

  /**
   * Tells whether a date falls in the window.
   *
   * @param date the date
   * @return true if one of the ranges contains it
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (LocalDateRange r : ranges) {
      if (r.contains(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the Vietnamese label, such as "Quý II, III năm 2024" or "Từ 01/03/2023 đến 31/12/2023".
   *
   * @return the label
   */
  public String label() {
    if (!quarters.isEmpty() && quarters.stream().map(YearQuarter::getYear).distinct().count() == 1) {
      return "Quý " + quarters.stream().map(q -> roman(q.getQuarterValue())).collect(Collectors.joining(", "))
          + " năm " + quarters.get(0).getYear();
    }
    if (!quarters.isEmpty()) {
      return quarters.stream().map(q -> "Quý " + roman(q.getQuarterValue()) + "/" + q.getYear())
          .collect(Collectors.joining(", "));
    }
    return ranges.stream().map(r -> "Từ " + vi(r.getStart()) + " đến " + vi(r.getEndInclusive()))
        .collect(Collectors.joining("; "));
  }

  /**
   * Returns the English label, such as "Q2, Q3 2024" or "2023-03-01 to 2023-12-31".
   *
   * @return the label
   */
  public String labelEn() {
    if (!quarters.isEmpty()) {
      return quarters.stream().map(q -> "Q" + q.getQuarterValue() + "/" + q.getYear())
          .collect(Collectors.joining(", "));
    }
    return ranges.stream().map(r -> r.getStart() + " to " + r.getEndInclusive()).collect(Collectors.joining("; "));
  }

  private static String roman(int q) {
    return switch (q) {
      case 1 -> "I";
      case 2 -> "II";
      case 3 -> "III";
      default -> "IV";
    };
  }

  private static String vi(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InspectionWindow w && quarters.equals(w.quarters) && ranges.equals(w.ranges);
  }

  @Override
  public int hashCode() {
    return Objects.hash(quarters, ranges);
  }

  /**
   * Returns the quarters ({@code "2024Q2,2024Q3"}) or the ranges ({@code "2023-03-01/2024-01-01"}).
   *
   * @return the text that {@link #parse} reads
   */
  @Override
  public String toString() {
    if (!quarters.isEmpty()) {
      return quarters.stream().map(q -> q.getYear() + "Q" + q.getQuarterValue()).collect(Collectors.joining(","));
    }
    return ranges.stream().map(LocalDateRange::toString).collect(Collectors.joining(","));
  }
}
