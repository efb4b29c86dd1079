package io.github.cchc.cli;

import java.util.Objects;

/**
 * Thrown by a command when its input cannot be used: a file that does not exist or cannot be read, or content that is
 * not what the command expects. The tool prints it as one line, {@code file:line:column: problem}, and exits with
 * {@link ExitCodes#BAD_INPUT}.
 */
public class InputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file or stream that was read
   * @param line the line, counted from 1, or 0 when unknown
   * @param column the column, counted from 1, or 0 when unknown
   * @param problem what is wrong
   * @param cause the underlying error, or null
   */
  public InputException(String source, long line, long column, String problem, Throwable cause) {
    super(ErrorLine.format(source, line, column, problem), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /**
   * Returns the file or stream that was read.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the line, counted from 1, or 0 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column of the problem.
   *
   * @return the column, counted from 1, or 0 when unknown
   */
  public long column() {
    return column;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
