package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.util.List;
import java.util.Optional;

/** Every task names a concrete output, a completion time and a lead agency (domain.md §2). */
final class TaskContentRule implements PlanRule {

  @Override
  public void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings) {
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      String path = PlanRule.taskPath(i);
      String vi = PlanRule.taskLabel(task);
      String en = PlanRule.taskLabelEn(task);
      if (task.outputs().isEmpty()) {
        findings.add(Finding.error(path + ".outputs", PlanValidator.RULE_OUTPUT_REQUIRED,
            "Nhiệm vụ " + vi + " không có kết quả/sản phẩm.",
            "Task " + en + " has no output."));
      }
      if (task.timeframe().isEmpty()) {
        findings.add(Finding.error(path + ".timeframe", PlanValidator.RULE_TIMEFRAME_REQUIRED,
            "Nhiệm vụ " + vi + " không có thời gian thực hiện.",
            "Task " + en + " has no timeframe."));
      }
      if (task.leads().isEmpty()) {
        findings.add(Finding.error(path + ".leads", PlanValidator.RULE_LEAD_REQUIRED,
            "Nhiệm vụ " + vi + " không có cơ quan chủ trì.",
            "Task " + en + " has no lead agency."));
      }
    }
  }
}
