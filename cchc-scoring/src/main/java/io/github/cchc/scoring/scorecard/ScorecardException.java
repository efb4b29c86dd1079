package io.github.cchc.scoring.scorecard;

import java.util.Objects;

/**
 * The common parent of the errors a scorecard or an assessment can raise: each names the criterion (or, for errors
 * about the whole scorecard, the scorecard id) where the problem is.
 *
 * <p>Catch a subclass to handle one kind of error, or this class to handle them all.
 */
public abstract class ScorecardException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String criterionCode;

  ScorecardException(String criterionCode, String message) {
    super(message);
    this.criterionCode = Objects.requireNonNull(criterionCode, "criterionCode");
  }

  /**
   * Returns the code of the criterion at fault, or the scorecard id for an error about the whole scorecard.
   *
   * @return the code, not null
   */
  public String criterionCode() {
    return criterionCode;
  }
}
