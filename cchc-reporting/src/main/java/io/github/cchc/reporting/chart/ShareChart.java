package io.github.cchc.reporting.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a whole, such as the mix of submission channels: drawn as a pie, a donut or one stacked bar.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the title
 * @param categoryTitle the title of the parts, such as "Hình thức nộp"
 * @param valueTitle the title of the values, such as "Số hồ sơ"
 * @param style how it is drawn
 * @param slices the parts
 */
public record ShareChart(String title, String categoryTitle, String valueTitle, Style style, List<Slice> slices)
    implements Chart {

  /** How the parts are drawn. */
  public enum Style {
    /** A pie. */
    PIE,
    /** A ring. */
    DONUT,
    /** One horizontal bar split into the parts. */
    STACKED_BAR
  }

  /**
   * One part.
   *
   * @param label the label
   * @param value the value, not negative
   */
  public record Slice(String label, BigDecimal value) {
    /**
     * Creates a part.
     *
     * @param label the label
     * @param value the value, not negative
     * @throws IllegalArgumentException if the value is negative
     */
    public Slice {
      label = ChartTexts.nfc(label, "slice label");
      Objects.requireNonNull(value, "value");
      if (value.signum() < 0) {
        throw new IllegalArgumentException("Slice '" + label + "' has a negative value: " + value);
      }
    }

    /**
     * Creates a part.
     *
     * @param label the label
     * @param value the value, not negative
     * @return the part
     * @throws IllegalArgumentException if the value is negative
     */
    public static Slice of(String label, long value) {
      return new Slice(label, BigDecimal.valueOf(value));
    }
  }

  /**
   * Creates a share chart.
   *
   * @param title the title, not blank
   * @param categoryTitle the title of the parts, not blank
   * @param valueTitle the title of the values, not blank
   * @param style how it is drawn
   * @param slices the parts
   * @throws IllegalArgumentException if a title is blank
   */
  public ShareChart {
    title = ChartTexts.nonBlank(title, "title");
    categoryTitle = ChartTexts.nonBlank(categoryTitle, "category title");
    valueTitle = ChartTexts.nonBlank(valueTitle, "value title");
    Objects.requireNonNull(style, "style");
    slices = List.copyOf(slices);
  }

  /**
   * Returns the sum of the parts.
   *
   * @return the total
   */
  public BigDecimal total() {
    return slices.stream().map(Slice::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the share of a part in percent points, rounded to two decimals half up, absent when the total is zero.
   *
   * @param slice a part of this chart
   * @return the share
   */
  public Optional<BigDecimal> shareOf(Slice slice) {
    BigDecimal total = total();
    if (total.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(slice.value().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP));
  }

  @Override
  public boolean isEmpty() {
    return total().signum() == 0;
  }
}
