package io.github.cchc.core.inspection;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding of a visit (tồn tại, hạn chế) with the team's recommendation (kiến nghị), the date by which the unit must
 * remediate it, and its status, so that open findings and re-inspections can be tracked.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param unit the id of the inspected unit
 * @param visitDate the day of the visit that found it, if known
 * @param finding what was found
 * @param recommendation what the team recommends, empty if nothing
 * @param remediationDue the day by which it must be remediated, if set
 * @param status where it stands
 */
public record VisitFinding(String unit, Optional<LocalDate> visitDate, String finding, String recommendation,
    Optional<LocalDate> remediationDue, FindingStatus status) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the unit or the finding is blank, or the remediation is due before the visit
   */
  public VisitFinding {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(visitDate, "visitDate");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(remediationDue, "remediationDue");
    Objects.requireNonNull(status, "status");
    if (unit.isBlank() || finding.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, unit,
          "Kết luận kiểm tra cần có đơn vị và nội dung (đơn vị '" + unit + "')",
          "A visit finding needs a unit and a text (unit '" + unit + "')");
    }
    if (visitDate.isPresent() && remediationDue.isPresent() && remediationDue.get().isBefore(visitDate.get())) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, unit, "Kết luận tại '" + unit + "': hạn khắc phục "
          + remediationDue.get() + " trước ngày kiểm tra " + visitDate.get(), "Finding at '" + unit
          + "': remediation due " + remediationDue.get() + " is before the visit on " + visitDate.get());
    }
    finding = Text.nfc(finding);
    recommendation = Text.nfc(recommendation);
  }

  /**
   * Tells whether the finding is still open.
   *
   * @return true unless remediated
   */
  public boolean isOpen() {
    return status.isOpen();
  }

  /**
   * Tells whether the finding is open past its remediation date, which calls for a re-inspection.
   *
   * @param date the day of the question
   * @return true if open and due strictly before {@code date}
   */
  public boolean isOverdue(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isOpen() && remediationDue.map(d -> d.isBefore(date)).orElse(false);
  }

  /**
   * Returns this finding with another status.
   *
   * @param newStatus the status
   * @return the finding
   */
  public VisitFinding withStatus(FindingStatus newStatus) {
    return new VisitFinding(unit, visitDate, finding, recommendation, remediationDue, newStatus);
  }
}
