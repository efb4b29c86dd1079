package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The {@code selfInspection} rule: each active unit of the kinds inspects, itself, at least a percentage of its own
 * subordinate units (its active direct children), as reported in its {@link
 * io.github.cchc.core.inspection.SelfInspectionReport}. The required number per unit is {@code ceil(p × n / 100)}.
 * Targets do not decide this rule; the target planner leaves it to the reports.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param kinds the kinds of unit that must self-inspect, not empty
 * @param atLeastPercent the percentage, 0 to 100, with at most six decimal places
 */
public record SelfInspectionRule(Set<OrgKind> kinds, BigDecimal atLeastPercent) implements CoverageRule {

  /**
   * Checks the components.
   *
   * @throws io.github.cchc.core.error.ModelRuleException if no kind is given or the percentage is outside 0..100 or has
   *     more than six
   *     decimal places
   * @throws NullPointerException if a component is null
   */
  public SelfInspectionRule {
    kinds = Rules.kinds("selfInspection", "kinds", kinds);
    atLeastPercent = Rules.percent("selfInspection", "atLeastPercent", atLeastPercent);
  }

  /**
   * Returns how many of a unit's subordinate units it must inspect.
   *
   * @param subordinates the number of its active subordinate units
   * @return {@code ceil(p × n / 100)}
   * @throws IllegalArgumentException if the number is negative
   */
  public int requiredCount(int subordinates) {
    if (subordinates < 0) {
      throw new IllegalArgumentException("A number of subordinate units cannot be negative: " + subordinates);
    }
    return atLeastPercent.multiply(BigDecimal.valueOf(subordinates))
        .divide(Rules.HUNDRED, 0, RoundingMode.CEILING).intValueExact();
  }

  @Override
  public String ruleName() {
    return "selfInspection";
  }

  @Override
  public Set<OrgKind> mentionedKinds() {
    return kinds;
  }

  @Override
  public boolean isTargetRule() {
    return false;
  }

  @Override
  public String describeVi() {
    return Rules.kindsVi(kinds) + " tự kiểm tra tối thiểu " + atLeastPercent.toPlainString()
        + "% đơn vị trực thuộc";
  }

  @Override
  public String describeEn() {
    return Rules.kindsEn(kinds) + " self-inspect at least " + atLeastPercent.toPlainString()
        + "% of their subordinate units";
  }
}
