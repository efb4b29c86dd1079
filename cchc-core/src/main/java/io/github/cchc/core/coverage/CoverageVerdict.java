package io.github.cchc.core.coverage;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import java.util.List;

/**
 * The verdict of a {@link CoverageCheck}: one {@link RuleResult} per rule in the plan's order, the overall verdict,
 * and findings about targets that are unknown, inactive at the date, listed twice, of a kind no rule mentions, or
 * list subordinate units that are not theirs.
 *
 * <p>{@link #satisfied()} is true when every rule is met; findings do not change it, since a target the check cannot
 * count is already left out of every rule. Read {@link #hasErrors()} as well before accepting a plan.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param satisfied whether every rule is met
 * @param rules the result of each rule, in the plan's order
 * @param findings what the check found about the targets
 */
public record CoverageVerdict(boolean satisfied, List<RuleResult> rules, List<Finding> findings) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   */
  public CoverageVerdict {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
  }

  /**
   * Returns the results of the rules that are not met.
   *
   * @return the unmet rules, in the plan's order
   */
  public List<RuleResult> unsatisfied() {
    return rules.stream().filter(r -> !r.satisfied()).toList();
  }

  /**
   * Tells whether a finding is an error, such as an unknown or inactive target.
   *
   * @return true if any finding has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
