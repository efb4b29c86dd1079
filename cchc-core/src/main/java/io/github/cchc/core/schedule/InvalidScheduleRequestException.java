package io.github.cchc.core.schedule;

/**
 * Thrown when a schedule request contradicts itself: a visit of no days, no sub-team, a report due before the notice
 * is sent, a plan without a window.
 */
public class InvalidScheduleRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, with the bad value
   */
  public InvalidScheduleRequestException(String message) {
    super(message);
  }
}
