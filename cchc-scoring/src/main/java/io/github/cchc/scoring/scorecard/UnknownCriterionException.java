package io.github.cchc.scoring.scorecard;

/** Thrown when an assessment gives an answer, an appraisal or a not-applicable mark for a code the scorecard lacks. */
public final class UnknownCriterionException extends ScorecardException {

  private static final long serialVersionUID = 1L;

  UnknownCriterionException(String criterionCode, String scorecardId, String where) {
    super(criterionCode, "Unknown criterion code " + criterionCode + " in " + where + ": scorecard " + scorecardId
        + " has no such criterion");
  }
}
