package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of what the visit scheduler is asked.
 *
 * @param targets the targets, as an inspection plan lists them
 * @param window the window
 * @param calendar the working calendar as a schedule file of its official years; the standard calendar (the bundled
 *     years) if left out
 * @param visitDays the default length of a visit in working days, 1 if left out
 * @param visitDaysByUnit the length of particular units' visits
 * @param visitLength the bounds the plan sets on a visit's length
 * @param subTeams how many sub-teams visit in parallel, 1 if left out
 * @param subTeamNames their names
 * @param noticeLead how long before a visit the unit is notified
 * @param reportLead how long before a visit the unit sends its report
 * @param blackouts days without visits
 * @param planIssued the day the plan was issued
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleRequestDocument(
    List<InspectionTargetDocument> targets,
    @JsonProperty(required = true) InspectionWindowDocument window,
    ScheduleFileDocument calendar,
    Integer visitDays,
    Map<String, Integer> visitDaysByUnit,
    InspectionVisitLengthDocument visitLength,
    Integer subTeams,
    List<String> subTeamNames,
    InspectionDaysDocument noticeLead,
    InspectionDaysDocument reportLead,
    List<String> blackouts,
    @IsoDate String planIssued) {}
