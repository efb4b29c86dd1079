package io.github.cchc.core.coverage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the planner picked a unit: as a target, or as a subordinate unit to visit at a target.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param unit the id of the picked unit
 * @param subordinateOf the target at which it is visited, empty for a target
 * @param rules the indexes of the rules the pick serves
 * @param priority the unit's priority score
 * @param reasonVi the reason in Vietnamese
 * @param reasonEn the reason in English
 */
public record Pick(String unit, Optional<String> subordinateOf, List<Integer> rules, BigDecimal priority,
    String reasonVi, String reasonEn) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Pick {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(subordinateOf, "subordinateOf");
    rules = List.copyOf(rules);
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(reasonVi, "reasonVi");
    Objects.requireNonNull(reasonEn, "reasonEn");
  }
}
