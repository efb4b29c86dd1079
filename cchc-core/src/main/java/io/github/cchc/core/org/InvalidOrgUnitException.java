package io.github.cchc.core.org;

/**
 * Thrown when a unit, or a directory of units, breaks a structural rule: a blank id, a duplicate id, a parent or
 * successor that does not exist, a cycle, an empty validity interval.
 */
public class InvalidOrgUnitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the unit
   */
  public InvalidOrgUnitException(String message) {
    super(message);
  }
}
