package io.github.cchc.scoring.indicator;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by {@link ObservationCsvReader} at the first problem of an observations file: it names the source, the line
 * and the column (counted from 1; the header is line 1), the column as the header wrote it, and the problem in
 * Vietnamese and in English, quoting the offending value.
 *
 * <pre>
 * so-lieu.csv:3:4: giá trị: chỉ tiêu 2.4.4 cần hai số a/b (như 3/120), gặp '3'
 * so-lieu.csv:3:4: value: indicator 2.4.4 needs two whole numbers a/b (such as 3/120), found '3'
 * </pre>
 *
 * <p>{@link #getMessage()} is the English line; {@link #message(Locale)} gives either. This class is immutable and
 * thread-safe.
 */
public final class InvalidObservationsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The source name. */
  private final String source;
  /** The line, 1-based, or 0. */
  private final long line;
  /** The column, 1-based, or 0. */
  private final int column;
  /** The column as the header names it, or empty. */
  private final String columnName;
  /** The problem in Vietnamese. */
  private final String problemVi;
  /** The problem in English. */
  private final String problemEn;

  InvalidObservationsException(String source, long line, int column, String columnName, String problemVi,
      String problemEn) {
    super(format(source, line, column, columnName, problemEn));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.columnName = Objects.requireNonNull(columnName, "columnName");
    this.problemVi = Objects.requireNonNull(problemVi, "problemVi");
    this.problemEn = Objects.requireNonNull(problemEn, "problemEn");
  }

  private static String format(String source, long line, int column, String columnName, String problem) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ");
    if (!columnName.isEmpty()) {
      b.append(columnName).append(": ");
    }
    return b.append(problem).toString();
  }

  /**
   * Returns the name of the source that was read, such as a file name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line of the problem; the header is line 1.
   *
   * @return the line, or 0 for the file as a whole
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column of the problem, counted from 1.
   *
   * @return the column, or 0 for the row or the file as a whole
   */
  public int column() {
    return column;
  }

  /**
   * Returns the column as the header names it.
   *
   * @return the column name, or empty for the row or the file as a whole
   */
  public String columnName() {
    return columnName;
  }

  /**
   * Returns what is wrong in the reader's language (English when the locale's language is English, else
   * Vietnamese), with the column name but without the source, line and column numbers.
   *
   * @param locale the reader's locale
   * @return the problem
   */
  public String problem(Locale locale) {
    String problem = isEnglish(locale) ? problemEn : problemVi;
    return columnName.isEmpty() ? problem : columnName + ": " + problem;
  }

  /**
   * Returns the whole line, {@code source:line:column: problem}, in the reader's language.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    return format(source, line, column, columnName, isEnglish(locale) ? problemEn : problemVi);
  }

  private static boolean isEnglish(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }
}
