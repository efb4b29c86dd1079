package io.github.cchc.reporting.render.xlsx;

import io.github.cchc.reporting.Cell;
import io.github.cchc.reporting.Column;
import io.github.cchc.reporting.ColumnType;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.Row;
import io.github.cchc.reporting.RowKind;
import io.github.cchc.reporting.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Renders the tables of a {@link Report} as an XLSX workbook with fastexcel: one sheet per table (the charts' data
 * tables included), in document order.
 *
 * <p>Each sheet has the table's title in its first row, the column headers in the second (bold, shaded, and frozen
 * with the title), then the rows; group and total rows are bold. Cells are real spreadsheet values, not text: whole
 * numbers with {@code #,##0}, decimals with as many decimals as their scale, percentages as fractions with
 * {@code 0.00%}, dates as dates. A column of type {@link ColumnType#COUNT_WITH_SHARE} becomes two sheet columns, the
 * count and its share ("… (%)"); a count with share in a {@link ColumnType#MIXED} column is a number whose format
 * shows "… hồ sơ = …%". The spreadsheet application shows numbers in its own locale. Column widths fit the longest
 * value (at most 60 characters, longer texts wrap). Sheet names are the titles made valid: at most 31 characters,
 * without {@code [ ] : * ? / \}, unique.
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

  private static final int MAX_WIDTH = 60;

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
    try {
      Workbook workbook = new Workbook(out, "cchc", "1.0");
      List<Table> tables = report.tables();
      Set<String> used = new HashSet<>();
      if (tables.isEmpty()) {
        Worksheet sheet = workbook.newWorksheet(sheetName(report.title(), used));
        sheet.value(0, 0, report.title());
        sheet.style(0, 0).bold().set();
        sheet.value(1, 0, locale.noData());
        sheet.width(0, Math.min(MAX_WIDTH, Math.max(report.title().length(), locale.noData().length()) + 2));
      }
      for (Table table : tables) {
        sheet(workbook.newWorksheet(sheetName(table.title(), used)), table, locale);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the XLSX workbook: " + e.getMessage(), e);
    }
  }

  private static void sheet(Worksheet sheet, Table table, ReportLocale locale) {
    List<Column> columns = table.columns();
    // Sheet column of each table column; a count-with-share column takes two.
    int[] first = new int[columns.size()];
    int width = 0;
    for (int c = 0; c < columns.size(); c++) {
      first[c] = width;
      width += columns.get(c).type() == ColumnType.COUNT_WITH_SHARE ? 2 : 1;
    }
    double[] widths = new double[width];
    sheet.value(0, 0, table.title());
    sheet.style(0, 0).bold().fontSize(12).set();
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      header(sheet, first[c], column.header(), widths);
      if (column.type() == ColumnType.COUNT_WITH_SHARE) {
        header(sheet, first[c] + 1, column.header() + " (%)", widths);
      }
    }
    int r = 2;
    if (table.isEmpty()) {
      sheet.value(r, 0, locale.noData());
      sheet.style(r, 0).italic().set();
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
    sheet.freezePane(0, 2);
    if (table.note().isPresent()) {
      sheet.value(r + 1, 0, table.note().get());
    }
  }

  private static void header(Worksheet sheet, int c, String text, double[] widths) {
    sheet.value(1, c, text);
    sheet.style(1, c).bold().fillColor("E8E8E8").wrapText(text.length() > MAX_WIDTH).set();
    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, text.length()));
  }

  private static void cell(
      Worksheet sheet, int r, int c, ColumnType columnType, Cell cell, boolean bold, ReportLocale locale,
      double[] widths) {
    String shown = locale.format(cell);
    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, shown.length()));
    String format = null;
    if (cell instanceof Cell.Text text) {
      sheet.value(r, c, text.value());
    } else if (cell instanceof Cell.Integer integer) {
      sheet.value(r, c, integer.value());
      format = "#,##0";
    } else if (cell instanceof Cell.Decimal decimal) {
      sheet.value(r, c, decimal.value());
      format = decimalFormat(decimal.value().scale());
    } else if (cell instanceof Cell.Percent percent) {
      sheet.value(r, c, percent.value().movePointLeft(2));
      format = "0.00%";
    } else if (cell instanceof Cell.Date date) {
      sheet.value(r, c, date.value());
      format = locale == ReportLocale.ENGLISH ? "yyyy-mm-dd" : "dd/mm/yyyy";
    } else if (cell instanceof Cell.CountWithShare share) {
      sheet.value(r, c, share.count());
      if (columnType == ColumnType.COUNT_WITH_SHARE) {
        format = "#,##0";
        share.percent().ifPresent(p -> sheet.value(r, c + 1, p.movePointLeft(2)));
        sheet.style(r, c + 1).format("0.00%").set();
        if (bold) {
          sheet.style(r, c + 1).bold().format("0.00%").set();
        }
        widths[c + 1] = Math.max(widths[c + 1], 8);
      } else {
        // The number stays a number; the format adds the noun and the share, as the appendix writes it.
        String suffix = (share.noun().isEmpty() ? "" : " " + share.noun())
            + share.percent().map(p -> " = " + locale.formatPercent(p)).orElse("");
        format = "#,##0" + (suffix.isEmpty() ? "" : "\"" + suffix.replace("\"", "").replace("\\", "") + "\"");
      }
    }
    if (format != null || bold || shown.length() > MAX_WIDTH) {
      var style = sheet.style(r, c);
      if (format != null) {
        style.format(format);
      }
      if (bold) {
        style.bold();
      }
      if (shown.length() > MAX_WIDTH) {
        style.wrapText(true);
      }
      style.set();
    }
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
    String name = title.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip()
        .replaceAll("^'+|'+$", "").strip();
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
