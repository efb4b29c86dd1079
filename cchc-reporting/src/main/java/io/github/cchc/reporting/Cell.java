package io.github.cchc.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A table cell holding an exact value: text, a {@code long}, a {@link BigDecimal}, a percentage, a date, a count with
 * its share, or nothing. Numbers are never binary floating point.
 *
 * <pre>{@code
 * Cell.integer(1234);                      // 1.234
 * Cell.percent(new BigDecimal("95.12"));   // 95,12%
 * Cell.countWithShare(951, 1000, "hồ sơ"); // 951 hồ sơ = 95,1%
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public sealed interface Cell
    permits Cell.Text, Cell.Integer, Cell.Decimal, Cell.Percent, Cell.Date, Cell.CountWithShare, Cell.Empty {

  /**
   * Returns the type of column this cell belongs in by nature; an empty cell returns {@link ColumnType#MIXED}.
   *
   * @return the type
   */
  ColumnType type();

  /**
   * Tells whether this cell may stand in a column of the given type: an empty or a text cell fits every column,
   * any cell fits a {@link ColumnType#MIXED} column, and otherwise the types must be equal.
   *
   * @param column the column type
   * @return true if it fits
   */
  default boolean fits(ColumnType column) {
    return this instanceof Empty || this instanceof Text || column == ColumnType.MIXED || column == type();
  }

  /**
   * Returns a text cell.
   *
   * @param text the text, kept in NFC; an empty text gives an empty cell
   * @return the cell
   */
  static Cell text(String text) {
    String nfc = Texts.nfc(text, "text");
    return nfc.isEmpty() ? Empty.INSTANCE : new Text(nfc);
  }

  /**
   * Returns a whole-number cell.
   *
   * @param value the number
   * @return the cell
   */
  static Cell integer(long value) {
    return new Integer(value);
  }

  /**
   * Returns a decimal cell; the scale of the value is kept for display.
   *
   * @param value the number
   * @return the cell
   */
  static Cell decimal(BigDecimal value) {
    return new Decimal(value);
  }

  /**
   * Returns a percentage cell.
   *
   * @param percent the percentage in percent points, {@code 95.12} for 95.12%
   * @return the cell
   */
  static Cell percent(BigDecimal percent) {
    return new Percent(percent);
  }

  /**
   * Returns a date cell.
   *
   * @param date the date
   * @return the cell
   */
  static Cell date(LocalDate date) {
    return new Date(date);
  }

  /**
   * Returns a count with its share of a total, the "… hồ sơ = …%" form of Phụ lục II. The share is {@code count ×
   * 100 ÷ total}, rounded to two decimals half up; a total of zero leaves the share absent.
   *
   * @param count the count, not negative
   * @param total the total the share is of, not negative
   * @param noun the counted noun, such as "hồ sơ", or the empty string
   * @return the cell
   * @throws IllegalArgumentException if a number is negative
   */
  static Cell countWithShare(long count, long total, String noun) {
    if (total < 0) {
      throw new IllegalArgumentException("The total of a share must not be negative: " + total);
    }
    Optional<BigDecimal> percent =
        total == 0
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP));
    return new CountWithShare(count, percent, noun);
  }

  /**
   * Returns an empty cell.
   *
   * @return the empty cell
   */
  static Cell empty() {
    return Empty.INSTANCE;
  }

  /**
   * A text cell.
   *
   * @param value the text, not empty, in NFC
   */
  record Text(String value) implements Cell {
    /**
     * Creates a text cell.
     *
     * @param value the text, not empty
     * @throws IllegalArgumentException if the text is empty
     */
    public Text {
      value = Texts.nfc(value, "text");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("A text cell must not be empty; use Cell.empty()");
      }
    }

    @Override
    public ColumnType type() {
      return ColumnType.TEXT;
    }
  }

  /**
   * A whole-number cell.
   *
   * @param value the number
   */
  record Integer(long value) implements Cell {
    @Override
    public ColumnType type() {
      return ColumnType.INTEGER;
    }
  }

  /**
   * A decimal cell.
   *
   * @param value the number
   */
  record Decimal(BigDecimal value) implements Cell {
    /**
     * Creates a decimal cell.
     *
     * @param value the number
     */
    public Decimal {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public ColumnType type() {
      return ColumnType.DECIMAL;
    }
  }

  /**
   * A percentage cell.
   *
   * @param value the percentage in percent points
   */
  record Percent(BigDecimal value) implements Cell {
    /**
     * Creates a percentage cell.
     *
     * @param value the percentage in percent points
     */
    public Percent {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public ColumnType type() {
      return ColumnType.PERCENT;
    }
  }

  /**
   * A date cell.
   *
   * @param value the date
   */
  record Date(LocalDate value) implements Cell {
    /**
     * Creates a date cell.
     *
     * @param value the date
     */
    public Date {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public ColumnType type() {
      return ColumnType.DATE;
    }
  }

  /**
   * A count with its share, "… hồ sơ = …%".
   *
   * @param count the count, not negative
   * @param percent the share in percent points, absent when the total is zero
   * @param noun the counted noun, such as "hồ sơ", or empty
   */
  record CountWithShare(long count, Optional<BigDecimal> percent, String noun) implements Cell {
    /**
     * Creates a count with its share.
     *
     * @param count the count, not negative
     * @param percent the share in percent points, absent when the total is zero
     * @param noun the counted noun, or empty
     * @throws IllegalArgumentException if the count is negative
     */
    public CountWithShare {
      if (count < 0) {
        throw new IllegalArgumentException("A count must not be negative: " + count);
      }
      Objects.requireNonNull(percent, "percent");
      noun = Texts.nfc(noun, "noun").strip();
    }

    @Override
    public ColumnType type() {
      return ColumnType.COUNT_WITH_SHARE;
    }
  }

  /** An empty cell. */
  final class Empty implements Cell {
    static final Empty INSTANCE = new Empty();

    private Empty() {}

    @Override
    public ColumnType type() {
      return ColumnType.MIXED;
    }

    @Override
    public String toString() {
      return "Empty";
    }
  }
}
