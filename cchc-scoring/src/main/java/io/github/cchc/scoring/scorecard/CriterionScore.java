package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The score of one criterion in a {@link ScoreResult}: for a leaf the self-assessed and appraised points and where the
 * final points came from, for a group the sums of its children; for both the points achieved, the applicable maximum
 * and the index.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param code the criterion's code
 * @param name the criterion's name
 * @param maxPoints the criterion's maximum
 * @param status where the final points came from
 * @param selfPoints a leaf's points from the self-assessment or the supplied data; empty for a group, a not-applicable
 *     criterion, or a leaf with no self answer
 * @param appraisedPoints a leaf's points from the appraisal; empty if the council gave none
 * @param reason the appraisal's reason, if appraised
 * @param rate the rate the final points were computed from, for rate methods
 * @param achieved the final points (appraised where present), zero when not applicable
 * @param selfAchieved the points as self-assessed, zero when not applicable
 * @param applicableMax the maximum less the not-applicable parts, zero when not applicable
 * @param children the children's scores, in order; empty for a leaf
 */
public record CriterionScore(String code, String name, BigDecimal maxPoints, Status status,
    Optional<BigDecimal> selfPoints, Optional<BigDecimal> appraisedPoints, Optional<String> reason,
    Optional<Rate> rate, BigDecimal achieved, BigDecimal selfAchieved, BigDecimal applicableMax,
    List<CriterionScore> children) {

  /** Where a criterion's final points came from. */
  public enum Status {
    /** Scored from the self-assessment or supplied data (for a group: from its children). */
    SCORED("Đã chấm điểm"),
    /** Scored by the appraisal council. */
    APPRAISED("Thẩm định"),
    /** No answer, no appraisal and no data: zero points, reported as a finding. */
    MISSING("Không có dữ liệu"),
    /** Not applicable: left out of both the achieved points and the maximum. */
    NOT_APPLICABLE("Không áp dụng");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /**
     * Returns the Vietnamese label.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /**
   * Checks presence and copies the children.
   *
   * @throws NullPointerException if a part is null
   */
  public CriterionScore {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(selfPoints, "selfPoints");
    Objects.requireNonNull(appraisedPoints, "appraisedPoints");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(achieved, "achieved");
    Objects.requireNonNull(selfAchieved, "selfAchieved");
    Objects.requireNonNull(applicableMax, "applicableMax");
    children = List.copyOf(children);
  }

  /**
   * Tells whether the criterion counts (it is not marked not applicable, and a group has an applicable child).
   *
   * @return true if applicable
   */
  public boolean isApplicable() {
    return status != Status.NOT_APPLICABLE;
  }

  /**
   * Returns the index of this criterion: achieved ÷ applicable maximum × 100, to {@value ScoreResult#INDEX_SCALE}
   * decimals {@link java.math.RoundingMode#HALF_UP}.
   *
   * @return the index, or empty if not applicable
   */
  public Optional<BigDecimal> index() {
    return applicableMax.signum() > 0 ? Optional.of(Rescaling.index(achieved, applicableMax)) : Optional.empty();
  }
}
