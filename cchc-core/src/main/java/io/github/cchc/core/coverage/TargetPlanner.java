package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgDirectory;
import java.util.Objects;

/**
 * Proposes a target list that meets an inspection plan's coverage rules: the one thing a Department of Home Affairs
 * still does by hand.
 *
 * <pre>{@code
 * PlanningResult result = TargetPlanner.propose(directory, PlanningRequest.builder()
 *     .asOf(LocalDate.of(2024, 4, 1)).addAllRules(plan.coverage()).seed(2024).build());
 * if (result.feasible()) result.targets().forEach(System.out::println);
 * else result.conflicts().forEach(c -> System.out.println(c.messageEn()));
 * }</pre>
 *
 * <p>The algorithm, in order:
 *
 * <ol>
 *   <li>the units the {@code include} rules name and the request's must-include units are taken as they are; a unit
 *       that is unknown, inactive, or also excluded is a conflict;
 *   <li>every parent a {@code perParent} rule covers gets its minimum of children, the highest-priority eligible ones;
 *   <li>{@code share} and {@code count} rules are topped up one unit at a time, each time with the eligible unit
 *       that serves the most rules still short, then with the highest priority, then by the seeded tie-break;
 *       steps 2 and 3 repeat while a pick makes a new parent selected;
 *   <li>units picked in steps 2 and 3 that turned out redundant are dropped, lowest priority first, so that the list
 *       is minimal: no target can be left out without breaking a rule;
 *   <li>every department or committee target that a {@code subordinates} rule covers gets its minimum of subordinate
 *       units, those already targets first, then by priority;
 *   <li>the proposal is checked with {@link CoverageCheck}.
 * </ol>
 *
 * <p>A unit is eligible when it is active at the date, not excluded, and adding it breaks no maximum of a {@code
 * perParent} rule and leaves every rule it falls under satisfiable (a parent under a {@code SELECTED} rule needs
 * enough children; a department or committee needs enough subordinate units). When a rule cannot be met the result
 * names the rules in conflict and why, and has no targets: the planner never returns a list the check rejects.
 * {@code selfInspection} rules are decided by reports, not targets, and are left aside. The result depends only on
 * the directory and the request, seed included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetPlanner {

  private TargetPlanner() {}

  /**
   * Proposes targets.
   *
   * @param directory the organisation directory
   * @param request the rules, date, lists, history, priorities and seed
   * @return the proposal, or the conflicts that prevent one
   */
  public static PlanningResult propose(OrgDirectory directory, PlanningRequest request) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(request, "request");
    return new Planning(directory, request).run();
  }
}
