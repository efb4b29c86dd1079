package io.github.cchc.core.coverage;

import java.util.List;
import java.util.Objects;

/**
 * Why the planner cannot meet the rules: which rules conflict (by zero-based index in the plan; empty when the
 * conflict is between the request's must-include and must-exclude lists alone), the units concerned, and why, in
 * Vietnamese and English.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param rules the indexes of the rules in conflict
 * @param units the units concerned, such as the district with too few communes
 * @param messageVi the explanation in Vietnamese
 * @param messageEn the explanation in English
 */
public record RuleConflict(List<Integer> rules, List<String> units, String messageVi, String messageEn) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a component is null
   */
  public RuleConflict {
    rules = List.copyOf(rules);
    units = List.copyOf(units);
    Objects.requireNonNull(messageVi, "messageVi");
    Objects.requireNonNull(messageEn, "messageEn");
  }
}
