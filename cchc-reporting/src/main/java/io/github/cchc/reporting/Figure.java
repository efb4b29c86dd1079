package io.github.cchc.reporting;

import io.github.cchc.reporting.chart.Chart;
import java.util.Objects;

/**
 * A chart placed in a report. HTML shows it as inline SVG; Markdown, CSV and XLSX show its data as a table
 * ({@link #dataTable(ReportLocale)}); JSON gives its data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param chart the chart
 */
public record Figure(Chart chart) implements Block {

  /**
   * Creates a figure.
   *
   * @param chart the chart
   */
  public Figure {
    Objects.requireNonNull(chart, "chart");
  }

  /**
   * Creates a figure.
   *
   * @param chart the chart
   * @return the figure
   */
  public static Figure of(Chart chart) {
    return new Figure(chart);
  }

  /**
   * Returns the chart's data as a table, for the formats that cannot draw.
   *
   * @param locale the language of the column headers
   * @return the table, titled like the chart
   */
  public Table dataTable(ReportLocale locale) {
    return ChartTables.of(chart, Objects.requireNonNull(locale, "locale"));
  }
}
