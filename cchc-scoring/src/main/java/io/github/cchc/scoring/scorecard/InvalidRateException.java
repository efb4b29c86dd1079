package io.github.cchc.scoring.scorecard;

/**
 * Thrown when a {@link Rate} cannot be made: text that is neither {@code n/d} nor {@code p%}, a negative part, a
 * denominator that is not above zero, or a number with an exponent beyond ±{@value Rate#MAX_EXPONENT}. The message
 * quotes the offending text or parts.
 */
public final class InvalidRateException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  InvalidRateException(String message) {
    super(message);
  }

  InvalidRateException(String message, Throwable cause) {
    super(message, cause);
  }
}
