package io.github.cchc.scoring.indicator;

/**
 * How an indicator aggregates over time, a choice separate from how it aggregates up the hierarchy (which is always
 * a sum of counts, of numerators and of denominators).
 */
public enum TimeAggregation {
  /** A flow: the value of a longer period is the sum of its parts (dossiers received, documents issued). */
  SUM,
  /**
   * A stock: the value of a longer period is the value of its last part (procedures in force, staff on the payroll,
   * dossiers overdue at the period's end).
   */
  LAST
}
