package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of an agency reference: exactly one of the two fields. */
@JsonClassDescription("An agency: either {\"unit\": id} for a unit of the organisation directory or {\"group\": text} "
    + "for a named group such as \"Các sở, ban, ngành\"; exactly one of the two.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyDocument(
    @JsonPropertyDescription("The id of a unit of the organisation directory.")
    String unit,
    @JsonPropertyDescription("A named group of agencies, as the plan writes it.")
    String group) {}
