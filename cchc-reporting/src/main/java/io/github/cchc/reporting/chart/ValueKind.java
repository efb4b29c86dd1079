package io.github.cchc.reporting.chart;

/** What the values of a chart measure, which decides how its axis and labels are written. */
public enum ValueKind {
  /** Counts or amounts. */
  NUMBER,
  /** Percentages in percent points; the axis runs to at least 100. */
  PERCENT
}
