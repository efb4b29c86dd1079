package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of a past inspection. */
@JsonClassDescription("A past inspection of a unit.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionPastDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The id of the inspected unit.")
    String unit,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The year of the inspection.")
    Integer year,
    @JsonPropertyDescription("The form; DIRECT_ANNOUNCED if left out.")
    String form) {}
