package io.github.cchc.core.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of a past inspection. */
@JsonClassDescription("A past inspection of a unit.")
record InspectionPastDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The id of the inspected unit.")
    String unit,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The year of the inspection.")
    Integer year,
    @JsonPropertyDescription("The form; DIRECT_ANNOUNCED if left out.")
    String form) {}
