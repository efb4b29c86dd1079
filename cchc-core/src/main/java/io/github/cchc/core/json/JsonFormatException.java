package io.github.cchc.core.json;

import java.util.Objects;

/**
 * Thrown when a JSON document cannot be read as the model: malformed JSON, a value of the wrong type, an unknown
 * field or enum value, a missing required field, an unparseable timeframe, date or document number, or a document
 * that breaks a rule of the model (a duplicate unit id, a parent that does not exist, a cycle).
 *
 * <p>The message names the source, the JSON path of the offending value and its line and column, then says what is
 * wrong and what was expected, for example:
 *
 * <pre>
 * plan.json: $.tasks[12].timeframe (line 310, column 20): cannot read the timeframe "Quí 5/2024": ...
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The source name, such as a file name. */
  private final String source;
  /** The JSON path, such as {@code $.tasks[12].timeframe}. */
  private final String path;
  /** The line, 1-based, or 0 when unknown. */
  private final int line;
  /** The column, 1-based, or 0 when unknown. */
  private final int column;
  /** What is wrong. */
  private final String problem;

  JsonFormatException(String source, String path, int line, int column, String problem, Throwable cause) {
    super(format(source, path, line, column, problem), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String format(String source, String path, int line, int column, String problem) {
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return source + ": " + path + where + ": " + problem;
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
   * Returns the JSON path of the offending value, such as {@code $.tasks[12].timeframe}; {@code $} for the document.
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
   * Returns what is wrong, without the source and the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
