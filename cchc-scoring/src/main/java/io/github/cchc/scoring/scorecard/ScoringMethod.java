package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a leaf criterion turns an answer or a rate into points. One record per {@link MethodKind}; obtain them with the
 * static factories.
 *
 * <p>The records check only that their parts are present. Whether the parts make sense for a criterion (deadline
 * points within the maximum, bands in order, weights within 0..100%) is checked when the {@link Criterion} is built,
 * so that the error can name the criterion's code.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ScoringMethod
    permits ScoringMethod.YesNo, ScoringMethod.RateMethod, ScoringMethod.Deadline, ScoringMethod.Manual,
        ScoringMethod.Survey, ScoringMethod.Derived {

  /**
   * Returns the kind of method.
   *
   * @return the kind
   */
  MethodKind kind();

  /**
   * Returns the yes/no method: full points for "có", none for "không".
   *
   * @return the method
   */
  static YesNo yesNo() {
    return new YesNo();
  }

  /**
   * Returns a bands method. Bands are listed from the highest bound down; the first band the rate reaches gives its
   * fraction of the maximum, and a rate below every band scores zero.
   *
   * @param bands the bands, highest first, not empty
   * @return the method
   */
  static Bands bands(List<Band> bands) {
    return new Bands(bands);
  }

  /**
   * Returns the linear-threshold method of the 766 index: points = min(max, rate × max ÷ threshold).
   *
   * @param thresholdPercent the rate in percent at and above which the full points are given
   * @return the method
   */
  static LinearThreshold linearThreshold(BigDecimal thresholdPercent) {
    return new LinearThreshold(thresholdPercent);
  }

  /**
   * Returns a deadline method with the points for each outcome.
   *
   * @param metPoints points when done on time
   * @param latePoints points when done late
   * @param missingPoints points when not done
   * @return the method
   */
  static Deadline deadline(BigDecimal metPoints, BigDecimal latePoints, BigDecimal missingPoints) {
    return new Deadline(metPoints, latePoints, missingPoints);
  }

  /**
   * Returns the manual method: the assessor gives points within 0..max.
   *
   * @return the method
   */
  static Manual manual() {
    return new Manual();
  }

  /**
   * Returns a survey method: points = max × Σ (share of respondents choosing an option × the option's weight).
   *
   * @param options the answer options with their weights, not empty
   * @return the method
   */
  static Survey survey(List<SurveyOption> options) {
    return new Survey(options);
  }

  /**
   * Returns a method that takes its rate from an indicator and scores it with bands or a linear threshold.
   *
   * @param indicatorId the indicator id, for example {@code dossiers.onTimeRate}
   * @param rateMethod how the rate is scored
   * @return the method
   */
  static Derived derived(String indicatorId, RateMethod rateMethod) {
    return new Derived(indicatorId, rateMethod);
  }

  /** The methods that score a rate: {@link Bands} and {@link LinearThreshold}. */
  sealed interface RateMethod extends ScoringMethod permits Bands, LinearThreshold {
  }

  /** Có / Không. */
  record YesNo() implements ScoringMethod {
    @Override
    public MethodKind kind() {
      return MethodKind.YES_NO;
    }
  }

  /**
   * Ordered bands of a rate.
   *
   * @param bands the bands, highest bound first
   */
  record Bands(List<Band> bands) implements RateMethod {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if the list or a band is null
     */
    public Bands {
      bands = List.copyOf(bands);
    }

    @Override
    public MethodKind kind() {
      return MethodKind.BANDS;
    }
  }

  /**
   * Linear up to a threshold.
   *
   * @param thresholdPercent the threshold in percent, above zero and at most 100
   */
  record LinearThreshold(BigDecimal thresholdPercent) implements RateMethod {
    /**
     * Checks presence.
     *
     * @throws NullPointerException if the threshold is null
     */
    public LinearThreshold {
      Objects.requireNonNull(thresholdPercent, "thresholdPercent");
    }

    @Override
    public MethodKind kind() {
      return MethodKind.LINEAR_THRESHOLD;
    }
  }

  /**
   * Done on time, late or not done.
   *
   * @param metPoints points when done on time
   * @param latePoints points when done late
   * @param missingPoints points when not done
   */
  record Deadline(BigDecimal metPoints, BigDecimal latePoints, BigDecimal missingPoints) implements ScoringMethod {
    /**
     * Checks presence.
     *
     * @throws NullPointerException if any points are null
     */
    public Deadline {
      Objects.requireNonNull(metPoints, "metPoints");
      Objects.requireNonNull(latePoints, "latePoints");
      Objects.requireNonNull(missingPoints, "missingPoints");
    }

    /**
     * Returns the points for an outcome.
     *
     * @param status the outcome
     * @return the points
     */
    public BigDecimal points(DeadlineStatus status) {
      return switch (status) {
        case MET -> metPoints;
        case LATE -> latePoints;
        case MISSING -> missingPoints;
      };
    }

    @Override
    public MethodKind kind() {
      return MethodKind.DEADLINE;
    }
  }

  /** Points given directly. */
  record Manual() implements ScoringMethod {
    @Override
    public MethodKind kind() {
      return MethodKind.MANUAL;
    }
  }

  /**
   * A survey with weighted answer options.
   *
   * @param options the options in the order the questionnaire lists them
   */
  record Survey(List<SurveyOption> options) implements ScoringMethod {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if the list or an option is null
     */
    public Survey {
      options = List.copyOf(options);
    }

    @Override
    public MethodKind kind() {
      return MethodKind.SURVEY;
    }
  }

  /**
   * A rate taken from an indicator value supplied with the assessment.
   *
   * @param indicatorId the indicator id
   * @param rateMethod how the rate is scored
   */
  record Derived(String indicatorId, RateMethod rateMethod) implements ScoringMethod {
    /**
     * Checks presence.
     *
     * @throws NullPointerException if a part is null
     * @throws ModelRuleException if the indicator id is blank
     */
    public Derived {
      Objects.requireNonNull(indicatorId, "indicatorId");
      Objects.requireNonNull(rateMethod, "rateMethod");
      if (indicatorId.isBlank()) {
        throw Errors.rule(ModelRuleException.Kind.SCORECARD, "indicator",
            "Phương pháp tính từ chỉ tiêu cần mã chỉ tiêu",
            "A derived method needs an indicator id");
      }
    }

    @Override
    public MethodKind kind() {
      return MethodKind.DERIVED;
    }
  }
}
