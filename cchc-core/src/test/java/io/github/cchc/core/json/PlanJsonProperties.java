package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import io.github.cchc.core.timeframe.Timeframe;
import io.github.cchc.core.testing.CoreModelGens;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A plan written as JSON reads back as the same plan, and the validator's findings point into the plan. */
class PlanJsonProperties {

  /** Timeframe cells of the seed plans; the round trip writes their canonical form. */
  private static final Pattern TASK_PATH = Pattern.compile("^tasks\\[(\\d+)]");

  @Test
  void readingWhatWasWrittenGivesThePlanBack() {
    qt().withExamples(200).forAll(plans()).checkAssert(plan -> assertEquals(plan, PlanJson.read(PlanJson.write(plan))));
  }

  @Test
  void validatingAnyPlanGivesFindingsThatPointIntoIt() {
    qt().withExamples(200).forAll(plans()).checkAssert(plan -> {
      for (Finding finding : PlanValidator.validate(plan)) {
        Matcher task = TASK_PATH.matcher(finding.path());
        if (task.find()) {
          assertTrue(Integer.parseInt(task.group(1)) < plan.tasks().size(), finding.toString());
        }
        assertTrue(!finding.messageVi().isBlank() && !finding.messageEn().isBlank(), finding.toString());
      }
    });
  }

  static Gen<Plan> plans() {
    return CoreModelGens.plans();
  }
}
