package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;

/** The errors of scorecards and assessments, each naming the criterion (or scorecard) at fault in both languages. */
final class Faults {

  private Faults() {}

  /** A criterion's definition breaks a rule. */
  static ModelRuleException criterion(String code, String vi, String en) {
    return Errors.rule(ModelRuleException.Kind.SCORECARD, code, "Tiêu chí " + code + ": " + vi,
        "Criterion " + code + ": " + en);
  }

  /** A scorecard as a whole breaks a rule. */
  static ModelRuleException scorecard(String id, String vi, String en) {
    return Errors.rule(ModelRuleException.Kind.SCORECARD, id, "Bộ tiêu chí " + id + ": " + vi,
        "Scorecard " + id + ": " + en);
  }

  /** An assessment's answer does not fit its criterion. */
  static ModelRuleException answer(String code, String vi, String en) {
    return Errors.rule(ModelRuleException.Kind.ASSESSMENT, code, "Tiêu chí " + code + ": " + vi,
        "Criterion " + code + ": " + en);
  }

  /** An assessment as a whole does not fit the scorecard. */
  static ModelRuleException assessment(String scorecardId, String vi, String en) {
    return Errors.rule(ModelRuleException.Kind.ASSESSMENT, scorecardId, "Bộ tiêu chí " + scorecardId + ": " + vi,
        "Scorecard " + scorecardId + ": " + en);
  }
}
