package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;

/**
 * Thrown when the maximum points of a criterion's children do not add up to the criterion's own maximum (or the
 * areas' maxima to the scorecard's total).
 */
public final class MaximaMismatchException extends ScorecardException {

  private static final long serialVersionUID = 1L;

  MaximaMismatchException(String criterionCode, BigDecimal declared, BigDecimal sumOfChildren) {
    super(criterionCode, "Criterion " + criterionCode + ": maximum " + declared.toPlainString()
        + " but its children's maxima add up to " + sumOfChildren.toPlainString());
  }
}
