package io.github.cchc.reporting.chart;

/**
 * A chart as data: a {@link BarChart}, a {@link LineChart}, a {@link ShareChart} (pie, donut or stacked bar) or a
 * {@link TimelineChart} (a Gantt chart of visits). {@link SvgChartRenderer} draws it as inline SVG; the data itself
 * is exact ({@link java.math.BigDecimal}, {@link java.time.LocalDate}).
 */
public sealed interface Chart permits BarChart, LineChart, ShareChart, TimelineChart {

  /**
   * Returns the title.
   *
   * @return the title
   */
  String title();

  /**
   * Tells whether the chart has nothing to draw; it is then drawn as "không có dữ liệu".
   *
   * @return true if there is no data
   */
  boolean isEmpty();
}
