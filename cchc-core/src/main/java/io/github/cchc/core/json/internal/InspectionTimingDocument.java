package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of the timing rules. */
@JsonClassDescription("The timing rules of the visits.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionTimingDocument(
    @JsonPropertyDescription("How long a visit lasts: min, max and type (WORKING or CALENDAR).")
    InspectionVisitLengthDocument visitLength,
    @JsonPropertyDescription("How long before a visit the unit is notified: days and type.")
    InspectionDaysDocument noticeLead,
    @JsonPropertyDescription("How long before a visit the unit sends its report: days and type.")
    InspectionDaysDocument reportLead) {}
