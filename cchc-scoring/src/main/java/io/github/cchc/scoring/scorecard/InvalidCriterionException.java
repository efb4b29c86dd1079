package io.github.cchc.scoring.scorecard;

/**
 * Thrown when a criterion's definition is malformed in a way no more specific exception covers: a leaf without a
 * method, a group with one, bands out of order, a threshold not above zero, survey weights outside 0..100%.
 */
public final class InvalidCriterionException extends ScorecardException {

  private static final long serialVersionUID = 1L;

  InvalidCriterionException(String criterionCode, String detail) {
    super(criterionCode, "Criterion " + criterionCode + ": " + detail);
  }
}
