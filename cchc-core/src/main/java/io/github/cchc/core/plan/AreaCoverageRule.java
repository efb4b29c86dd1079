package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tasks cover direction and all six reform areas: one finding per area without a task. */
final class AreaCoverageRule implements PlanRule {

  @Override
  public void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings) {
    Set<ReformArea> covered = EnumSet.noneOf(ReformArea.class);
    plan.tasks().forEach(task -> covered.add(task.area()));
    for (ReformArea area : ReformArea.values()) {
      if (!covered.contains(area)) {
        findings.add(Finding.error("tasks", PlanValidator.RULE_AREAS_COVERED,
            "Kế hoạch không có nhiệm vụ nào thuộc mục " + area.roman() + " \"" + area.label() + "\".",
            "The plan has no task in area " + area.roman() + " (" + area.name() + ")."));
      }
    }
  }
}
