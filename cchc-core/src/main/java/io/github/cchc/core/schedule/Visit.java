package io.github.cchc.core.schedule;

import io.github.cchc.core.inspection.InspectionForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled visit: the unit, its subordinate units visited there, the sub-team, the first and last day, the
 * number of working days, the day the unit is notified and the day its report is due.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param unit the id of the visited unit
 * @param subordinates the subordinate units visited there
 * @param form the form of the inspection
 * @param subTeam the name of the sub-team
 * @param start the first day of the visit, a working day
 * @param end the last day of the visit, a working day, not before {@code start}
 * @param workingDays the number of working days from start to end
 * @param noticeDate the day the unit is notified, empty for a surprise visit or when no notice is required
 * @param reportDue the day the unit's report is due, empty for a surprise visit or when no report is required
 */
public record Visit(String unit, List<String> subordinates, InspectionForm form, String subTeam, LocalDate start,
    LocalDate end, int workingDays, Optional<LocalDate> noticeDate, Optional<LocalDate> reportDue) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the visit ends before it starts
   */
  public Visit {
    Objects.requireNonNull(unit, "unit");
    subordinates = List.copyOf(subordinates);
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(subTeam, "subTeam");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(noticeDate, "noticeDate");
    Objects.requireNonNull(reportDue, "reportDue");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("Visit of '" + unit + "' ends on " + end + ", before it starts on " + start);
    }
  }
}
