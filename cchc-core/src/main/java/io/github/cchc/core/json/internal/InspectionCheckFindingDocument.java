package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON form of a finding of the coverage check, written only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionCheckFindingDocument(String severity, String path, String ruleId, String messageVi,
    String messageEn) {}
