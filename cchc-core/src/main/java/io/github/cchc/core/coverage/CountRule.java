package io.github.cchc.core.coverage;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.org.OrgKind;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code count} rule: at least a number of targets among the active units of some kinds, optionally within the
 * subtree of a scope unit.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param kinds the kinds, not empty
 * @param scope the unit whose subtree holds the population, empty for the whole directory
 * @param atLeast the smallest number of targets, zero or more
 */
public record CountRule(Set<OrgKind> kinds, Optional<String> scope, int atLeast) implements CoverageRule {

  /**
   * Checks the components.
   *
   * @throws ModelRuleException if no kind is given or {@code atLeast} is negative
   * @throws NullPointerException if a component is null
   */
  public CountRule {
    kinds = Rules.kinds("count", "kinds", kinds);
    Objects.requireNonNull(scope, "scope");
    if (atLeast < 0) {
      throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, "count",
          "Quy tắc 'count' có atLeast " + atLeast + ", nhỏ hơn 0",
          "A 'count' rule has atLeast " + atLeast + ", below 0");
    }
  }

  /**
   * Returns a rule asking for at least a number of targets of the given kinds.
   *
   * @param atLeast the number
   * @param kinds the kinds
   * @return the rule
   * @throws ModelRuleException if the number is negative or no kind is given
   */
  public static CountRule atLeast(int atLeast, Collection<OrgKind> kinds) {
    return new CountRule(Set.copyOf(kinds), Optional.empty(), atLeast);
  }

  @Override
  public String ruleName() {
    return "count";
  }

  @Override
  public Set<OrgKind> mentionedKinds() {
    return kinds;
  }

  @Override
  public String describeVi() {
    return "Ít nhất " + atLeast + " " + Rules.kindsVi(kinds) + scope.map(s -> " thuộc " + s).orElse("");
  }

  @Override
  public String describeEn() {
    return "At least " + atLeast + " " + Rules.kindsEn(kinds) + scope.map(s -> " within " + s).orElse("");
  }
}
