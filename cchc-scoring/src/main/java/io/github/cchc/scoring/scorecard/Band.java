package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of a {@link ScoringMethod.Bands} method: a rate that reaches the bound earns the fraction of the maximum.
 *
 * <p>The bound is inclusive ({@code từ / ít nhất X%}: at least X%) or strict ({@code trên X%}: more than X%), as the
 * criteria documents word it. For "100% → full, 80–&lt;100% → half, else 0" write {@code atLeast(100, 1)} then
 * {@code atLeast(80, 0.5)}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param percent the bound in percent
 * @param inclusive true for "at least", false for "more than"
 * @param fraction the fraction of the maximum earned, within 0..1
 */
public record Band(BigDecimal percent, boolean inclusive, BigDecimal fraction) {

  /**
   * Checks presence.
   *
   * @throws NullPointerException if a part is null
   */
  public Band {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(fraction, "fraction");
  }

  /**
   * Obtains an inclusive band: a rate of at least {@code percent} earns {@code fraction} of the maximum.
   *
   * @param percent the bound in percent
   * @param fraction the fraction of the maximum, within 0..1
   * @return the band
   */
  public static Band atLeast(BigDecimal percent, BigDecimal fraction) {
    return new Band(percent, true, fraction);
  }

  /**
   * Obtains a strict band: a rate of more than {@code percent} earns {@code fraction} of the maximum.
   *
   * @param percent the bound in percent
   * @param fraction the fraction of the maximum, within 0..1
   * @return the band
   */
  public static Band moreThan(BigDecimal percent, BigDecimal fraction) {
    return new Band(percent, false, fraction);
  }

  /**
   * Tells whether a rate reaches this band.
   *
   * @param rate the rate
   * @return true if the rate is at least (or more than) the bound
   */
  public boolean isReachedBy(Rate rate) {
    int c = rate.compareToPercent(percent);
    return inclusive ? c >= 0 : c > 0;
  }
}
