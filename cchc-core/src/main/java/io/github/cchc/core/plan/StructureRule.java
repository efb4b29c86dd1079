package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Bean Validation constraints of the model and turns each violation into a finding with the property path
 * ({@code tasks[3].title}) and a message in both languages.
 */
final class StructureRule implements PlanRule {

  /**
   * Text with at least one non-blank character. {@code @NotBlank} cannot be used inside an {@code Optional}: Bean
   * Validation reads an empty Optional as null, which {@code @NotBlank} rejects; {@code @Pattern} accepts it.
   */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /** Built once: a validator factory is costly and thread-safe. */
  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(new AccessorPropertySelection())
          // Messages are written here in both languages, so no expression language is needed to interpolate them.
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Override
  public void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings) {
    VALIDATOR.validate(plan).stream()
        .sorted(Comparator.comparing((ConstraintViolation<Plan> v) -> path(v.getPropertyPath()))
            .thenComparing(v -> constraintName(v)))
        .map(StructureRule::toFinding)
        .forEach(findings::add);
  }

  private static Finding toFinding(ConstraintViolation<?> violation) {
    String path = path(violation.getPropertyPath());
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    String ruleId = "structure." + constraintName(violation);
    Object value = violation.getInvalidValue();
    return switch (simpleName(violation)) {
      case "NotBlank" -> Finding.error(path, ruleId,
          "Không được để trống: " + path + ".",
          "Must not be blank: " + path + ".");
      case "NotNull" -> Finding.error(path, ruleId,
          "Thiếu giá trị bắt buộc: " + path + ".",
          "A value is required: " + path + ".");
      case "Min" -> Finding.error(path, ruleId,
          path + " = " + value + " nhỏ hơn giá trị tối thiểu " + attributes.get("value") + ".",
          path + " = " + value + " is less than the minimum " + attributes.get("value") + ".");
      case "Max" -> Finding.error(path, ruleId,
          path + " = " + value + " lớn hơn giá trị tối đa " + attributes.get("value") + ".",
          path + " = " + value + " is greater than the maximum " + attributes.get("value") + ".");
      default -> Finding.error(path, ruleId,
          "Giá trị không hợp lệ tại " + path + ": " + violation.getMessage(),
          "Invalid value at " + path + ": " + violation.getMessage());
    };
  }

  /** "NotBlank" becomes "not-blank"; the not-blank pattern is named as what it means. */
  private static String constraintName(ConstraintViolation<?> violation) {
    String name = simpleName(violation);
    return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String simpleName(ConstraintViolation<?> violation) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    if (constraint instanceof jakarta.validation.constraints.Pattern pattern && pattern.regexp().equals(NOT_BLANK)) {
      return "NotBlank";
    }
    return constraint.annotationType().getSimpleName();
  }

  /**
   * Writes a property path as the document's paths read: {@code tasks[3].outputs[0]}. Bean Validation puts an
   * element's index on the node after the collection, and names container elements with placeholders such as
   * {@code <list element>}, which are left out.
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
