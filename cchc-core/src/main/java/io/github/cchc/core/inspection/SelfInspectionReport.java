package io.github.cchc.core.inspection;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A unit's report of its self-inspection (báo cáo kết quả tự kiểm tra): which of its own subordinate units it
 * inspected. The self-inspection coverage rule is checked against these reports.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param unit the id of the reporting unit
 * @param inspectedSubordinates the ids of the subordinate units it inspected
 * @param submitted the day the report was sent, if known
 */
public record SelfInspectionReport(String unit, Set<String> inspectedSubordinates, Optional<LocalDate> submitted) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component or id is null
   * @throws IllegalArgumentException if the unit is blank
   */
  public SelfInspectionReport {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(submitted, "submitted");
    if (unit.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "unit", "Báo cáo tự kiểm tra cần có mã đơn vị",
          "A self-inspection report needs a unit id");
    }
    LinkedHashSet<String> copy = new LinkedHashSet<>();
    for (String s : inspectedSubordinates) {
      copy.add(Objects.requireNonNull(s, "inspected subordinate"));
    }
    inspectedSubordinates = java.util.Collections.unmodifiableSet(copy);
  }

  /**
   * Returns a report without a submission date.
   *
   * @param unit the reporting unit
   * @param inspectedSubordinates the subordinate units it inspected
   * @return the report
   * @throws IllegalArgumentException if the unit is blank
   */
  public static SelfInspectionReport of(String unit, Set<String> inspectedSubordinates) {
    return new SelfInspectionReport(unit, inspectedSubordinates, Optional.empty());
  }
}
