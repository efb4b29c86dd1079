package io.github.cchc.reporting;

import io.github.cchc.scoring.indicator.IndicatorValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Shares handed to cells and charts unrounded, so that the renderer's rounding for display is the only one.
 *
 * <p>A share is {@code numerator × 100 ÷ denominator} cut (not rounded) after ten decimals. Cutting changes no
 * rounding to nine decimals or fewer: the half-way points of such a rounding have at most ten decimals, so a
 * non-negative value and its cut lie on the same side of each of them. "95,57%" is thus the exact share rounded half
 * up once, by the renderer.
 */
final class Shares {

  private static final int SCALE = 10;

  private Shares() {}

  /** Returns the share of a ratio, flags or a reported percentage, empty for a count, a pair or a zero total. */
  static Optional<BigDecimal> of(IndicatorValue value) {
    return value.share(SCALE, RoundingMode.DOWN).map(Shares::plain);
  }

  /** Returns {@code part × 100 ÷ total}, empty for a zero total. */
  static Optional<BigDecimal> of(long part, long total) {
    return total == 0 ? Optional.empty() : of(IndicatorValue.ratio(part, total));
  }

  /** Drops trailing zeros, keeping a whole number whole: 95.5700000000 → 95.57, 100.0000000000 → 100. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }
}
