package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a total is brought to the 100 scale when some criteria are not applicable (không áp dụng): those criteria leave
 * both the achieved points and the maximum, so the index is achieved ÷ applicable maximum × 100.
 *
 * <p>For example 61.5 points achieved of 74 applicable (26 of the full 100 not applicable) give a factor of 100 ÷ 74 =
 * 1.3514 and an index of 83.11. The index is computed from the exact quotient and rounded once, to
 * {@value ScoreResult#INDEX_SCALE} decimals with {@link RoundingMode#HALF_UP}; the factor is shown for readers and
 * takes no part in it.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param achieved the points achieved on applicable criteria
 * @param applicableMax the maximum of the applicable criteria, above zero
 * @param fullMax the maximum of all criteria
 */
public record Rescaling(BigDecimal achieved, BigDecimal applicableMax, BigDecimal fullMax) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the applicable maximum is not above zero or exceeds the full maximum, or the
   *     achieved points are negative or above the applicable maximum
   */
  public Rescaling {
    Objects.requireNonNull(achieved, "achieved");
    Objects.requireNonNull(applicableMax, "applicableMax");
    Objects.requireNonNull(fullMax, "fullMax");
    if (applicableMax.signum() <= 0 || applicableMax.compareTo(fullMax) > 0) {
      throw new IllegalArgumentException("Applicable maximum " + applicableMax.toPlainString()
          + " must be above zero and at most the full maximum " + fullMax.toPlainString());
    }
    if (achieved.signum() < 0 || achieved.compareTo(applicableMax) > 0) {
      throw new IllegalArgumentException("Achieved points " + achieved.toPlainString() + " are outside 0.."
          + applicableMax.toPlainString());
    }
  }

  /**
   * Returns the index: achieved ÷ applicable maximum × 100, rounded to {@value ScoreResult#INDEX_SCALE} decimals
   * {@link RoundingMode#HALF_UP}.
   *
   * @return the index within 0..100
   */
  public BigDecimal index() {
    return index(achieved, applicableMax);
  }

  /**
   * Returns the factor full maximum ÷ applicable maximum, to 4 decimals {@link RoundingMode#HALF_UP}; 1 when every
   * criterion is applicable. For display only.
   *
   * @return the factor, at least 1
   */
  public BigDecimal factor() {
    return fullMax.divide(applicableMax, 4, RoundingMode.HALF_UP);
  }

  /**
   * Returns the achieved points brought to the full maximum's scale: achieved × full ÷ applicable, rounded to
   * {@value ScoreResult#POINTS_SCALE} decimals {@link RoundingMode#HALF_UP}. With a full maximum of 100 this equals
   * the index.
   *
   * @return the rescaled points
   */
  public BigDecimal rescaledPoints() {
    return achieved.multiply(fullMax).divide(applicableMax, ScoreResult.POINTS_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Tells whether any criterion was left out as not applicable.
   *
   * @return true if the applicable maximum is below the full maximum
   */
  public boolean isRescaled() {
    return applicableMax.compareTo(fullMax) < 0;
  }

  static BigDecimal index(BigDecimal achieved, BigDecimal applicableMax) {
    return achieved.multiply(HUNDRED).divide(applicableMax, ScoreResult.INDEX_SCALE, ScoreResult.ROUNDING);
  }
}
