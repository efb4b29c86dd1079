package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.internal.Errors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rate kept as its numerator and denominator, for example 45 of 50 dossiers finished on time.
 *
 * <p>Keeping both parts means that comparisons with thresholds ("≥ 80%") are exact: no binary floating point and no
 * rounding take part. A percentage given as a number is kept over 100, so {@code Rate.ofPercent(90.5)} is {@code
 * 90.5/100}. A rate is a share of a whole: a part above the whole ({@code 13/12}, {@code 130%}) is refused, as are
 * negative rates and zero denominators (a rate with nothing to count is missing data, not zero).
 *
 * <p>The text form is {@code numerator/denominator}, for example {@code 45/50}; {@link #parse(CharSequence)} also reads
 * a percentage such as {@code 90%} or {@code 90.5%}. Equality compares the two parts, so {@code 45/50} and {@code 9/10}
 * are different values with the same {@linkplain #compareTo(Rate) order}. Parts are kept without a negative scale
 * ({@code 1E+3} is kept as {@code 1000}), so that {@code parse(toString())} gives an equal rate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate> {

  /**
   * The largest power of ten a numerator or denominator may carry ({@code 1e1000}, {@code 1e-1000}). Counts and
   * percentages never come near it; the limit keeps the exact arithmetic on a hostile value such as {@code
   * 1e999999999} from running out of memory or overflowing the scale.
   */
  public static final int MAX_EXPONENT = 1000;

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
   * @param numerator the part, zero to the whole
   * @param denominator the whole, more than zero
   * @return the rate
   * @throws ModelRuleException if the numerator is negative or above the denominator, or the denominator is not
   *     positive
   */
  public static Rate of(long numerator, long denominator) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Obtains a rate from an exact numerator and denominator.
   *
   * @param numerator the part, zero to the whole
   * @param denominator the whole, more than zero
   * @return the rate
   * @throws ModelRuleException if the numerator is negative or above the denominator, the denominator is not
   *     positive, or either carries an exponent beyond ±{@value #MAX_EXPONENT}
   */
  public static Rate of(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    String[] wrong = wrong(numerator, denominator);
    if (wrong != null) {
      // toString, not toPlainString: 1e999999999 would be written out digit by digit.
      String text = numerator + "/" + denominator;
      throw Errors.rule(ModelRuleException.Kind.RATE, text, "Tỷ lệ " + text + " không hợp lệ: cần " + wrong[0],
          "Invalid rate " + text + ": expected " + wrong[1]);
    }
    return new Rate(plain(numerator), plain(denominator));
  }

  /** What a rate's parts should be and are not, in Vietnamese and English; null when they are fine. */
  private static String[] wrong(BigDecimal numerator, BigDecimal denominator) {
    for (BigDecimal part : new BigDecimal[] {numerator, denominator}) {
      // The power of ten of the leading digit; scale alone would let 10^999999 digits through as 1000…0 unscaled.
      long exponent = (long) part.precision() - part.scale() - 1;
      if (part.signum() != 0 && (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT)) {
        return new String[] {"các phần trong khoảng 1e-" + MAX_EXPONENT + " đến 1e" + MAX_EXPONENT,
            "parts within 1e-" + MAX_EXPONENT + " and 1e" + MAX_EXPONENT};
      }
    }
    if (numerator.signum() < 0) {
      return new String[] {"một tỷ lệ không âm", "a rate that is not negative"};
    }
    if (denominator.signum() <= 0) {
      return new String[] {"mẫu số lớn hơn 0", "a denominator above zero"};
    }
    if (numerator.compareTo(denominator) > 0) {
      return new String[] {"phần không lớn hơn tổng (tối đa 100%)", "a part not above its whole (at most 100%)"};
    }
    return null;
  }

  // 1E+1 prints as 10, which parses back with scale 0: keep no negative scale, so that parse(toString()) is equal.
  // Raising the scale only appends zeros, hence UNNECESSARY: it never rounds.
  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
  }

  /**
   * Obtains a rate from a percentage, kept exactly as {@code percent/100}.
   *
   * @param percent the percentage, 0 to 100
   * @return the rate
   * @throws ModelRuleException if the percentage is negative, above 100 or beyond ±{@value #MAX_EXPONENT} powers of
   *     ten
   */
  public static Rate ofPercent(BigDecimal percent) {
    return of(percent, HUNDRED);
  }

  /**
   * Parses {@code n/d} (as {@link #toString()} writes it) or a percentage {@code p%}.
   *
   * @param text the text, such as {@code 45/50} or {@code 90.5%}
   * @return the rate
   * @throws TextParseException if the text is neither form, or the rate is negative, above 100%, has a denominator
   *     that is not above zero, or a part beyond ±{@value #MAX_EXPONENT} powers of ten; the message quotes the text
   */
  public static Rate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    BigDecimal numerator;
    BigDecimal denominator;
    try {
      if (s.endsWith("%")) {
        numerator = new BigDecimal(s.substring(0, s.length() - 1).strip());
        denominator = HUNDRED;
      } else {
        int slash = s.indexOf('/');
        if (slash <= 0) {
          throw notRate(s);
        }
        numerator = new BigDecimal(s.substring(0, slash).strip());
        denominator = new BigDecimal(s.substring(slash + 1).strip());
      }
    } catch (NumberFormatException e) {
      throw notRate(s);
    }
    String[] wrong = wrong(numerator, denominator);
    if (wrong != null) {
      throw Errors.parse(TextParseException.Kind.RATE, s, 0, wrong[0], wrong[1]);
    }
    return new Rate(plain(numerator), plain(denominator));
  }

  private static TextParseException notRate(String s) {
    return Errors.parse(TextParseException.Kind.RATE, s, 0, "n/d như 45/50, hoặc p% như 90%",
        "n/d such as 45/50, or p% such as 90%");
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
