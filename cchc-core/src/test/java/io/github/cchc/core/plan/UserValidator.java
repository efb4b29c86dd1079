package io.github.cchc.core.plan;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;

/**
 * The validator a user of the library has: Bean Validation's default, bootstrapped without any configuration, and
 * the same constraints seen through {@link PlanValidator}'s findings, both as sorted lists of "rule-id path".
 */
final class UserValidator {

  /** Built once, as an application does: a factory is costly and thread-safe. */
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  static final Validator VALIDATOR = FACTORY.getValidator();

  private UserValidator() {}

  /** The violations the user's validator reports for a plan, a task or any bean, as "structure.code path". */
  static List<String> violations(Object bean) {
    return VALIDATOR.validate(bean).stream().map(UserValidator::describe).sorted().toList();
  }

  /** The structural findings of {@link PlanValidator}, as "structure.code path". */
  static List<String> structuralFindings(Plan plan) {
    return PlanValidator.validate(plan).stream()
        .filter(f -> f.ruleId().startsWith("structure."))
        .map(f -> f.ruleId() + " " + f.path())
        .sorted()
        .toList();
  }

  static String describe(ConstraintViolation<?> violation) {
    return "structure." + code(violation) + " " + path(violation.getPropertyPath());
  }

  /** The constraint as the rule ids name it: {@code @NotBlank} is "not-blank", the not-blank pattern too. */
  static String code(ConstraintViolation<?> violation) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    if (constraint instanceof jakarta.validation.constraints.Pattern pattern
        && pattern.regexp().equals(StructureRule.NOT_BLANK)) {
      return "not-blank";
    }
    return constraint.annotationType().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * A property path as the findings write it, {@code tasks[3].outputs[0]}: the index of an element stands on the node
   * after its list, and container elements ({@code <list element>}) have no name of their own in a path.
   */
  static String path(Path propertyPath) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.isInIterable() && node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(node.getName());
    }
    return out.toString();
  }
}
