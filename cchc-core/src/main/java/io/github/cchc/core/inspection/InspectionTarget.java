package io.github.cchc.core.inspection;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A unit the plan inspects, the form of the inspection, and the subordinate units to be visited there ("kiểm tra trực
 * tiếp từ 02 đến 03 đơn vị trực thuộc").
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param unit the id of the inspected unit
 * @param form the form of inspection
 * @param subordinates the ids of the subordinate units to visit there, without duplicates, possibly empty
 */
public record InspectionTarget(String unit, InspectionForm form, List<String> subordinates) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component or subordinate is null
   * @throws IllegalArgumentException if the unit is blank, a subordinate is listed twice or is the unit itself
   */
  public InspectionTarget {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(form, "form");
    if (unit.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "", "Đối tượng kiểm tra cần có mã đơn vị",
          "An inspection target needs a unit id");
    }
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (String s : subordinates) {
      Objects.requireNonNull(s, "subordinate");
      if (!seen.add(s)) {
        throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, unit,
            "Đối tượng '" + unit + "' liệt kê đơn vị trực thuộc '" + s + "' hai lần",
            "Target '" + unit + "' lists subordinate '" + s + "' twice");
      }
      if (s.equals(unit)) {
        throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, unit,
            "Đối tượng '" + unit + "' tự liệt kê mình là đơn vị trực thuộc",
            "Target '" + unit + "' lists itself as its own subordinate");
      }
    }
    subordinates = List.copyOf(subordinates);
  }

  /**
   * Returns a direct, announced inspection of a unit with no subordinate units listed.
   *
   * @param unit the unit id
   * @return the target
   * @throws IllegalArgumentException if the unit is blank
   */
  public static InspectionTarget of(String unit) {
    return new InspectionTarget(unit, InspectionForm.DIRECT_ANNOUNCED, List.of());
  }

  /**
   * Returns a direct, announced inspection of a unit and some of its subordinate units.
   *
   * @param unit the unit id
   * @param subordinates the subordinate unit ids
   * @return the target
   * @throws IllegalArgumentException if the unit is blank or a subordinate is listed twice
   */
  public static InspectionTarget of(String unit, List<String> subordinates) {
    return new InspectionTarget(unit, InspectionForm.DIRECT_ANNOUNCED, subordinates);
  }

  /**
   * Returns this target with another form.
   *
   * @param form the form
   * @return the target
   */
  public InspectionTarget withForm(InspectionForm form) {
    return new InspectionTarget(unit, form, subordinates);
  }
}
