package io.github.cchc.core.coverage;

import io.github.cchc.core.inspection.InspectionTarget;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link TargetPlanner} proposes: either a target list that the {@link CoverageCheck} accepts, with the
 * reason for every pick, or the conflicts that make the rules impossible to meet, and then no targets at all.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param targets the proposed targets in directory order, empty when infeasible
 * @param picks why each target and subordinate unit was picked, in directory order
 * @param conflicts why the rules cannot be met, empty when feasible
 * @param verdict the coverage check of the proposal, empty when infeasible
 */
public record PlanningResult(List<InspectionTarget> targets, List<Pick> picks, List<RuleConflict> conflicts,
    Optional<CoverageVerdict> verdict) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a result has both targets and conflicts
   */
  public PlanningResult {
    targets = List.copyOf(targets);
    picks = List.copyOf(picks);
    conflicts = List.copyOf(conflicts);
    java.util.Objects.requireNonNull(verdict, "verdict");
    if (!conflicts.isEmpty() && (!targets.isEmpty() || verdict.isPresent())) {
      throw new IllegalArgumentException("A planning result has either targets or conflicts, not both");
    }
  }

  /**
   * Tells whether the rules could all be met.
   *
   * @return true if there are no conflicts
   */
  public boolean feasible() {
    return conflicts.isEmpty();
  }
}
