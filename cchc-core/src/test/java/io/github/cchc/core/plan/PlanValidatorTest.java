package io.github.cchc.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

  private static Plan withTasks(Task... tasks) {
    Plan complete = Plans.complete().build();
    return Plan.builder().from(complete).tasks(List.of()).addTasks(tasks).build();
  }

  private static Plan replacing(int index, Task task) {
    Plan plan = Plans.complete().build();
    List<Task> tasks = new java.util.ArrayList<>(plan.tasks());
    tasks.set(index, task);
    return Plan.builder().from(plan).tasks(tasks).build();
  }

  private static String summary(List<Finding> findings) {
    return findings.stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.path()).toList().toString();
  }

  @Test
  void aPlanThatMeetsEveryRuleHasNoFindings() {
    assertEquals(List.of(), PlanValidator.validate(Plans.complete().build()));
  }

  @Test
  @DisplayName("Thời điểm ban hành Kế hoạch chậm nhất là ngày 31/01/2024")
  void aPlanIssuedAfter31JanuaryIsAnError() {
    assertEquals(List.of(), PlanValidator.validate(Plans.complete().issueDate(LocalDate.of(2024, 1, 31)).build()));

    List<Finding> findings = PlanValidator.validate(Plans.complete().issueDate(LocalDate.of(2024, 2, 1)).build());
    assertEquals("[ERROR plan.issued-by-31-january issueDate]", summary(findings));
    assertTrue(findings.get(0).messageVi().contains("01/02/2024"), findings.get(0).messageVi());
    assertTrue(findings.get(0).messageEn().contains("2024-01-31"), findings.get(0).messageEn());
  }

  @Test
  void aYearNoCalendarHasIsAFindingNotAnException() {
    assertEquals("[ERROR structure.min year]",
        summary(PlanValidator.validate(Plans.complete().year(Integer.MIN_VALUE).build())));
    assertEquals("[ERROR structure.max year]",
        summary(PlanValidator.validate(Plans.complete().year(Integer.MAX_VALUE).build())));
  }

  @Test
  void aDraftWithoutADateCannotBeCheckedAndSaysSo() {
    Plan draft = Plans.complete().issueDate(Optional.empty()).build();
    assertTrue(draft.isDraft());
    assertEquals("[INFO plan.issued-by-31-january issueDate]", summary(PlanValidator.validate(draft)));
  }

  @Test
  @DisplayName("Các nhiệm vụ CCHC phải bao gồm đầy đủ công tác chỉ đạo điều hành và 06 lĩnh vực cải cách")
  void eachMissingAreaIsOneFinding() {
    Plan plan = withTasks(Plans.task(ReformArea.DIRECTION, "1"), Plans.task(ReformArea.PROCEDURES, "1"));
    List<Finding> findings = PlanValidator.validate(plan);

    assertEquals(5, findings.size(), summary(findings));
    assertTrue(findings.stream().allMatch(f -> f.ruleId().equals(PlanValidator.RULE_AREAS_COVERED)
        && f.severity() == Severity.ERROR && f.path().equals("tasks")));
    assertTrue(findings.get(0).messageVi().contains("II \"Cải cách thể chế\""), findings.get(0).messageVi());
    assertTrue(findings.get(4).messageVi().contains("VII"), findings.get(4).messageVi());
  }

  @Test
  @DisplayName("Nhiệm vụ phải xác định rõ kết quả sản phẩm, thời gian hoàn thành và cơ quan chủ trì")
  void aTaskWithoutOutputTimeframeOrLeadIsAnErrorAtItsPath() {
    Task bare = Task.builder().from(Plans.task(ReformArea.APPARATUS, "1"))
        .outputs(List.of()).leads(List.of()).timeframe(Optional.empty()).build();
    List<Finding> findings = PlanValidator.validate(replacing(3, bare));

    assertEquals("[ERROR task.output-required tasks[3].outputs, ERROR task.timeframe-required tasks[3].timeframe, "
        + "ERROR task.lead-required tasks[3].leads]", summary(findings));
    assertEquals("Nhiệm vụ IV.1 không có kết quả/sản phẩm.", findings.get(0).messageVi());
    assertEquals("Task IV.1 has no output.", findings.get(0).messageEn());
  }

  @Test
  void aMissingNumberIsAWarning() {
    Task unnumbered = Task.builder().from(Plans.task(ReformArea.APPARATUS, "1")).code(Optional.empty()).build();
    List<Finding> findings = PlanValidator.validate(replacing(3, unnumbered));
    assertEquals("[WARNING task.code-missing tasks[3].code]", summary(findings));
  }

  @Test
  void aNumberUsedTwiceInAnAreaIsAWarningAtTheSecondUse() {
    Plan plan = Plan.builder().from(Plans.complete().build())
        .addTask(Plans.task(ReformArea.PUBLIC_FINANCE, "1"))
        // the same number in another area is fine
        .addTask(Plans.task(ReformArea.DIRECTION, "2"))
        .build();
    List<Finding> findings = PlanValidator.validate(plan);
    assertEquals("[WARNING task.code-duplicate tasks[7].code]", summary(findings));
    assertTrue(findings.get(0).messageEn().contains("first at tasks[5]"), findings.get(0).messageEn());
  }

  @Test
  void unitIdsAreResolvedAgainstTheDirectoryWhenOneIsGiven() {
    Task task = Task.builder().from(Plans.task(ReformArea.DIRECTION, "1"))
        .addCoordinator(AgencyRef.unit("P-XYZ")).build();
    Plan plan = replacing(0, task);
    OrgDirectory directory = OrgDirectory.of(
        OrgUnit.builder().id("P").name("UBND tỉnh").kind(OrgKind.PROVINCE).build(),
        OrgUnit.builder().id("P-SNV").name("Sở Nội vụ").kind(OrgKind.DEPARTMENT).parent("P").build());

    assertEquals(List.of(), PlanValidator.validate(plan));
    List<Finding> findings = PlanValidator.validate(plan, directory);
    assertEquals("[ERROR task.unknown-unit tasks[0].coordinators[1]]", summary(findings));
    assertTrue(findings.get(0).messageEn().contains("\"P-XYZ\""));

    List<Finding> noUnits = PlanValidator.validate(plan, OrgDirectory.empty());
    assertEquals(List.of("tasks[0].leads[0]", "tasks[0].coordinators[1]"),
        noUnits.stream().filter(f -> f.path().startsWith("tasks[0]")).map(Finding::path).toList());
  }

  @Test
  void inconsistentTrackingIsAWarning() {
    Task doneWithoutDate = Task.builder().from(Plans.task(ReformArea.DIRECTION, "1"))
        .status(TaskStatus.DONE).build();
    Task dateWithoutDone = Task.builder().from(Plans.task(ReformArea.INSTITUTIONS, "1"))
        .status(TaskStatus.IN_PROGRESS).completionDate(LocalDate.of(2024, 2, 1)).build();
    List<Task> tasks = new java.util.ArrayList<>(replacing(1, dateWithoutDone).tasks());
    tasks.set(0, doneWithoutDate);
    Plan plan = Plan.builder().from(Plans.complete().build()).tasks(tasks).build();

    assertEquals("[WARNING task.done-without-completion-date tasks[0].completionDate, "
        + "WARNING task.completion-date-without-done tasks[1].completionDate]",
        summary(PlanValidator.validate(plan)));
  }

  @Test
  void everyFindingHasBothMessages() {
    Plan bad = Plan.builder().from(withTasks(Task.builder().from(Plans.task(ReformArea.DIRECTION, "1"))
            .outputs(List.of()).code(Optional.empty()).build()))
        .issueDate(LocalDate.of(2024, 3, 1)).title(" ").build();
    List<Finding> findings = PlanValidator.validate(bad);
    assertEquals(1 + 6 + 1 + 1 + 1, findings.size(), summary(findings));
    for (Finding finding : findings) {
      assertTrue(!finding.messageVi().isBlank() && !finding.messageEn().isBlank(), finding.toString());
    }
  }
}
