package io.github.cchc.scoring.indicator;

/**
 * What kind of value an indicator holds, which decides how it aggregates.
 */
public enum ValueType {
  /** A count; counts sum. */
  COUNT,
  /**
   * A percentage. Kept as numerator and denominator when they are known, so that it aggregates as the ratio of the
   * summed parts; a percentage reported without its parts cannot be aggregated.
   */
  PERCENT,
  /** A yes/no flag, 0 or 1 for one unit; over several units it becomes "k of n units" and a share. */
  FLAG,
  /** A count with its share ("… hồ sơ = …%"): the numerator and the denominator are both kept. */
  COUNT_WITH_SHARE,
  /**
   * Two counts reported together, neither a share of the other, such as meetings and their participants ("Cuộc/người
   * tham gia"); each sums.
   */
  PAIR
}
