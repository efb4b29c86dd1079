package io.github.cchc.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each structural constraint of the model, as {@link PlanValidator} reports it without a Bean Validation provider;
 * {@link BeanValidationTest} shows that a user's validator reports the same.
 */
class StructureConstraintsTest {

  private static List<String> structural(Plan plan) {
    return PlanValidator.validate(plan).stream()
        .filter(f -> f.ruleId().startsWith("structure."))
        .map(f -> f.ruleId() + " " + f.path())
        .toList();
  }

  private static Plan withFirstTask(UnaryOperator<Task.Builder> change) {
    Plan plan = Plans.complete().build();
    List<Task> tasks = new java.util.ArrayList<>(plan.tasks());
    tasks.set(0, change.apply(Task.builder().from(tasks.get(0))).build());
    return Plan.builder().from(plan).tasks(tasks).build();
  }

  @Test
  void issuerMustNotBeBlank() {
    assertEquals(List.of("structure.not-blank issuer"), structural(Plans.complete().issuer("").build()));
  }

  @Test
  void placeMustNotBeBlank() {
    assertEquals(List.of("structure.not-blank place"), structural(Plans.complete().place(" \t").build()));
  }

  @Test
  void titleMustNotBeBlank() {
    assertEquals(List.of("structure.not-blank title"), structural(Plans.complete().title("   ").build()));
  }

  @Test
  void yearHasAMinimum() {
    assertEquals(List.of(), structural(Plans.complete().year(Plan.MIN_YEAR).build()));
    List<Finding> findings = PlanValidator.validate(Plans.complete().year(Plan.MIN_YEAR - 1).build());
    Finding min = findings.stream().filter(f -> f.ruleId().equals("structure.min")).findFirst().orElseThrow();
    assertEquals("year", min.path());
    assertEquals(Severity.ERROR, min.severity());
    assertTrue(min.messageEn().contains("1999") && min.messageEn().contains("2000"), min.messageEn());
  }

  @Test
  void yearHasAMaximum() {
    assertEquals(List.of(), structural(Plans.complete().year(Plan.MAX_YEAR).build()));
    assertEquals(List.of("structure.max year"), structural(Plans.complete().year(Plan.MAX_YEAR + 1).build()));
  }

  @Test
  void purposesAndRequirementsMustNotContainBlankParagraphs() {
    Plan plan = Plans.complete().addPurpose("").addRequirement(" ").build();
    assertEquals(List.of("structure.not-blank purposes[1]", "structure.not-blank requirements[1]"),
        structural(plan));
  }

  @Test
  void tasksAreValidatedInTurn() {
    assertEquals(List.of("structure.not-blank tasks[0].title"),
        structural(withFirstTask(task -> task.title(" "))));
  }

  @Test
  void aTaskNumberMayBeAbsentButNotBlank() {
    assertEquals(List.of(), structural(withFirstTask(task -> task.code(Optional.empty()))));
    assertEquals(List.of("structure.not-blank tasks[0].code"), structural(withFirstTask(task -> task.code(" "))));
  }

  @Test
  void blankMeansWhiteSpaceOnlyForEveryText() {
    // String.isBlank: an em space or a separator control is white space, a non-breaking space is not.
    assertEquals(List.of("structure.not-blank tasks[0].code", "structure.not-blank tasks[0].title"),
        structural(withFirstTask(task -> task.code("\u2003").title("\u001c"))));
    assertEquals(List.of(), structural(withFirstTask(task -> task.code("\u00a0").title("\u00a0"))));
  }

  @Test
  void outputsMustNotBeBlank() {
    assertEquals(List.of("structure.not-blank tasks[0].outputs[1]"),
        structural(withFirstTask(task -> task.addOutput(""))));
  }

  @Test
  void theOriginalTimeframeTextMustNotBeBlank() {
    assertEquals(List.of("structure.not-blank tasks[0].timeframeText"),
        structural(withFirstTask(task -> task.timeframeText(""))));
  }

  @Test
  void aStructuralFindingSpeaksBothLanguages() {
    Finding finding = PlanValidator.validate(Plans.complete().title("").build()).stream()
        .filter(f -> f.ruleId().equals("structure.not-blank")).findFirst().orElseThrow();
    assertEquals("Không được để trống: title.", finding.messageVi());
    assertEquals("Must not be blank: title.", finding.messageEn());
  }
}
