package io.github.cchc.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A user's own validator, bootstrapped without configuration ({@code Validation.buildDefaultValidatorFactory()}),
 * finds the model's constraints and reports the same violations, by property path and constraint, as the structural
 * findings of {@link PlanValidator}.
 */
class BeanValidationTest {

  private static Plan withFirstTask(UnaryOperator<Task.Builder> change) {
    Plan plan = Plans.complete().build();
    List<Task> tasks = new java.util.ArrayList<>(plan.tasks());
    tasks.set(0, change.apply(Task.builder().from(tasks.get(0))).build());
    return Plan.builder().from(plan).tasks(tasks).build();
  }

  private static void sameAsPlanValidator(List<String> expected, Plan plan) {
    assertEquals(expected, UserValidator.structuralFindings(plan), "PlanValidator");
    assertEquals(expected, UserValidator.violations(plan), "the user's validator");
  }

  private static Set<String> constrainedProperties(Class<?> type) {
    BeanDescriptor bean = UserValidator.VALIDATOR.getConstraintsForClass(type);
    assertTrue(bean.isBeanConstrained(), type + " is constrained");
    return bean.getConstrainedProperties().stream().map(PropertyDescriptor::getPropertyName)
        .collect(Collectors.toSet());
  }

  @Test
  void theValidatorSeesThePlansConstrainedProperties() {
    assertEquals(Set.of("issuer", "place", "year", "title", "purposes", "requirements", "tasks"),
        constrainedProperties(Plan.class));
  }

  @Test
  void theValidatorSeesTheTasksConstrainedProperties() {
    assertEquals(Set.of("code", "title", "outputs", "timeframeText"), constrainedProperties(Task.class));
  }

  @Test
  void aPlanThatMeetsEveryConstraintHasNoViolation() {
    sameAsPlanValidator(List.of(), Plans.complete().build());
  }

  @Test
  void blankHeaderFieldsAreViolations() {
    sameAsPlanValidator(
        List.of("structure.not-blank issuer", "structure.not-blank place", "structure.not-blank title"),
        Plans.complete().issuer("").place(" \t").title("\n").build());
  }

  @Test
  void aYearOutOfRangeIsAViolationOfItsBound() {
    sameAsPlanValidator(List.of("structure.min year"), Plans.complete().year(Plan.MIN_YEAR - 1).build());
    sameAsPlanValidator(List.of("structure.max year"), Plans.complete().year(Plan.MAX_YEAR + 1).build());
    sameAsPlanValidator(List.of(), Plans.complete().year(Plan.MIN_YEAR).build());
    sameAsPlanValidator(List.of(), Plans.complete().year(Plan.MAX_YEAR).build());
  }

  @Test
  void blankParagraphsAreViolationsAtTheirIndex() {
    sameAsPlanValidator(List.of("structure.not-blank purposes[1]", "structure.not-blank requirements[1]"),
        Plans.complete().addPurpose("").addRequirement(" ").build());
  }

  @Test
  void theTasksAreValidatedInTurn() {
    sameAsPlanValidator(List.of("structure.not-blank tasks[0].title"), withFirstTask(task -> task.title(" ")));
    sameAsPlanValidator(List.of("structure.not-blank tasks[0].outputs[1]"),
        withFirstTask(task -> task.addOutput("")));
  }

  @Test
  void aTaskNumberOrTimeframeTextMayBeAbsentButNotBlank() {
    sameAsPlanValidator(List.of(),
        withFirstTask(task -> task.code(Optional.empty()).timeframeText(Optional.empty())));
    sameAsPlanValidator(List.of("structure.not-blank tasks[0].code", "structure.not-blank tasks[0].timeframeText"),
        withFirstTask(task -> task.code(" ").timeframeText("")));
  }

  @Test
  void aTaskIsValidatedOnItsOwnToo() {
    Task task = Task.builder().from(Plans.task(ReformArea.DIRECTION, "1")).code("").title(" ").addOutput("\t")
        .build();
    assertEquals(List.of("structure.not-blank code", "structure.not-blank outputs[1]", "structure.not-blank title"),
        UserValidator.violations(task));
  }

  @Test
  void aViolationCarriesTheStandardConstraintItsValueAndItsBeanPath() {
    Plan plan = Plan.builder().from(withFirstTask(task -> task.title(" "))).year(1999).build();
    List<ConstraintViolation<Plan>> violations = UserValidator.VALIDATOR.validate(plan).stream()
        .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
    assertEquals(2, violations.size(), violations.toString());

    ConstraintViolation<Plan> title = violations.get(0);
    assertEquals("tasks[0].title", title.getPropertyPath().toString());
    assertEquals("{jakarta.validation.constraints.NotBlank.message}", title.getMessageTemplate());
    assertEquals(" ", title.getInvalidValue());
    assertTrue(title.getLeafBean() instanceof Task);

    ConstraintViolation<Plan> year = violations.get(1);
    assertEquals("year", year.getPropertyPath().toString());
    assertEquals("{jakarta.validation.constraints.Min.message}", year.getMessageTemplate());
    assertEquals(1999, year.getInvalidValue());
    assertTrue(year.getMessage().contains("2000"), year.getMessage());
  }

  @Test
  void aBlankTaskNumberReadsAsBlankNotAsAPatternMismatch() {
    ConstraintViolation<Plan> code = UserValidator.VALIDATOR.validate(withFirstTask(task -> task.code(" "))).stream()
        .findFirst().orElseThrow();
    assertEquals("tasks[0].code", code.getPropertyPath().toString());
    assertEquals("{jakarta.validation.constraints.NotBlank.message}", code.getMessageTemplate());
    assertEquals(UserValidator.VALIDATOR.validate(withFirstTask(task -> task.title(" "))).iterator().next()
        .getMessage(), code.getMessage());
  }
}
