package io.github.cchc.core.coverage;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.org.OrgKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code share} rule: the targets of some kinds, as a share of all active units of those kinds, reach a
 * percentage. Several kinds form one pooled population; write two rules to require each kind separately. An optional
 * scope (a unit id) limits the population to that unit and the units below it.
 *
 * <p>Word semantics follow the plans: "từ / ít nhất / tối thiểu X%" is {@code atLeastPercent} (≥), "trên X%" is
 * {@code moreThanPercent} (&gt;). The required count is exact, computed in {@link BigDecimal}: ≥ 30% of 10 is 3,
 * &gt; 30% of 10 is 4, ≥ 30% of 19 is 6. An empty population requires nothing.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param kinds the kinds that form the population, not empty
 * @param scope the unit whose subtree holds the population, empty for the whole directory
 * @param percent the percentage, 0 to 100 (below 100 when strict), with at most six decimal places
 * @param strict true for "more than" (&gt;), false for "at least" (≥)
 */
public record ShareRule(Set<OrgKind> kinds, Optional<String> scope, BigDecimal percent, boolean strict)
    implements CoverageRule {

  /**
   * Checks the components.
   *
   * @throws ModelRuleException if no kind is given, or the percentage is outside 0..100, has more than six
   *     decimal places, or is 100 for "more than"
   * @throws NullPointerException if a component is null
   */
  public ShareRule {
    kinds = Rules.kinds("share", "kinds", kinds);
    Objects.requireNonNull(scope, "scope");
    percent = Rules.percent("share", strict ? "moreThanPercent" : "atLeastPercent", percent);
    if (strict && percent.compareTo(Rules.HUNDRED) == 0) {
      throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, "share", "Quy tắc 'share' không thể đòi hơn 100%",
          "A 'share' rule cannot ask for more than 100%");
    }
  }

  /**
   * Returns a rule asking for at least a percentage (≥) of the active units of the given kinds.
   *
   * @param percent the percentage, 0 to 100
   * @param kinds the kinds
   * @return the rule
   * @throws ModelRuleException if the percentage is outside 0..100 or has more than six decimal places, or
   *     no kind is given
   */
  public static ShareRule atLeast(BigDecimal percent, Collection<OrgKind> kinds) {
    return new ShareRule(Set.copyOf(kinds), Optional.empty(), percent, false);
  }

  /**
   * Returns a rule asking for more than a percentage (&gt;) of the active units of the given kinds.
   *
   * @param percent the percentage, 0 to less than 100
   * @param kinds the kinds
   * @return the rule
   * @throws ModelRuleException if the percentage is outside 0..100, is 100, has more than six decimal
   *     places, or no kind is given
   */
  public static ShareRule moreThan(BigDecimal percent, Collection<OrgKind> kinds) {
    return new ShareRule(Set.copyOf(kinds), Optional.empty(), percent, true);
  }

  /**
   * Returns this rule limited to the subtree of a unit.
   *
   * @param unitId the scope unit
   * @return the rule
   */
  public ShareRule withScope(String unitId) {
    return new ShareRule(kinds, Optional.of(Objects.requireNonNull(unitId, "unitId")), percent, strict);
  }

  /**
   * Returns the number of targets the rule requires out of a population: {@code ceil(p × n / 100)} for "at least",
   * {@code floor(p × n / 100) + 1} for "more than", and 0 for an empty population.
   *
   * @param population the number of active units of the rule's kinds, zero or more
   * @return the required count, never above the population
   * @throws IllegalArgumentException if the population is negative
   */
  public int requiredCount(int population) {
    if (population < 0) {
      throw new IllegalArgumentException("A population cannot be negative: " + population);
    }
    if (population == 0) {
      return 0;
    }
    BigDecimal exact = percent.multiply(BigDecimal.valueOf(population));
    if (strict) {
      return exact.divide(Rules.HUNDRED, 0, RoundingMode.FLOOR).intValueExact() + 1;
    }
    return exact.divide(Rules.HUNDRED, 0, RoundingMode.CEILING).intValueExact();
  }

  @Override
  public String ruleName() {
    return "share";
  }

  @Override
  public Set<OrgKind> mentionedKinds() {
    return kinds;
  }

  @Override
  public String describeVi() {
    return (strict ? "Trên " : "Tối thiểu ") + percent.toPlainString() + "% " + Rules.kindsVi(kinds)
        + scope.map(s -> " thuộc " + s).orElse("");
  }

  @Override
  public String describeEn() {
    return (strict ? "More than " : "At least ") + percent.toPlainString() + "% of " + Rules.kindsEn(kinds)
        + scope.map(s -> " within " + s).orElse("");
  }
}
