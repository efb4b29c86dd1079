package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of a visit length. */
@JsonClassDescription("The bounds of a visit's length.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionVisitLengthDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The shortest visit, in days.")
    Integer min,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The longest visit, in days.")
    Integer max,
    @JsonPropertyDescription("WORKING (the default) or CALENDAR.")
    String type) {}
