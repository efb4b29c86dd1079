package io.github.cchc.core.plan;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks the structural constraints of the model, the ones its Bean Validation annotations declare (see {@link Plan}),
 * in plain Java: a finding per broken constraint with the property path ({@code tasks[3].title}) and a message in
 * both languages. No Bean Validation provider is needed; one that validates the same plan reports the same paths, and
 * the tests hold the two to that.
 */
final class StructureRule implements PlanRule {

  /**
   * Text that is not blank: at least one character that is not white space ({@link Character#isWhitespace(int)}),
   * exactly what {@link String#isBlank()} tests and what {@code @NotBlank} tests in Hibernate Validator 9. An optional
   * text uses it as {@code @Pattern}: Bean Validation reads an absent value as null, which {@code @NotBlank} would
   * reject and {@code @Pattern} accepts.
   */
  static final String NOT_BLANK = "(?s).*\\P{javaWhitespace}.*";

  /** The message template of {@code @NotBlank}, which the {@link #NOT_BLANK} pattern shares. */
  static final String NOT_BLANK_MESSAGE = "{jakarta.validation.constraints.NotBlank.message}";

  /** The constraint names, as the rule ids end: {@code structure.not-blank}. */
  private static final String NOT_BLANK_NAME = "not-blank";
  private static final String MIN_NAME = "min";
  private static final String MAX_NAME = "max";

  /** One broken constraint, before it becomes a finding. */
  private record Violation(String path, String constraint, Finding finding) {}

  @Override
  public void check(Plan plan, Optional<OrgDirectory> directory, List<Finding> findings) {
    List<Violation> violations = new ArrayList<>();
    notBlank("issuer", plan.issuer(), violations);
    notBlank("place", plan.place(), violations);
    range("year", plan.year(), Plan.MIN_YEAR, Plan.MAX_YEAR, violations);
    notBlank("title", plan.title(), violations);
    eachNotBlank("purposes", plan.purposes(), violations);
    eachNotBlank("requirements", plan.requirements(), violations);
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      String prefix = PlanRule.taskPath(i) + ".";
      absentOrNotBlank(prefix + "code", task.code(), violations);
      notBlank(prefix + "title", task.title(), violations);
      eachNotBlank(prefix + "outputs", task.outputs(), violations);
      absentOrNotBlank(prefix + "timeframeText", task.timeframeText(), violations);
    }
    // The order of the findings: by path as text, then by constraint, as they have always been listed.
    violations.stream()
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::constraint))
        .map(Violation::finding)
        .forEach(findings::add);
  }

  private static void notBlank(String path, String text, List<Violation> violations) {
    if (text.isBlank()) {
      violations.add(blank(path));
    }
  }

  private static void absentOrNotBlank(String path, Optional<String> text, List<Violation> violations) {
    if (text.isPresent() && text.get().isBlank()) {
      violations.add(blank(path));
    }
  }

  private static void eachNotBlank(String path, List<String> texts, List<Violation> violations) {
    for (int i = 0; i < texts.size(); i++) {
      notBlank(path + "[" + i + "]", texts.get(i), violations);
    }
  }

  private static Violation blank(String path) {
    return new Violation(path, NOT_BLANK_NAME, Finding.error(path, "structure." + NOT_BLANK_NAME,
        "Không được để trống: " + path + ".",
        "Must not be blank: " + path + "."));
  }

  private static void range(String path, int value, int min, int max, List<Violation> violations) {
    if (value < min) {
      violations.add(new Violation(path, MIN_NAME, Finding.error(path, "structure." + MIN_NAME,
          path + " = " + value + " nhỏ hơn giá trị tối thiểu " + min + ".",
          path + " = " + value + " is less than the minimum " + min + ".")));
    }
    if (value > max) {
      violations.add(new Violation(path, MAX_NAME, Finding.error(path, "structure." + MAX_NAME,
          path + " = " + value + " lớn hơn giá trị tối đa " + max + ".",
          path + " = " + value + " is greater than the maximum " + max + ".")));
    }
  }
}
