package io.github.cchc.scoring.indicator;

import io.github.cchc.core.error.AggregationException;
import io.github.cchc.core.error.internal.Errors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact value of an indicator for one unit and one period: a count, a ratio kept as its numerator and
 * denominator, a set of flags counted as "k of n units", a pair of counts reported together (meetings and their
 * participants), or a percentage reported without its parts.
 *
 * <p>Values of the same kind add up exactly: counts sum, ratios sum their numerators and their denominators (the
 * share of a sum is the ratio of the sums, never the mean of the shares), flags sum the units that said yes and the
 * units that answered, pairs sum each figure. A share is computed only when asked, with an explicit scale and
 * rounding mode.
 *
 * <pre>{@code
 * IndicatorValue a = IndicatorValue.ratio(95, 100);
 * IndicatorValue b = IndicatorValue.ratio(1, 10);
 * a.plus(b);                                      // 96/110
 * a.plus(b).share(2, RoundingMode.HALF_UP);       // Optional[87.27] (percent)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorValue {
  /** The kind of a value. */
  public enum Kind {
    /** A count. */
    COUNT,
    /** A numerator over a denominator. */
    RATIO,
    /** k units out of n said yes. */
    FLAGS,
    /**
     * Two counts reported together, such as meetings and the people who took part ("Cuộc/người tham gia"); each sums,
     * and neither is a share of the other.
     */
    PAIR,
    /** A percentage given without its numerator and denominator; it cannot be aggregated. */
    REPORTED_PERCENT
  }

  private static final Pattern TEXT =
      Pattern.compile("(\\d+)|(\\d+)/(\\d+)|flags (\\d+)/(\\d+)|pair (\\d+)/(\\d+)|(-?\\d+(?:\\.\\d+)?)%");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Kind kind;
  private final long numerator;
  private final long denominator;
  private final BigDecimal percent;

  private IndicatorValue(Kind kind, long numerator, long denominator, BigDecimal percent) {
    this.kind = kind;
    this.numerator = numerator;
    this.denominator = denominator;
    this.percent = percent;
  }

  /**
   * Returns a count.
   *
   * @param count the count, zero or more
   * @return the value
   * @throws IllegalArgumentException if the count is negative
   */
  public static IndicatorValue count(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("A count cannot be negative: " + count);
    }
    return new IndicatorValue(Kind.COUNT, count, 0, null);
  }

  /**
   * Returns a ratio of a numerator to a denominator. The numerator may exceed the denominator (computers per person).
   *
   * @param numerator the numerator, zero or more
   * @param denominator the denominator, zero or more
   * @return the value
   * @throws IllegalArgumentException if either part is negative
   */
  public static IndicatorValue ratio(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("A ratio has no negative part: " + numerator + "/" + denominator);
    }
    return new IndicatorValue(Kind.RATIO, numerator, denominator, null);
  }

  /**
   * Returns the flag of one unit: 1 of 1 for yes, 0 of 1 for no.
   *
   * @param yes the answer
   * @return the value
   */
  public static IndicatorValue flag(boolean yes) {
    return flags(yes ? 1 : 0, 1);
  }

  /**
   * Returns flags over several units: {@code yes} of {@code units} said yes.
   *
   * @param yes the units that said yes
   * @param units the units that answered
   * @return the value
   * @throws IllegalArgumentException if a part is negative or {@code yes} exceeds {@code units}
   */
  public static IndicatorValue flags(long yes, long units) {
    if (yes < 0 || units < 0 || yes > units) {
      throw new IllegalArgumentException("Flags need 0 <= yes <= units: " + yes + " of " + units);
    }
    return new IndicatorValue(Kind.FLAGS, yes, units, null);
  }

  /**
   * Returns two counts reported together, such as 3 meetings with 120 participants.
   *
   * @param first the first figure, zero or more
   * @param second the second figure, zero or more
   * @return the value
   * @throws IllegalArgumentException if either figure is negative
   */
  public static IndicatorValue pair(long first, long second) {
    if (first < 0 || second < 0) {
      throw new IllegalArgumentException("A pair of counts has no negative figure: " + first + "/" + second);
    }
    return new IndicatorValue(Kind.PAIR, first, second, null);
  }

  /**
   * Returns a percentage reported without its parts, such as 12.5 for 12.5%. Prefer {@link #ratio(long, long)}:
   * only a ratio can be aggregated.
   *
   * @param percent the percentage
   * @return the value
   */
  public static IndicatorValue reportedPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return new IndicatorValue(Kind.REPORTED_PERCENT, 0, 0, percent);
  }

  /**
   * Parses the text that {@link #toString()} writes: {@code 120}, {@code 95/120}, {@code flags 3/5}, {@code pair
   * 3/120}, {@code 12.5%}.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException if the text is none of these forms, naming it
   */
  public static IndicatorValue parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Not an indicator value (expected 120, 95/120, flags 3/5, pair 3/120 or 12.5%): '" + text + "'");
    }
    try {
      if (m.group(1) != null) {
        return count(Long.parseLong(m.group(1)));
      }
      if (m.group(2) != null) {
        return ratio(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
      }
      if (m.group(4) != null) {
        return flags(Long.parseLong(m.group(4)), Long.parseLong(m.group(5)));
      }
      if (m.group(6) != null) {
        return pair(Long.parseLong(m.group(6)), Long.parseLong(m.group(7)));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Indicator value out of range: '" + text + "'", e);
    }
    return reportedPercent(new BigDecimal(m.group(8)));
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the count, the numerator of a ratio, the units that said yes or the first figure of a pair; 0 for a
   * reported percentage.
   *
   * @return the numerator
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the denominator of a ratio or the units that answered; empty for a count or a reported percentage.
   *
   * @return the denominator
   */
  public OptionalLong denominator() {
    return kind == Kind.RATIO || kind == Kind.FLAGS ? OptionalLong.of(denominator) : OptionalLong.empty();
  }

  /**
   * Returns the second figure of a pair; empty for any other kind.
   *
   * @return the second figure
   */
  public OptionalLong second() {
    return kind == Kind.PAIR ? OptionalLong.of(denominator) : OptionalLong.empty();
  }

  /**
   * Returns the share in percent, rounded to the given scale: the ratio times 100, the flags' share of yes, or the
   * reported percentage. Empty for a count and a pair, and for a zero denominator (a share of nothing is not 0%).
   *
   * @param scale the decimal places of the percentage
   * @param rounding how to round
   * @return the percentage
   */
  public Optional<BigDecimal> share(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return switch (kind) {
      case COUNT, PAIR -> Optional.empty();
      case REPORTED_PERCENT -> Optional.of(percent.setScale(scale, rounding));
      case RATIO, FLAGS -> denominator == 0
          ? Optional.empty()
          : Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
              .divide(BigDecimal.valueOf(denominator), scale, rounding));
    };
  }

  /**
   * Adds another value of the same kind: counts sum; ratios and flags sum their numerators and denominators; pairs
   * sum each figure.
   *
   * @param other the other value
   * @return the sum
   * @throws io.github.cchc.core.error.AggregationException if the kinds differ or either is a reported percentage
   * @throws ArithmeticException if a sum overflows a long
   */
  public IndicatorValue plus(IndicatorValue other) {
    Objects.requireNonNull(other, "other");
    if (kind != other.kind || kind == Kind.REPORTED_PERCENT) {
      throw Errors.aggregation(AggregationException.Kind.NOT_AGGREGATABLE, "",
          "Không cộng được " + this + " (" + kind + ") và " + other + " (" + other.kind
              + "): chỉ cộng được các giá trị cùng loại có tử số và mẫu số",
          "Cannot add " + this + " (" + kind + ") and " + other + " (" + other.kind
              + "): only values of the same kind with known parts add up");
    }
    return new IndicatorValue(kind, Math.addExact(numerator, other.numerator),
        Math.addExact(denominator, other.denominator), null);
  }

  /**
   * Formats the value for a report table in Vietnamese: {@code 120}; {@code 95 hồ sơ = 79,17%} for a count with
   * share; {@code 79,17%} for a percentage; {@code Có} or {@code Không} for one unit's flag, {@code 3/5 đơn vị =
   * 60,00%} for several; {@code 3/120} for a pair.
   *
   * @param indicator the indicator the value belongs to, for its unit and value type
   * @param scale the decimal places of shares
   * @param rounding how to round shares
   * @return the text
   */
  public String format(Indicator indicator, int scale, RoundingMode rounding) {
    Objects.requireNonNull(indicator, "indicator");
    String share = share(scale, rounding).map(p -> p.toPlainString().replace('.', ',') + "%").orElse("–");
    return switch (kind) {
      case COUNT -> Long.toString(numerator);
      case PAIR -> numerator + "/" + denominator;
      case REPORTED_PERCENT -> share;
      case FLAGS -> denominator == 1
          ? (numerator == 1 ? "Có" : "Không")
          : numerator + "/" + denominator + " đơn vị = " + share;
      case RATIO -> indicator.valueType() == ValueType.PERCENT
          ? share
          : numerator + " " + indicator.unit().label().toLowerCase(java.util.Locale.ROOT) + " = " + share;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorValue v
        && v.kind == kind
        && v.numerator == numerator
        && v.denominator == denominator
        && Objects.equals(v.percent, percent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, numerator, denominator, percent);
  }

  /**
   * Returns the value as {@code 120}, {@code 95/120}, {@code flags 3/5}, {@code pair 3/120} or {@code 12.5%}, which
   * {@link
   * #parse(CharSequence)} reads back.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return switch (kind) {
      case COUNT -> Long.toString(numerator);
      case RATIO -> numerator + "/" + denominator;
      case FLAGS -> "flags " + numerator + "/" + denominator;
      case PAIR -> "pair " + numerator + "/" + denominator;
      case REPORTED_PERCENT -> percent.toPlainString() + "%";
    };
  }
}
