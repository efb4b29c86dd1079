package io.github.cchc.core.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of a day count. */
@JsonClassDescription("A number of days, counted as calendar or working days.")
record InspectionDaysDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The number of days.")
    Integer days,
    @JsonProperty(required = true)
    @JsonPropertyDescription("CALENDAR or WORKING.")
    String type) {}
