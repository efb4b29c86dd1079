package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of a team member. */
@JsonClassDescription("A member agency of the team and what it inspects.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionTeamMemberDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The agency, a unit id or a name.")
    String agency,
    @JsonPropertyDescription("What the agency inspects.")
    String responsibility) {}
