package io.github.cchc.core.coverage;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one coverage rule: whether it is met, the population it counts in, how many it requires and how
 * many the targets give, the units missing or in excess, and a message in Vietnamese and English.
 *
 * <p>What the numbers count depends on the rule: for {@code share} and {@code count} the population is the active
 * units of the rule's kinds and {@code actual} the targets among them; for {@code include} the named units; for
 * {@code perParent} the parents (every one must comply, so {@code required} equals the population and {@code
 * actual} counts the parents that comply); for {@code subordinates} the targets it applies to; for {@code
 * selfInspection} the units that must self-inspect. {@code missing} names the units not covered (named units that
 * are no target, parents or targets with too few) and {@code excess} those with too many.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param index the rule's zero-based position in the plan
 * @param rule the rule
 * @param satisfied whether the rule is met
 * @param population the size of the population counted in
 * @param required how many the rule requires
 * @param actual how many the targets give
 * @param missing the units missing, in directory or plan order
 * @param excess the units in excess, in directory order
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
public record RuleResult(int index, CoverageRule rule, boolean satisfied, int population, int required, int actual,
    List<String> missing, List<String> excess, String messageVi, String messageEn) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public RuleResult {
    Objects.requireNonNull(rule, "rule");
    missing = List.copyOf(missing);
    excess = List.copyOf(excess);
    Objects.requireNonNull(messageVi, "messageVi");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /**
   * Returns the rule's name in the JSON vocabulary, such as {@code share}.
   *
   * @return the name
   */
  public String ruleName() {
    return rule.ruleName();
  }
}
