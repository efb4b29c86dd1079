package io.github.cchc.reporting.chart;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart: one bar per category, horizontal (long labels such as unit names read well) or vertical.
 *
 * <pre>{@code
 * BarChart chart = BarChart.horizontal("Tỷ lệ hồ sơ đúng hạn", "Đơn vị", "Tỷ lệ", ValueKind.PERCENT,
 *         List.of(BarChart.Bar.of("Sở Tư pháp", new BigDecimal("98.5"))))
 *     .sortedDescending();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the title
 * @param categoryTitle the title of the category axis, such as "Đơn vị"
 * @param valueTitle the title of the value axis, such as "Tỷ lệ"
 * @param kind what the values measure
 * @param orientation the direction of the bars
 * @param bars the bars, in the order drawn
 */
public record BarChart(
    String title,
    String categoryTitle,
    String valueTitle,
    ValueKind kind,
    Orientation orientation,
    List<Bar> bars)
    implements Chart {

  /** The direction of the bars. */
  public enum Orientation {
    /** Bars from left to right, labels on the left. */
    HORIZONTAL,
    /** Columns from the bottom up, labels below. */
    VERTICAL
  }

  /**
   * One bar.
   *
   * @param label the category, in NFC
   * @param value the value, not negative
   */
  public record Bar(String label, BigDecimal value) {
    /**
     * Creates a bar.
     *
     * @param label the category
     * @param value the value, not negative
     * @throws IllegalArgumentException if the value is negative
     */
    public Bar {
      label = ChartTexts.nfc(label, "bar label");
      Objects.requireNonNull(value, "value");
      if (value.signum() < 0) {
        throw new IllegalArgumentException("Bar '" + label + "' has a negative value: " + value);
      }
    }

    /**
     * Creates a bar.
     *
     * @param label the category
     * @param value the value, not negative
     * @return the bar
     * @throws IllegalArgumentException if the value is negative
     */
    public static Bar of(String label, BigDecimal value) {
      return new Bar(label, value);
    }

    /**
     * Creates a bar.
     *
     * @param label the category
     * @param value the value, not negative
     * @return the bar
     * @throws IllegalArgumentException if the value is negative
     */
    public static Bar of(String label, long value) {
      return new Bar(label, BigDecimal.valueOf(value));
    }
  }

  /**
   * Creates a bar chart.
   *
   * @param title the title, not blank
   * @param categoryTitle the title of the category axis, not blank
   * @param valueTitle the title of the value axis, not blank
   * @param kind what the values measure
   * @param orientation the direction of the bars
   * @param bars the bars
   * @throws IllegalArgumentException if a title is blank
   */
  public BarChart {
    title = ChartTexts.nonBlank(title, "title");
    categoryTitle = ChartTexts.nonBlank(categoryTitle, "category title");
    valueTitle = ChartTexts.nonBlank(valueTitle, "value title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(orientation, "orientation");
    bars = List.copyOf(bars);
  }

  /**
   * Creates a horizontal bar chart.
   *
   * @param title the title, not blank
   * @param categoryTitle the title of the category axis, not blank
   * @param valueTitle the title of the value axis, not blank
   * @param kind what the values measure
   * @param bars the bars
   * @return the chart
   * @throws IllegalArgumentException if a title is blank
   */
  public static BarChart horizontal(
      String title, String categoryTitle, String valueTitle, ValueKind kind, List<Bar> bars) {
    return new BarChart(title, categoryTitle, valueTitle, kind, Orientation.HORIZONTAL, bars);
  }

  /**
   * Creates a vertical bar chart.
   *
   * @param title the title, not blank
   * @param categoryTitle the title of the category axis, not blank
   * @param valueTitle the title of the value axis, not blank
   * @param kind what the values measure
   * @param bars the bars
   * @return the chart
   * @throws IllegalArgumentException if a title is blank
   */
  public static BarChart vertical(
      String title, String categoryTitle, String valueTitle, ValueKind kind, List<Bar> bars) {
    return new BarChart(title, categoryTitle, valueTitle, kind, Orientation.VERTICAL, bars);
  }

  /**
   * Returns a copy with the bars sorted by value, largest first; equal values keep their order.
   *
   * @return the sorted chart
   */
  public BarChart sortedDescending() {
    List<Bar> sorted = bars.stream().sorted(Comparator.comparing(Bar::value).reversed()).toList();
    return new BarChart(title, categoryTitle, valueTitle, kind, orientation, sorted);
  }

  @Override
  public boolean isEmpty() {
    return bars.isEmpty();
  }
}
