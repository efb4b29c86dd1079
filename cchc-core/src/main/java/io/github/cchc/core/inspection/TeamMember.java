package io.github.cchc.core.inspection;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.util.Objects;

/**
 * A member agency of the inspection team and what it inspects, as in "Sở Tài chính: Kiểm tra việc thực hiện chế độ
 * tự chủ …".
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param agency the agency, a unit id or a name
 * @param responsibility what the agency inspects, empty if the plan does not say
 */
public record TeamMember(String agency, String responsibility) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the agency is blank
   */
  public TeamMember {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(responsibility, "responsibility");
    if (agency.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "agency", "Thành viên đoàn cần có cơ quan",
          "A team member needs an agency");
    }
    agency = Text.nfc(agency);
    responsibility = Text.nfc(responsibility);
  }
}
