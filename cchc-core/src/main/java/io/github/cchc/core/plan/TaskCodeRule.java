package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A task without a number (STT), or with a number already used in its area, is a warning: real tables have both
 * defects and the task itself is still usable.
 */
final class TaskCodeRule implements PlanRule {

  @Override
  public void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings) {
    Map<ReformArea, Map<String, Integer>> firstIndexByCode = new EnumMap<>(ReformArea.class);
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      String path = PlanRule.taskPath(i) + ".code";
      if (task.code().isEmpty()) {
        findings.add(Finding.warning(path, PlanValidator.RULE_CODE_MISSING,
            "Nhiệm vụ \"" + task.title() + "\" (mục " + task.area().roman() + ") không có số thứ tự.",
            "Task \"" + task.title() + "\" in area " + task.area().roman() + " has no number."));
        continue;
      }
      String code = task.code().get();
      Integer first = firstIndexByCode.computeIfAbsent(task.area(), area -> new HashMap<>()).putIfAbsent(code, i);
      if (first != null) {
        findings.add(Finding.warning(path, PlanValidator.RULE_CODE_DUPLICATE,
            "Số thứ tự " + code + " bị trùng trong mục " + task.area().roman() + " (đã dùng ở tasks[" + first
                + "]).",
            "Number " + code + " is used twice in area " + task.area().roman() + " (first at tasks[" + first
                + "])."));
      }
    }
  }
}
