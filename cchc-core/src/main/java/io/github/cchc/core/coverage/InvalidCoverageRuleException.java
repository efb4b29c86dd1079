package io.github.cchc.core.coverage;

/**
 * Thrown when a coverage rule cannot be met by any target list whatever the directory: min above max, a percentage
 * outside 0..100, both "at least" and "more than" given, no kinds.
 */
public class InvalidCoverageRuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the rule and the bad value
   */
  public InvalidCoverageRuleException(String message) {
    super(message);
  }
}
