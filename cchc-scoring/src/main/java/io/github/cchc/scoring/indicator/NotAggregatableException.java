package io.github.cchc.scoring.indicator;

/**
 * Thrown when two values cannot be added: they are of different kinds (a count and a ratio), or one is a percentage
 * reported without its numerator and denominator, which no sum can combine exactly.
 */
public class NotAggregatableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be added, naming both values
   */
  public NotAggregatableException(String message) {
    super(message);
  }
}
