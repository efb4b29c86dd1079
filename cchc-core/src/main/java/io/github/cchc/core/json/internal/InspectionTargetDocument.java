package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The JSON form of an inspection target. */
@JsonClassDescription("A unit inspected, the form, and the subordinate units to visit there.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionTargetDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The id of the inspected unit.")
    String unit,
    @JsonPropertyDescription("The form of inspection; DIRECT_ANNOUNCED if left out.")
    String form,
    @JsonPropertyDescription("The ids of the subordinate units to visit there.")
    List<String> subordinates) {}
