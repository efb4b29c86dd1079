package io.github.cchc.scoring.scorecard;

/** Thrown when two criteria of one scorecard share a code. */
public final class DuplicateCriterionCodeException extends ScorecardException {

  private static final long serialVersionUID = 1L;

  DuplicateCriterionCodeException(String criterionCode, String scorecardId) {
    super(criterionCode, "Criterion code " + criterionCode + " is used more than once in scorecard " + scorecardId);
  }
}
