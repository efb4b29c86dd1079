package io.github.cchc.scoring.scorecard;

/**
 * Thrown when the answer shares of a survey criterion are unusable: they do not add up to 100%, one is negative, or
 * one names an option the criterion does not have.
 */
public final class SurveySharesException extends ScorecardException {

  private static final long serialVersionUID = 1L;

  SurveySharesException(String criterionCode, String detail) {
    super(criterionCode, "Criterion " + criterionCode + ": " + detail);
  }
}
