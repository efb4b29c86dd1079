package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;

/**
 * Thrown when points are negative or above the criterion's maximum, in a definition (deadline points) or in an
 * assessment (manual or appraised points).
 */
public final class PointsOutOfRangeException extends ScorecardException {

  private static final long serialVersionUID = 1L;

  PointsOutOfRangeException(String criterionCode, BigDecimal points, BigDecimal maxPoints, String what) {
    super(criterionCode, "Criterion " + criterionCode + ": " + what + " " + points.toPlainString()
        + " is outside 0.." + maxPoints.toPlainString());
  }
}
