package io.github.cchc.core.coverage;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.inspection.InspectionForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the {@link TargetPlanner} is asked: the rules, the date at which units must be active, the units that must be
 * or must not be inspected, the inspection history, the priority signals with their weights, and a seed.
 *
 * <p>A unit's priority is the sum over signals of weight × value ({@link #signals()} holds each unit's values, such
 * as {@code "procedures" → 120}, {@code "lastIndexScore" → 78.5}, {@code "openFindings" → 2}; {@link #weights()} the
 * weight of each signal, negative to prefer low values), minus {@link #recentInspectionPenalty()} × recency, where
 * recency is 3 for a unit inspected last year, 2 two years ago, 1 three years ago and 0 otherwise. A missing signal
 * counts as 0. Ties are broken by a pseudo-random order drawn from {@link #seed()}, so that surprise inspections are
 * not predictable from the unit list, and the same seed gives the same proposal. All arithmetic is exact; a signal,
 * weight or penalty beyond {@value #MAX_MAGNITUDE} in size or with more than {@value #MAX_DECIMALS} decimal places
 * makes {@code build()} throw an {@link io.github.cchc.core.error.ModelRuleException}.
 *
 * <pre>{@code
 * PlanningRequest request = PlanningRequest.builder()
 *     .asOf(LocalDate.of(2024, 4, 1))
 *     .addAllRules(plan.coverage())
 *     .putWeight("procedures", BigDecimal.ONE)
 *     .addHistory(PastInspection.of("DT-STC", 2023))
 *     .seed(2024)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanningRequest {

  /**
   * The largest size of a signal, weight or penalty. Scores are exact sums of products; bounding the numbers keeps
   * them small (a weight of 1e999999999 beside a signal of 1e-999999999 would need a billion digits).
   */
  public static final long MAX_MAGNITUDE = 1_000_000_000_000L;

  /** The most decimal places of a signal, weight or penalty. */
  public static final int MAX_DECIMALS = 6;

  PlanningRequest() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PlanningRequest}; {@code asOf} is required. {@code build()} throws an {@link
   * io.github.cchc.core.error.ModelRuleException} when a signal, weight or penalty is beyond {@value #MAX_MAGNITUDE} or
   * has more
   * than {@value #MAX_DECIMALS} decimal places, and an {@link IllegalStateException} when {@code asOf} is missing.
   */
  public static final class Builder extends ImmutablePlanningRequest.Builder {
    Builder() {}
  }

  /**
   * Returns the coverage rules to meet, in the plan's order.
   *
   * @return the rules
   */
  public abstract List<CoverageRule> rules();

  /**
   * Returns the day at which units must be active.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the year being planned, which dates the history.
   *
   * @return the year, by default that of {@link #asOf()}
   */
  @Value.Default
  public int year() {
    return asOf().getYear();
  }

  /**
   * Returns the units that must be targets.
   *
   * @return the unit ids
   */
  public abstract Set<String> mustInclude();

  /**
   * Returns the units that must not be targets nor visited as subordinate units.
   *
   * @return the unit ids
   */
  public abstract Set<String> mustExclude();

  /**
   * Returns the inspections of previous years.
   *
   * @return the history
   */
  public abstract List<PastInspection> history();

  /**
   * Returns each unit's priority signals, by unit id then signal name.
   *
   * @return the signals
   */
  public abstract Map<String, Map<String, BigDecimal>> signals();

  /**
   * Returns the weight of each signal by name; signals without a weight do not count.
   *
   * @return the weights
   */
  public abstract Map<String, BigDecimal> weights();

  /**
   * Returns how much priority a unit loses per step of recency (3 if inspected last year, 2 two years ago, 1 three
   * years ago).
   *
   * @return the penalty, by default 100
   */
  @Value.Default
  public BigDecimal recentInspectionPenalty() {
    return BigDecimal.valueOf(100);
  }

  /**
   * Returns the seed of the random tie-break.
   *
   * @return the seed, by default 0
   */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /**
   * Returns the form given to the proposed targets.
   *
   * @return the form, by default {@link InspectionForm#DIRECT_ANNOUNCED}
   */
  @Value.Default
  public InspectionForm form() {
    return InspectionForm.DIRECT_ANNOUNCED;
  }

  @Value.Check
  void check() {
    checkNumber("recentInspectionPenalty", recentInspectionPenalty());
    weights().forEach((name, weight) -> checkNumber("weights." + name, weight));
    signals().forEach((unit, values) -> values.forEach((name, value) ->
        checkNumber("signals." + unit + "." + name, value)));
  }

  private static void checkNumber(String where, BigDecimal value) {
    // toString, not toPlainString: 1e999999999 would be written out digit by digit.
    if (value.abs().compareTo(BigDecimal.valueOf(MAX_MAGNITUDE)) > 0) {
      throw Errors.rule(ModelRuleException.Kind.PLANNING_REQUEST, where,
          "Yêu cầu lập danh sách có " + where + " = " + value + ", vượt quá \u00b1" + MAX_MAGNITUDE,
          "The planning request's " + where + " is " + value + ", beyond \u00b1" + MAX_MAGNITUDE);
    }
    if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw Errors.rule(ModelRuleException.Kind.PLANNING_REQUEST, where,
          "Yêu cầu lập danh sách có " + where + " = " + value + ", quá " + MAX_DECIMALS + " chữ số thập phân",
          "The planning request's " + where + " is " + value + ", with more than " + MAX_DECIMALS + " decimal places");
    }
  }
}
