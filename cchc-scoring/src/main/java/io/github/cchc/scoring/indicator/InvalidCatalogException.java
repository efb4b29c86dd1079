package io.github.cchc.scoring.indicator;

/** Thrown when a catalogue file or a set of indicators is malformed: the message names the line or the code. */
public class InvalidCatalogException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public InvalidCatalogException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong and where
   * @param cause the underlying error
   */
  public InvalidCatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
