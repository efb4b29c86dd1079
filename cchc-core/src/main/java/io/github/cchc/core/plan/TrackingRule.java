package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.util.List;
import java.util.Optional;

/**
 * The tracking of a task is consistent: a done task records its completion date (otherwise it cannot be called on
 * time or late), and only a done task has one.
 */
final class TrackingRule implements PlanRule {

  @Override
  public void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings) {
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      String path = PlanRule.taskPath(i) + ".completionDate";
      boolean done = task.status() == TaskStatus.DONE;
      if (done && task.completionDate().isEmpty()) {
        findings.add(Finding.warning(path, PlanValidator.RULE_DONE_WITHOUT_DATE,
            "Nhiệm vụ " + PlanRule.taskLabel(task) + " đã hoàn thành nhưng chưa ghi ngày hoàn thành, nên chưa xác "
                + "định được đúng hạn hay trễ hạn.",
            "Task " + PlanRule.taskLabelEn(task) + " is done but has no completion date, so it cannot be called on "
                + "time or late."));
      }
      if (!done && task.completionDate().isPresent()) {
        findings.add(Finding.warning(path, PlanValidator.RULE_DATE_WITHOUT_DONE,
            "Nhiệm vụ " + PlanRule.taskLabel(task) + " có ngày hoàn thành nhưng trạng thái là \""
                + task.status().label() + "\".",
            "Task " + PlanRule.taskLabelEn(task) + " has a completion date but its status is " + task.status()
                + "."));
      }
    }
  }
}
