package io.github.cchc.reporting;

/**
 * Thrown when a table is built with a row whose width differs from the number of columns, or with a cell that does
 * not fit its column's type. The message names the table, the row and the column.
 */
public class InvalidTableException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public InvalidTableException(String message) {
    super(message);
  }
}
