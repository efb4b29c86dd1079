package io.github.cchc.scoring.indicator;

/**
 * Thrown when a unit's figures cannot be carried to the units that succeed it: the unit ceased without a successor,
 * or it was split among several, and a count cannot be divided among them without a rule the data does not hold.
 */
public class SuccessionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the unit, the date and its successors
   */
  public SuccessionException(String message) {
    super(message);
  }
}
