package io.github.cchc.reporting.render.xlsx;

import io.github.cchc.reporting.Cell;
import io.github.cchc.reporting.Column;
import io.github.cchc.reporting.ColumnType;
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.Row;
import io.github.cchc.reporting.RowKind;
import io.github.cchc.reporting.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Renders the tables of a {@link Report} as an XLSX workbook (Office Open XML): one sheet per table (the charts' data
 * tables included), in document order.
 *
 * <p>Each sheet has the table's title in its first row, the column headers in the second (bold, shaded, and frozen
 * with the title), then the rows; group and total rows are bold. Cells are real spreadsheet values, not text: whole
 * numbers with {@code #,##0}, decimals with as many decimals as their scale, percentages as fractions with
 * {@code 0.00%}, dates as dates. A column of type {@link ColumnType#COUNT_WITH_SHARE} becomes two sheet columns, the
 * count and its share ("… (%)"); a count with share in a {@link ColumnType#MIXED} column is a number whose format
 * shows "… hồ sơ = …%". The spreadsheet application shows numbers in its own locale. A date before 1 March 1900 or a
 * number beyond a spreadsheet's range is written as the text the report shows. Column widths fit the longest value
 * (at most 60 characters, longer texts wrap). Sheet names are the titles made valid: at most 31 characters, without
 * {@code [ ] : * ? / \}, unique.
 *
 * <p>Text is kept as it is, with two exceptions. Characters that XML cannot carry are shown, not dropped: a control
 * character other than tab, line feed and carriage return as its Unicode control picture (ESC as ␛), a lone surrogate,
 * U+FFFE or U+FFFF as �. A cell holds at most 32,767 characters, a spreadsheet's limit; a longer text is cut there,
 * its last character "…".
 *
 * <p>The output is reproducible: the same report gives the same bytes on the same Java runtime. The document's
 * creation date is the date of the report's {@linkplain NationalHeading#date() heading}, or 1 January 1980 for a
 * report without one; the archive's entries carry the time 1 February 1980 00:00, are deflated and have their sizes
 * in their headers, so that {@link java.util.zip.ZipInputStream} reads them.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("report.xlsx"))) {
 *   XlsxRenderer.write(report, out);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsxRenderer {

  /** The longest sheet name a spreadsheet accepts. */
  public static final int MAX_SHEET_NAME = 31;

  /** The creation date of a report without a dated heading. */
  static final LocalDate UNDATED = LocalDate.of(1980, 1, 1);

  private static final int MAX_WIDTH = 60;
  // Excel's limit on the length of a number format.
  private static final int MAX_FORMAT = 255;

  private static final CellStyle TITLE = CellStyle.PLAIN.withBold(true).withFontSize(12);
  private static final CellStyle HEADER = CellStyle.PLAIN.withBold(true).withFill("E8E8E8");

  private XlsxRenderer() {}

  /**
   * Renders a report into bytes.
   *
   * @param report the report
   * @return the XLSX bytes
   */
  public static byte[] render(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, out);
    return out.toByteArray();
  }

  /**
   * Writes a report to a stream, which is left open.
   *
   * @param report the report
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(Report report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    ReportLocale locale = report.locale();
    List<Table> tables = report.tables();
    Set<String> used = new HashSet<>();
    List<SheetContent> sheets = new ArrayList<>();
    if (tables.isEmpty()) {
      SheetContent sheet = new SheetContent(sheetName(report.title(), used));
      sheet.text(0, 0, report.title());
      sheet.style(0, 0, CellStyle.PLAIN.withBold(true));
      sheet.text(1, 0, locale.noData());
      sheet.width(0, Math.min(MAX_WIDTH, Math.max(report.title().length(), locale.noData().length()) + 2));
      sheets.add(sheet);
    }
    for (Table table : tables) {
      sheets.add(sheet(new SheetContent(sheetName(table.title(), used)), table, locale));
    }
    LocalDate date = report.heading().flatMap(NationalHeading::date).orElse(UNDATED);
    try {
      WorkbookWriter.write(sheets, report.title(), date, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the XLSX workbook: " + e.getMessage(), e);
    }
  }

  private static SheetContent sheet(SheetContent sheet, Table table, ReportLocale locale) {
    List<Column> columns = table.columns();
    // Sheet column of each table column; a count-with-share column takes two.
    int[] first = new int[columns.size()];
    int width = 0;
    for (int c = 0; c < columns.size(); c++) {
      first[c] = width;
      width += columns.get(c).type() == ColumnType.COUNT_WITH_SHARE ? 2 : 1;
    }
    int[] widths = new int[width];
    sheet.text(0, 0, table.title());
    sheet.style(0, 0, TITLE);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      header(sheet, first[c], column.header(), widths);
      if (column.type() == ColumnType.COUNT_WITH_SHARE) {
        header(sheet, first[c] + 1, column.header() + " (%)", widths);
      }
    }
    int r = 2;
    if (table.isEmpty()) {
      sheet.text(r, 0, locale.noData());
      sheet.style(r, 0, CellStyle.PLAIN.withItalic(true));
      widths[0] = Math.max(widths[0], locale.noData().length());
    }
    for (Row row : table.rows()) {
      boolean bold = row.kind() != RowKind.DATA;
      for (int c = 0; c < columns.size(); c++) {
        cell(sheet, r, first[c], columns.get(c).type(), row.cells().get(c), bold, locale, widths);
      }
      r++;
    }
    for (int c = 0; c < width; c++) {
      sheet.width(c, Math.min(MAX_WIDTH, Math.max(8, widths[c] + 2)));
    }
    sheet.freezeRows(2);
    if (table.note().isPresent()) {
      sheet.text(r + 1, 0, table.note().get());
    }
    return sheet;
  }

  private static void header(SheetContent sheet, int c, String text, int[] widths) {
    sheet.text(1, c, text);
    sheet.style(1, c, HEADER.withWrap(text.length() > MAX_WIDTH));
    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, text.length()));
  }

  private static void cell(
      SheetContent sheet, int r, int c, ColumnType columnType, Cell cell, boolean bold, ReportLocale locale,
      int[] widths) {
    String shown = locale.format(cell);
    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, shown.length()));
    String format = "";
    if (cell instanceof Cell.Text text) {
      sheet.text(r, c, text.value());
    } else if (cell instanceof Cell.Integer integer) {
      sheet.number(r, c, integer.value());
      format = "#,##0";
    } else if (cell instanceof Cell.Decimal decimal) {
      if (SheetContent.holdsNumber(decimal.value())) {
        sheet.number(r, c, decimal.value());
        format = decimalFormat(decimal.value().scale());
      } else {
        sheet.text(r, c, shown);
      }
    } else if (cell instanceof Cell.Percent percent) {
      if (SheetContent.holdsNumber(percent.value().movePointLeft(2))) {
        sheet.number(r, c, percent.value().movePointLeft(2));
        format = "0.00%";
      } else {
        sheet.text(r, c, shown);
      }
    } else if (cell instanceof Cell.Date date) {
      if (SheetContent.holdsDate(date.value())) {
        sheet.date(r, c, date.value());
        format = locale == ReportLocale.ENGLISH ? "yyyy-mm-dd" : "dd/mm/yyyy";
      } else {
        sheet.text(r, c, shown);
      }
    } else if (cell instanceof Cell.CountWithShare share) {
      sheet.number(r, c, share.count());
      format = "#,##0";
      if (columnType == ColumnType.COUNT_WITH_SHARE) {
        share.percent().ifPresent(p -> sheet.number(r, c + 1, p.movePointLeft(2)));
        sheet.style(r, c + 1, CellStyle.PLAIN.withBold(bold).withNumberFormat("0.00%"));
        widths[c + 1] = Math.max(widths[c + 1], 8);
      } else {
        // The number stays a number; the format adds the noun and the share, as the appendix writes it.
        String suffix = (share.noun().isEmpty() ? "" : " " + share.noun())
            + share.percent().map(p -> " = " + locale.formatPercent(p)).orElse("");
        format = countFormat(suffix);
      }
    }
    if (!format.isEmpty() || bold || shown.length() > MAX_WIDTH) {
      sheet.style(r, c, CellStyle.PLAIN.withNumberFormat(format).withBold(bold).withWrap(shown.length() > MAX_WIDTH));
    }
  }

  // "#,##0" with a quoted suffix on one line; a suffix that would make the format longer than a spreadsheet takes is
  // cut.
  static String countFormat(String suffix) {
    String text = XlsxText.visible(suffix.replace("\"", "").replace("\\", "").replaceAll("[\t\r\n]", " "));
    if (text.isEmpty()) {
      return "#,##0";
    }
    int room = MAX_FORMAT - "#,##0\"\"".length();
    if (text.length() > room) {
      int end = room - 1;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text = text.substring(0, end) + "…";
    }
    return "#,##0\"" + text + "\"";
  }

  private static String decimalFormat(int scale) {
    return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(Math.min(scale, 10));
  }

  /**
   * Makes a valid, unique sheet name from a title: the characters {@code [ ] : * ? / \} become spaces, a leading or
   * trailing apostrophe is dropped, the name is cut to {@value #MAX_SHEET_NAME} characters, and a number is added
   * when the name is already taken (compared without case).
   *
   * @param title the title
   * @param used the names taken so far, in lower case; the new name is added
   * @return the sheet name
   */
  static String sheetName(String title, Set<String> used) {
    String name = XlsxText.visible(title.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " "))
        .replaceAll("\\s+", " ").strip().replaceAll("^'+|'+$", "").strip();
    if (name.isEmpty() || name.equalsIgnoreCase("History")) {
      name = "Sheet";
    }
    name = cut(name, MAX_SHEET_NAME);
    String candidate = name;
    for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      candidate = cut(name, MAX_SHEET_NAME - suffix.length()) + suffix;
    }
    used.add(candidate.toLowerCase(Locale.ROOT));
    return candidate;
  }

  private static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)).strip();
  }
}
