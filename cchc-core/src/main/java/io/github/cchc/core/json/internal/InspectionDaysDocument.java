package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of a day count. */
@JsonClassDescription("A number of days, counted as calendar or working days.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionDaysDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The number of days.")
    Integer days,
    @JsonProperty(required = true)
    @JsonPropertyDescription("CALENDAR or WORKING.")
    String type) {}
