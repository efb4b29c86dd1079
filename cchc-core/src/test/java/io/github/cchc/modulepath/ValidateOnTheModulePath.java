package io.github.cchc.modulepath;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * Validates a plan with the default validator and prints each violation's path and constraint, one a line; run by
 * {@code ModulePathValidationTest} with cchc-core and the provider as named modules.
 */
public final class ValidateOnTheModulePath {

  private ValidateOnTheModulePath() {}

  /**
   * Prints the violations of a plan with a blank title, a year out of range and a task with a blank output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Task task = Task.builder().area(ReformArea.DIRECTION).title("Nhiệm vụ").addOutput(" ").build();
    Plan plan = Plan.builder().number(DocumentNumber.parse("175/KH-UBND")).issuer("UBND tỉnh").place("Thái Bình")
        .year(1999).title(" ").addTask(task).build();
    System.out.println("core " + Plan.class.getModule().getName());
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      System.out.println("provider " + factory.getClass().getModule().getName());
      factory.getValidator().validate(plan).stream()
          .map(ValidateOnTheModulePath::describe)
          .sorted()
          .forEach(System.out::println);
    }
  }

  private static String describe(ConstraintViolation<?> violation) {
    return violation.getPropertyPath() + " "
        + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }
}
