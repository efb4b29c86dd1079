package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of a finding after a visit. */
@JsonClassDescription("A finding of a visit, its recommendation, remediation date and status.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionFindingDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The id of the inspected unit.")
    String unit,
    @IsoDate
    @JsonPropertyDescription("The day of the visit, yyyy-MM-dd.")
    String visitDate,
    @JsonProperty(required = true)
    @JsonPropertyDescription("What was found (tồn tại, hạn chế).")
    String finding,
    @JsonPropertyDescription("The recommendation (kiến nghị).")
    String recommendation,
    @IsoDate
    @JsonPropertyDescription("The day by which it must be remediated, yyyy-MM-dd.")
    String remediationDue,
    @JsonPropertyDescription("OPEN (the default), REMEDIATION_REPORTED or REMEDIATED.")
    String status) {}
