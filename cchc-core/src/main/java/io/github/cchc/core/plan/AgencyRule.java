package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.util.List;
import java.util.Optional;

/** Lead and coordinating agencies given by unit id name units of the directory, when one is given. */
final class AgencyRule implements PlanRule {

  @Override
  public void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings) {
    if (directory.isEmpty()) {
      return;
    }
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      checkAll(task, PlanRule.taskPath(i) + ".leads", task.leads(), directory.get(), findings);
      checkAll(task, PlanRule.taskPath(i) + ".coordinators", task.coordinators(), directory.get(), findings);
    }
  }

  private static void checkAll(
      Task task, String path, List<AgencyRef> agencies, OrgDirectory directory, List<Finding> findings) {
    for (int j = 0; j < agencies.size(); j++) {
      Optional<String> id = agencies.get(j).unitId();
      if (id.isPresent() && directory.unit(id.get()).isEmpty()) {
        findings.add(Finding.error(path + "[" + j + "]", PlanValidator.RULE_UNKNOWN_UNIT,
            "Nhiệm vụ " + PlanRule.taskLabel(task) + " nêu đơn vị \"" + id.get()
                + "\" không có trong danh mục tổ chức.",
            "Task " + PlanRule.taskLabelEn(task) + " names unit \"" + id.get()
                + "\", which is not in the organisation directory."));
      }
    }
  }
}
