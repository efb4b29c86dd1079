package io.github.cchc.reporting.render.csv;

import io.github.cchc.reporting.Cell;
import io.github.cchc.reporting.Column;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.Row;
import io.github.cchc.reporting.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the tables of a {@link Report} as CSV: one file per table, because RFC 4180 has no place for several
 * tables of different widths in one file. The charts' data tables are files too, in document order.
 *
 * <p>Each file is UTF-8 with a byte-order mark (so that Excel shows Vietnamese correctly), fields separated by
 * commas, lines ended by CRLF, and a field quoted with {@code "} (doubled inside) when it holds a comma, a quote, a
 * CR or an LF (RFC 4180). The first line holds the column headers. Cells are written as the report shows them, in
 * its locale ({@code 1.234,5}; {@code 95,12%}; {@code 15/06/2024}; {@code 1.234 hồ sơ = 95,12%}); the exact typed
 * values are in the JSON and XLSX renderings. A table without rows has one row saying "Không có dữ liệu".
 *
 * <p>Against formula injection, a text cell or header that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a CR is prefixed with an apostrophe, so that a spreadsheet shows it as text. Number cells are not
 * touched: {@code -5} stays a negative number.
 *
 * <pre>{@code
 * for (CsvFile file : CsvRenderer.render(report)) {
 *   Files.write(dir.resolve(file.fileName()), file.bytes());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvRenderer {

  /** The byte-order mark that starts every file. */
  public static final char BOM = '\uFEFF';

  private CsvRenderer() {}

  /**
   * Renders every table of a report, one file each, named by position and title: {@code 01-phu-luc-i.csv}.
   *
   * @param report the report
   * @return the files, in document order; none if the report has no table
   */
  public static List<CsvFile> render(Report report) {
    Objects.requireNonNull(report, "report");
    List<Table> tables = report.tables();
    List<CsvFile> files = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      Table table = tables.get(i);
      files.add(new CsvFile(String.format(Locale.ROOT, "%02d-%s.csv", i + 1, slug(table.title())),
          render(table, report.locale())));
    }
    return List.copyOf(files);
  }

  /**
   * Renders one table.
   *
   * @param table the table
   * @param locale the number and date formats
   * @return the CSV text, starting with the byte-order mark
   */
  public static String render(Table table, ReportLocale locale) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder().append(BOM);
    List<String> header = new ArrayList<>();
    for (Column column : table.columns()) {
      header.add(neutralise(column.header()));
    }
    line(header, out);
    if (table.isEmpty()) {
      List<String> fields = new ArrayList<>();
      fields.add(locale.noData());
      for (int c = 1; c < table.columns().size(); c++) {
        fields.add("");
      }
      line(fields, out);
    }
    for (Row row : table.rows()) {
      List<String> fields = new ArrayList<>();
      for (Cell cell : row.cells()) {
        String text = locale.format(cell);
        fields.add(cell instanceof Cell.Text ? neutralise(text) : text);
      }
      line(fields, out);
    }
    return out.toString();
  }

  /**
   * Writes every table of a report into a directory, one file each.
   *
   * @param report the report
   * @param directory the directory, created if missing
   * @return the paths written
   * @throws UncheckedIOException if a file cannot be written, naming it
   */
  public static List<Path> write(Report report, Path directory) {
    Objects.requireNonNull(directory, "directory");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (CsvFile file : render(report)) {
        Path path = directory.resolve(file.fileName());
        Files.write(path, file.bytes());
        written.add(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the CSV files into " + directory + ": " + e.getMessage(), e);
    }
    return List.copyOf(written);
  }

  /**
   * Neutralises a text against formula injection: a text beginning with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a CR gets an apostrophe in front.
   *
   * @param text the text
   * @return the text, safe to open in a spreadsheet
   */
  public static String neutralise(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static void line(List<String> fields, StringBuilder out) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
  }

  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** An ASCII file-name stem from a title: diacritics removed, đ as d, other characters as dashes. */
  static String slug(String title) {
    String ascii = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (ascii.length() > 60) {
      ascii = ascii.substring(0, 60).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "table" : ascii;
  }
}
