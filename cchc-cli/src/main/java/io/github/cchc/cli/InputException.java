package io.github.cchc.cli;

import java.util.Objects;

/**
 * Thrown by a command when its input cannot be used: a file that does not exist or cannot be read, or content that is
 * not what the command expects. The tool prints it as one line, {@code file:line:column: problem}, in the chosen
 * language, and exits with {@link ExitCodes#BAD_INPUT}.
 */
final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long column;
  private final String problemVi;
  private final String problemEn;

  /**
   * Creates the exception, with a problem already said in the user's language.
   *
   * @param source the file or stream that was read
   * @param line the line, counted from 1, or 0 when unknown
   * @param column the column, counted from 1, or 0 when unknown
   * @param problem what is wrong
   * @param cause the underlying error, or null
   */
  InputException(String source, long line, long column, String problem, Throwable cause) {
    this(source, line, column, problem, problem, cause);
  }

  /**
   * Creates the exception.
   *
   * @param source the file or stream that was read
   * @param line the line, counted from 1, or 0 when unknown
   * @param column the column, counted from 1, or 0 when unknown
   * @param problemVi what is wrong, in Vietnamese
   * @param problemEn what is wrong, in English
   * @param cause the underlying error, or null
   */
  InputException(String source, long line, long column, String problemVi, String problemEn, Throwable cause) {
    super(ErrorLine.format(source, line, column, problemEn), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.problemVi = Objects.requireNonNull(problemVi, "problemVi");
    this.problemEn = Objects.requireNonNull(problemEn, "problemEn");
  }

  /** Returns the file or stream that was read. */
  String source() {
    return source;
  }

  /** Returns the line of the problem, counted from 1, or 0 when unknown. */
  long line() {
    return line;
  }

  /** Returns the column of the problem, counted from 1, or 0 when unknown. */
  long column() {
    return column;
  }

  /** Returns what is wrong in a language, without the location. */
  String problem(Lang lang) {
    return lang == Lang.EN ? problemEn : problemVi;
  }
}
