package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a plan against its structural constraints and the rules a CCHC plan states for itself (domain.md §2), and
 * lists what it finds. A plan that is merely bad never makes it throw.
 *
 * <p>The rules, by id:
 *
 * <ul>
 *   <li>{@value #RULE_ISSUED_BY_31_JANUARY}: issued no later than 31 January of its year (an error); a draft without a
 *       date gets an information that it cannot be checked;
 *   <li>{@value #RULE_AREAS_COVERED}: direction and all six reform areas have tasks, one error per missing area;
 *   <li>{@value #RULE_OUTPUT_REQUIRED}, {@value #RULE_TIMEFRAME_REQUIRED}, {@value #RULE_LEAD_REQUIRED}: every task
 *       has an output, a timeframe and a lead agency (errors);
 *   <li>{@value #RULE_CODE_MISSING}, {@value #RULE_CODE_DUPLICATE}: a task without a number, or with a number already
 *       used in its area (warnings);
 *   <li>{@value #RULE_UNKNOWN_UNIT}: a lead or coordinating unit id that the directory does not know (an error;
 *       checked only when a directory is given);
 *   <li>{@value #RULE_DONE_WITHOUT_DATE}, {@value #RULE_DATE_WITHOUT_DONE}: inconsistent tracking (warnings);
 *   <li>{@code structure.not-blank}, {@code structure.min}, {@code structure.max}: a structural constraint of the
 *       model, with the property path of the value (errors). These are the model's Bean Validation constraints (see
 *       {@link Plan}), checked here in plain Java: no Bean Validation provider is needed or used. A validator of the
 *       caller's, {@code jakarta.validation.Validator}, reports the same constraints with the same property paths.
 * </ul>
 *
 * <p>Paths use the model's property names with zero-based indexes, such as {@code tasks[12].outputs}. Findings come
 * in the order of the list above, and within a rule in document order.
 *
 * <pre>{@code
 * for (Finding finding : PlanValidator.validate(plan, directory)) {
 *   System.out.println(finding.severity().label() + " " + finding.path() + ": " + finding.messageVi());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanValidator {

  /** The plan is issued no later than 31 January of its year. */
  public static final String RULE_ISSUED_BY_31_JANUARY = "plan.issued-by-31-january";
  /** Direction and all six reform areas have tasks. */
  public static final String RULE_AREAS_COVERED = "plan.areas-covered";
  /** Every task names an output. */
  public static final String RULE_OUTPUT_REQUIRED = "task.output-required";
  /** Every task has a timeframe. */
  public static final String RULE_TIMEFRAME_REQUIRED = "task.timeframe-required";
  /** Every task has a lead agency. */
  public static final String RULE_LEAD_REQUIRED = "task.lead-required";
  /** A task without a number (STT). */
  public static final String RULE_CODE_MISSING = "task.code-missing";
  /** A task whose number is already used in its area. */
  public static final String RULE_CODE_DUPLICATE = "task.code-duplicate";
  /** A unit id that the organisation directory does not know. */
  public static final String RULE_UNKNOWN_UNIT = "task.unknown-unit";
  /** A done task without a completion date. */
  public static final String RULE_DONE_WITHOUT_DATE = "task.done-without-completion-date";
  /** A completion date on a task that is not done. */
  public static final String RULE_DATE_WITHOUT_DONE = "task.completion-date-without-done";

  private static final List<PlanRule> RULES = List.of(
      new IssueDateRule(),
      new AreaCoverageRule(),
      new TaskContentRule(),
      new TaskCodeRule(),
      new AgencyRule(),
      new TrackingRule(),
      new StructureRule());

  private PlanValidator() {}

  /**
   * Checks a plan without resolving unit ids.
   *
   * @param plan the plan
   * @return the findings, empty when the plan meets every rule
   * @throws NullPointerException if the plan is null
   */
  public static List<Finding> validate(Plan plan) {
    return run(Objects.requireNonNull(plan, "plan"), Optional.empty());
  }

  /**
   * Checks a plan and resolves the unit ids of its lead and coordinating agencies against a directory.
   *
   * @param plan the plan
   * @param directory the organisation directory
   * @return the findings, empty when the plan meets every rule
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> validate(Plan plan, OrgDirectory directory) {
    return run(Objects.requireNonNull(plan, "plan"), Optional.of(Objects.requireNonNull(directory, "directory")));
  }

  private static List<Finding> run(Plan plan, Optional<OrgDirectory> directory) {
    List<Finding> findings = new ArrayList<>();
    for (PlanRule rule : RULES) {
      rule.check(plan, directory, findings);
    }
    return List.copyOf(findings);
  }
}
