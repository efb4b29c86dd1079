package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON form of a scheduled visit.
 *
 * @param unit the visited unit
 * @param subordinates the subordinate units visited there
 * @param form the form of the inspection
 * @param subTeam the sub-team
 * @param start the first day, yyyy-MM-dd
 * @param end the last day, yyyy-MM-dd
 * @param workingDays the working days from start to end
 * @param noticeDate the day the unit is notified, left out when there is none
 * @param reportDue the day the unit's report is due, left out when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitDocument(
    @JsonProperty(required = true) String unit,
    List<String> subordinates,
    @JsonProperty(required = true) String form,
    @JsonProperty(required = true) String subTeam,
    @JsonProperty(required = true) @IsoDate String start,
    @JsonProperty(required = true) @IsoDate String end,
    @JsonProperty(required = true) Integer workingDays,
    @IsoDate String noticeDate,
    @IsoDate String reportDue) {}
