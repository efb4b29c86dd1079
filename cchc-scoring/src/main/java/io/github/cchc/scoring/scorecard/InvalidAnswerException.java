package io.github.cchc.scoring.scorecard;

/**
 * Thrown when an assessment's answer does not fit its criterion: an answer of the wrong kind for the method, an
 * appraisal without a reason, or an answer for a criterion that is marked not applicable.
 */
public final class InvalidAnswerException extends ScorecardException {

  private static final long serialVersionUID = 1L;

  InvalidAnswerException(String criterionCode, String detail) {
    super(criterionCode, "Criterion " + criterionCode + ": " + detail);
  }
}
