package io.github.cchc.core.coverage;

/**
 * Thrown when a {@link PlanningRequest} holds a number the planner cannot weigh exactly: a signal, weight or penalty
 * beyond {@value PlanningRequest#MAX_MAGNITUDE} in size or with more than {@value PlanningRequest#MAX_DECIMALS}
 * decimal places.
 */
public class InvalidPlanningRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the value and where it is
   */
  public InvalidPlanningRequestException(String message) {
    super(message);
  }
}
