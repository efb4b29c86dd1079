package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the appraisal council did to one criterion: the self-assessed points, the appraised points, the difference
 * and the reason. A difference of zero is a confirmation.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param code the criterion's code
 * @param name the criterion's name
 * @param selfPoints the self-assessed points, empty if the unit gave none
 * @param appraisedPoints the appraised points
 * @param reason the council's reason
 */
public record AppraisalDifference(String code, String name, Optional<BigDecimal> selfPoints,
    BigDecimal appraisedPoints, String reason) {

  /**
   * Checks presence.
   *
   * @throws NullPointerException if a part is null
   */
  public AppraisalDifference {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(selfPoints, "selfPoints");
    Objects.requireNonNull(appraisedPoints, "appraisedPoints");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns appraised minus self-assessed points (a missing self score counts as zero).
   *
   * @return the difference, negative when the council lowered the score
   */
  public BigDecimal difference() {
    return appraisedPoints.subtract(selfPoints.orElse(BigDecimal.ZERO));
  }

  /**
   * Tells whether the council changed the points.
   *
   * @return true if the difference is not zero
   */
  public boolean isChange() {
    return difference().signum() != 0;
  }
}
