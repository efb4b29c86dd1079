package io.github.cchc.core.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of the timing rules. */
@JsonClassDescription("The timing rules of the visits.")
record InspectionTimingDocument(
    @JsonPropertyDescription("How long a visit lasts: min, max and type (WORKING or CALENDAR).")
    InspectionVisitLengthDocument visitLength,
    @JsonPropertyDescription("How long before a visit the unit is notified: days and type.")
    InspectionDaysDocument noticeLead,
    @JsonPropertyDescription("How long before a visit the unit sends its report: days and type.")
    InspectionDaysDocument reportLead) {}
