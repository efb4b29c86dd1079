package io.github.cchc.core.coverage;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.inspection.InspectionForm;
import java.util.Objects;

/**
 * A past inspection of a unit, for the planner's history: units inspected recently get a lower priority.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param unit the id of the inspected unit
 * @param year the year of the inspection
 * @param form the form of the inspection
 */
public record PastInspection(String unit, int year, InspectionForm form) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the unit is blank
   */
  public PastInspection {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(form, "form");
    if (unit.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "unit", "Lần kiểm tra trước cần có mã đơn vị",
          "A past inspection needs a unit id");
    }
  }

  /**
   * Returns a direct, announced inspection of a unit in a year.
   *
   * @param unit the unit id
   * @param year the year
   * @return the past inspection
   */
  public static PastInspection of(String unit, int year) {
    return new PastInspection(unit, year, InspectionForm.DIRECT_ANNOUNCED);
  }
}
