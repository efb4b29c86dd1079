package io.github.cchc.reporting.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A line chart of one or more series over the same ordered categories, such as months. A missing value breaks the
 * line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the title
 * @param categoryTitle the title of the horizontal axis, such as "Tháng"
 * @param kind what the values measure
 * @param categories the points of the horizontal axis, in order
 * @param series the lines
 */
public record LineChart(
    String title, String categoryTitle, ValueKind kind, List<String> categories, List<Series> series)
    implements Chart {

  /**
   * One line: a name and one value (or none) per category.
   *
   * @param name the name, shown in the legend
   * @param values the values, absent where there is none
   */
  public record Series(String name, List<Optional<BigDecimal>> values) {
    /**
     * Creates a series.
     *
     * @param name the name, not blank
     * @param values the values
     * @throws IllegalArgumentException if the name is blank
     */
    public Series {
      name = ChartTexts.nonBlank(name, "series name");
      values = List.copyOf(values);
    }

    /**
     * Creates a series with a value for every category.
     *
     * @param name the name, not blank
     * @param values the values
     * @return the series
     * @throws IllegalArgumentException if the name is blank
     */
    public static Series of(String name, List<BigDecimal> values) {
      return new Series(name, values.stream().map(Optional::of).toList());
    }
  }

  /**
   * Creates a line chart.
   *
   * @param title the title, not blank
   * @param categoryTitle the title of the horizontal axis, not blank
   * @param kind what the values measure
   * @param categories the categories
   * @param series the series, each with one value per category
   * @throws IllegalArgumentException if a title is blank or a series has as many values as there are categories
   */
  public LineChart {
    title = ChartTexts.nonBlank(title, "title");
    categoryTitle = ChartTexts.nonBlank(categoryTitle, "category title");
    Objects.requireNonNull(kind, "kind");
    categories = categories.stream().map(c -> ChartTexts.nfc(c, "category")).toList();
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "Series '" + s.name() + "' of chart '" + title + "' has " + s.values().size() + " values for "
                + categories.size() + " categories");
      }
    }
  }

  /**
   * Creates a line chart.
   *
   * @param title the title, not blank
   * @param categoryTitle the title of the horizontal axis, not blank
   * @param kind what the values measure
   * @param categories the categories
   * @param series the series, each with one value per category
   * @return the chart
   * @throws IllegalArgumentException if a title is blank or a series does not have one value per category
   */
  public static LineChart of(
      String title, String categoryTitle, ValueKind kind, List<String> categories, List<Series> series) {
    return new LineChart(title, categoryTitle, kind, categories, series);
  }

  @Override
  public boolean isEmpty() {
    return categories.isEmpty()
        || series.stream().allMatch(s -> s.values().stream().allMatch(Optional::isEmpty));
  }
}
