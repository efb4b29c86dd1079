package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON form of a finding: of the plan validator, of the coverage check, of a scoring.
 *
 * @param severity ERROR, WARNING or INFO
 * @param path where in the document, empty for the document as a whole
 * @param ruleId the stable id of the rule
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingDocument(
    @JsonProperty(required = true) String severity,
    @JsonProperty(required = true) String path,
    @JsonProperty(required = true) String ruleId,
    @JsonProperty(required = true) String messageVi,
    @JsonProperty(required = true) String messageEn) {}
