package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rate kept as its numerator and denominator, for example 45 of 50 dossiers finished on time.
 *
 * <p>Keeping both parts means that comparisons with thresholds ("≥ 80%") are exact: no binary floating point and no
 * rounding take part. A percentage given as a number is kept over 100, so {@code Rate.ofPercent(90.5)} is {@code
 * 90.5/100}. Rates above 100% are allowed (a plan over-fulfilled); negative rates and zero denominators are not: a rate
 * with nothing to count is missing data, not zero.
 *
 * <p>The text form is {@code numerator/denominator}, for example {@code 45/50}; {@link #parse(CharSequence)} also reads
 * a percentage such as {@code 90%} or {@code 90.5%}. Equality compares the two parts, so {@code 45/50} and {@code 9/10}
 * are different values with the same {@linkplain #compareTo(Rate) order}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Rate(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains a rate from a count and the count it is a share of.
   *
   * @param numerator the part, zero or more
   * @param denominator the whole, more than zero
   * @return the rate
   * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
   */
  public static Rate of(long numerator, long denominator) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Obtains a rate from an exact numerator and denominator.
   *
   * @param numerator the part, zero or more
   * @param denominator the whole, more than zero
   * @return the rate
   * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
   */
  public static Rate of(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (numerator.signum() < 0) {
      throw new IllegalArgumentException("A rate cannot be negative: " + numerator.toPlainString() + "/"
          + denominator.toPlainString());
    }
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("A rate needs a denominator above zero: " + numerator.toPlainString() + "/"
          + denominator.toPlainString());
    }
    return new Rate(numerator, denominator);
  }

  /**
   * Obtains a rate from a percentage, kept exactly as {@code percent/100}.
   *
   * @param percent the percentage, zero or more
   * @return the rate
   * @throws IllegalArgumentException if the percentage is negative
   */
  public static Rate ofPercent(BigDecimal percent) {
    return of(percent, HUNDRED);
  }

  /**
   * Parses {@code n/d} (as {@link #toString()} writes it) or a percentage {@code p%}.
   *
   * @param text the text, such as {@code 45/50} or {@code 90.5%}
   * @return the rate
   * @throws IllegalArgumentException if the text is neither form, or the rate is negative or has a zero denominator
   */
  public static Rate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    try {
      if (s.endsWith("%")) {
        return ofPercent(new BigDecimal(s.substring(0, s.length() - 1).strip()));
      }
      int slash = s.indexOf('/');
      if (slash > 0) {
        return of(new BigDecimal(s.substring(0, slash).strip()), new BigDecimal(s.substring(slash + 1).strip()));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a rate: \"" + s + "\" (expected n/d such as 45/50, or p% such as 90%)", e);
    }
    throw new IllegalArgumentException("Not a rate: \"" + s + "\" (expected n/d such as 45/50, or p% such as 90%)");
  }

  /**
   * Returns the numerator.
   *
   * @return the numerator, zero or more
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * Returns the denominator.
   *
   * @return the denominator, more than zero
   */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * Returns the rate as a percentage rounded to the given number of decimals with {@link RoundingMode#HALF_UP}; for
   * display only, decisions use the exact rate.
   *
   * @param scale the number of decimals
   * @return the percentage
   */
  public BigDecimal percent(int scale) {
    return numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_UP);
  }

  /**
   * Compares this rate with a percentage exactly.
   *
   * @param percent the percentage
   * @return negative, zero or positive as this rate is below, at or above the percentage
   */
  public int compareToPercent(BigDecimal percent) {
    return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator));
  }

  /**
   * Compares the values of two rates exactly.
   *
   * @param other the other rate
   * @return negative, zero or positive as this rate is below, equal to or above the other
   */
  @Override
  public int compareTo(Rate other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /**
   * Returns the rate as {@code numerator/denominator}, for example {@code 45/50}.
   *
   * @return the text that {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
