package io.github.cchc.reporting;

/**
 * The type of a table column, which decides the alignment, the spreadsheet cell type and the number format.
 *
 * <p>A column accepts empty cells, text cells (for a value the data states in words, such as "Thường xuyên" in a
 * deadline column) and cells of its own type; a {@link #MIXED} column accepts every kind of cell, as the year columns
 * of Phụ lục II do, where a count, a percentage and a "… hồ sơ = …%" value sit one under the other.
 */
public enum ColumnType {
  /** Text. */
  TEXT,
  /** A whole number ({@code long}). */
  INTEGER,
  /** A decimal number ({@link java.math.BigDecimal}). */
  DECIMAL,
  /** A percentage, in percent points ({@code 95.12} for 95.12%). */
  PERCENT,
  /** A date. */
  DATE,
  /** A count and its share, shown as "1.234 hồ sơ = 95,12%". */
  COUNT_WITH_SHARE,
  /** Cells of several types, each cell carrying its own. */
  MIXED;

  /**
   * Tells whether the column holds numbers, which are right-aligned.
   *
   * @return true for the number types
   */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL || this == PERCENT || this == COUNT_WITH_SHARE;
  }
}
