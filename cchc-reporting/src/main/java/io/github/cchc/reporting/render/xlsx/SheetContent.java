package io.github.cchc.reporting.render.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The content of one worksheet as it is being filled: cells by row and column (both from 0), column widths and the
 * number of frozen rows. Texts are kept as {@link XlsxText#cell(String)} makes them.
 */
final class SheetContent {

  /** The most rows a sheet holds. */
  static final int MAX_ROWS = 1_048_576;

  /** The most columns a sheet holds. */
  static final int MAX_COLUMNS = 16_384;

  // Day 0 of the 1900 date system as Excel counts from 1 March 1900 on (it takes 1900 for a leap year).
  private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);
  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
  private static final BigDecimal LARGEST = new BigDecimal("9.99999999999999E+307");

  /** A cell: text, a number in its lexical form, or neither (a cell that only has a style). */
  record Entry(String text, String number, CellStyle style) {}

  private final String name;
  private final TreeMap<Integer, TreeMap<Integer, Entry>> rows = new TreeMap<>();
  private final TreeMap<Integer, Integer> widths = new TreeMap<>();
  private int frozenRows;

  /**
   * Creates an empty sheet.
   *
   * @param name the sheet's name, already valid and unique
   */
  SheetContent(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Tells whether a spreadsheet can hold a date as a date: from 1 March 1900 to 31 December 9999.
   *
   * @param date the date
   * @return true if it can
   */
  static boolean holdsDate(LocalDate date) {
    return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
  }

  /**
   * Tells whether a spreadsheet can hold a number: its magnitude is within that of a double.
   *
   * @param number the number
   * @return true if it can
   */
  static boolean holdsNumber(BigDecimal number) {
    return number.abs().compareTo(LARGEST) <= 0;
  }

  /** Returns the sheet's name. */
  String name() {
    return name;
  }

  /** Writes a text, cut and made visible as {@link XlsxText#cell(String)} says; the cell keeps its style. */
  void text(int row, int column, String text) {
    put(row, column, XlsxText.cell(text), null);
  }

  /** Writes a whole number; the cell keeps its style. */
  void number(int row, int column, long number) {
    put(row, column, null, Long.toString(number));
  }

  /** Writes a decimal number that a sheet {@linkplain #holdsNumber(BigDecimal) holds}; the cell keeps its style. */
  void number(int row, int column, BigDecimal number) {
    if (!holdsNumber(number)) {
      throw new IllegalArgumentException("A spreadsheet cannot hold the number " + number);
    }
    put(row, column, null, number.toString());
  }

  /** Writes a date as its serial number; it shows as a date once the cell has a date format. */
  void date(int row, int column, LocalDate date) {
    if (!holdsDate(date)) {
      throw new IllegalArgumentException("A spreadsheet cannot hold the date " + date);
    }
    put(row, column, null, Long.toString(ChronoUnit.DAYS.between(DAY_ZERO, date)));
  }

  /** Sets a cell's style, keeping its value; a cell without a value is shown empty in that style. */
  void style(int row, int column, CellStyle style) {
    Objects.requireNonNull(style, "style");
    Entry old = entry(row, column);
    row(row).put(column, old == null ? new Entry(null, null, style) : new Entry(old.text(), old.number(), style));
  }

  /** Sets a column's width, in characters of the default font. */
  void width(int column, int characters) {
    check(0, column);
    widths.put(column, characters);
  }

  /** Freezes the first rows, which stay in view while the rest scrolls. */
  void freezeRows(int count) {
    frozenRows = count;
  }

  /** Returns the number of frozen rows, 0 for none. */
  int frozenRows() {
    return frozenRows;
  }

  /** Returns the column widths set, by column. */
  Map<Integer, Integer> widths() {
    return widths;
  }

  /** Returns the cells by row and column, both in order. */
  Map<Integer, TreeMap<Integer, Entry>> rows() {
    return rows;
  }

  private void put(int row, int column, String text, String number) {
    Entry old = entry(row, column);
    row(row).put(column, new Entry(text, number, old == null ? CellStyle.PLAIN : old.style()));
  }

  private Entry entry(int row, int column) {
    check(row, column);
    TreeMap<Integer, Entry> cells = rows.get(row);
    return cells == null ? null : cells.get(column);
  }

  private TreeMap<Integer, Entry> row(int row) {
    return rows.computeIfAbsent(row, r -> new TreeMap<>());
  }

  private void check(int row, int column) {
    if (row < 0 || row >= MAX_ROWS) {
      throw new IllegalArgumentException(
          "The sheet '" + name + "' would need row " + (row + 1) + "; a sheet holds at most " + MAX_ROWS + " rows");
    }
    if (column < 0 || column >= MAX_COLUMNS) {
      throw new IllegalArgumentException("The sheet '" + name + "' would need column " + (column + 1)
          + "; a sheet holds at most " + MAX_COLUMNS + " columns");
    }
  }
}
