package io.github.cchc.core.error;

import io.github.cchc.core.json.internal.Message;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an input document cannot be read as the model: malformed JSON or CSV, a value of the wrong type, an
 * unknown field or name, a missing required field, a date that does not exist, a timeframe, document number, period
 * or rate that cannot be parsed, or a document that breaks a rule of its format (a duplicate unit id, a parent that
 * does not exist).
 *
 * <p>It names the source (a file name, or {@code <string>}), the place (a JSON path such as {@code
 * $.tasks[12].timeframe}, and the line and column) and the problem in Vietnamese and in English, quoting the
 * offending value (cut with "…" when long):
 *
 * <pre>
 * plan.json: $.year (line 6, column 11): expected an integer, found a string
 * plan.json: $.year (dòng 6, cột 11): cần một số nguyên, gặp một chuỗi
 * </pre>
 *
 * <p>A CSV file's problem names the column, as the header writes it, in place of the path.
 *
 * <p>{@link #getMessage()} is the English line; {@link #message(Locale)} gives either. Instances are created by the
 * library only. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InputFormatException extends IllegalArgumentException implements LocalizedError {

  private static final long serialVersionUID = 1L;

  /** The source name. */
  private final String source;
  /** The JSON path, or empty. */
  private final String path;
  /** The line, 1-based, or 0. */
  private final int line;
  /** The column, 1-based, or 0. */
  private final int column;
  /** The problem in Vietnamese. */
  private final String problemVi;
  /** The problem in English. */
  private final String problemEn;

  InputFormatException(String source, String path, int line, int column, Message problem, Throwable cause) {
    super(format(source, path, line, column, problem.en(), "line", "column"), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.path = Objects.requireNonNull(path, "path");
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.problemVi = problem.vi();
    this.problemEn = problem.en();
  }

  private static String format(String source, String path, int line, int column, String problem, String lineWord,
      String columnWord) {
    StringBuilder b = new StringBuilder(source).append(": ");
    if (!path.isEmpty()) {
      b.append(path);
    }
    if (line > 0) {
      b.append(path.isEmpty() ? "" : " ").append('(').append(lineWord).append(' ').append(line);
      if (column > 0) {
        b.append(", ").append(columnWord).append(' ').append(column);
      }
      b.append(')');
    }
    if (!path.isEmpty() || line > 0) {
      b.append(": ");
    }
    return b.append(problem).toString();
  }

  /**
   * Returns the name of the source that was read, such as a file name, or {@code <string>}.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the JSON path of the offending value, such as {@code $.tasks[12].timeframe}; {@code $} for the whole
   * document; for a CSV file, the column as its header names it, or empty for the row or the file as a whole.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the line of the offending value, counted from 1.
   *
   * @return the line, or 0 when it is not known
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending value, counted from 1.
   *
   * @return the column, or 0 when it is not known
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, in English, without the source and the place.
   *
   * @return the problem
   */
  public String problem() {
    return problemEn;
  }

  /**
   * Returns what is wrong in the reader's language (English when the locale's language is English, else
   * Vietnamese), without the source and the place.
   *
   * @param locale the reader's locale
   * @return the problem
   */
  public String problem(Locale locale) {
    return isEnglish(locale) ? problemEn : problemVi;
  }

  /**
   * Returns the whole line, source, place and problem, in the reader's language.
   *
   * @param locale the reader's locale
   * @return the message
   */
  @Override
  public String message(Locale locale) {
    return isEnglish(locale)
        ? getMessage()
        : format(source, path, line, column, problemVi, "dòng", "cột");
  }

  /**
   * Returns the place as one short text: the path, and the line and column when known.
   *
   * @return such as {@code $.year (line 6, column 11)}, or {@code line 12} for CSV
   */
  public Optional<String> place() {
    if (path.isEmpty() && line == 0) {
      return Optional.empty();
    }
    String where = format("", path, line, column, "", "line", "column");
    return Optional.of(where.substring(2, where.length() - 2));
  }

  private static boolean isEnglish(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }
}
