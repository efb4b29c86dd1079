package io.github.cchc.scoring.scorecard;

/**
 * Thrown by {@link Scorecard#requireKnownIndicators(java.util.Collection)} when a derived criterion names an indicator
 * id that the catalogue does not know; {@link #criterionCode()} is the criterion's code and {@link #indicatorId()} the
 * id.
 *
 * <p>Not to be confused with {@link io.github.cchc.scoring.indicator.UnknownIndicatorException}, which an {@link
 * io.github.cchc.scoring.indicator.IndicatorCatalog} throws when a code looked up in it is missing. Both extend {@link
 * IllegalArgumentException}.
 */
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
