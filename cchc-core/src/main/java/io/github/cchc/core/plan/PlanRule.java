package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.util.List;
import java.util.Optional;

/** One check of a plan, adding what it finds to a list. */
interface PlanRule {

  /**
   * Checks a plan.
   *
   * @param plan the plan
   * @param directory the organisation directory to resolve unit ids against, if given
   * @param findings where to add findings
   */
  void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings);

  /** Names a task for a message: its area's numeral and its number, such as "IV.7", or "IV (không số)". */
  static String taskLabel(Task task) {
    return task.area().roman() + task.code().map(code -> "." + code).orElse(" (không STT)");
  }

  /** The English counterpart of {@link #taskLabel(Task)}. */
  static String taskLabelEn(Task task) {
    return task.area().roman() + task.code().map(code -> "." + code).orElse(" (no number)");
  }

  /** The path of a task, such as {@code tasks[12]}. */
  static String taskPath(int index) {
    return "tasks[" + index + "]";
  }
}
