package io.github.cchc.scoring.json;

import java.util.Objects;

/**
 * Thrown when a scorecard or assessment JSON document cannot be read: bad syntax, an unknown field, an unknown method
 * or deadline word, a missing required field, a rate or period that does not parse. The message and the accessors give
 * the JSON path (for example {@code areas[0].children[2].method}), the line and the column.
 *
 * <p>Errors in the content of a well-formed document (points above a maximum, maxima that do not add up, duplicate
 * codes) are raised by the model as the specific {@link io.github.cchc.scoring.scorecard.ScorecardException}
 * subclasses, which name the criterion code. A value that a model type refuses for other reasons (a blank unit id, a
 * classification bound outside 0..100, a blank survey option) is reported here, with the path of the object that
 * holds it and no line.
 */
public final class ScorecardJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;
  private final String problem;

  ScorecardJsonException(String path, int line, int column, String problem, Throwable cause) {
    super((path.isEmpty() ? "$" : path) + (line < 0 ? "" : " (line " + line + ", column " + column + ")") + ": "
        + problem, cause);
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * Returns what is wrong, without the path and the line.
   *
   * @return the problem, such as {@code unknown field "evidense"; expected one of [...]}
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the JSON path of the offending value, with the document's field names and zero-based indexes; empty for
   * the document as a whole.
   *
   * @return the path, such as {@code areas[0].children[2].method}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the line of the offending value, counted from 1; -1 if unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending value, counted from 1; -1 if unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }
}
