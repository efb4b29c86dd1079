package io.github.cchc.scoring.scorecard;

/** Thrown when a derived criterion names an indicator id that the catalogue does not know. */
public final class UnknownIndicatorException extends ScorecardException {

  private static final long serialVersionUID = 1L;

  private final String indicatorId;

  UnknownIndicatorException(String criterionCode, String indicatorId) {
    super(criterionCode, "Criterion " + criterionCode + " is derived from unknown indicator \"" + indicatorId + "\"");
    this.indicatorId = indicatorId;
  }

  /**
   * Returns the unknown indicator id.
   *
   * @return the id, not null
   */
  public String indicatorId() {
    return indicatorId;
  }
}
