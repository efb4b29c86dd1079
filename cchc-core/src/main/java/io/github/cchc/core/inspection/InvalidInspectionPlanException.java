package io.github.cchc.core.inspection;

/**
 * Thrown when an inspection plan contradicts itself: a self-inspection deadline outside any sensible year, a visit
 * length whose bounds are reversed, a sub-team listed twice.
 */
public class InvalidInspectionPlanException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field and the bad value
   */
  public InvalidInspectionPlanException(String message) {
    super(message);
  }
}
