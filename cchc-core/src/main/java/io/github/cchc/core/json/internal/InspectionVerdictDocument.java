package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON form of a coverage verdict.
 *
 * @param satisfied whether every rule is met
 * @param rules each rule's result, in the plan's order
 * @param findings what the check found about the targets
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionVerdictDocument(@JsonProperty(required = true) Boolean satisfied,
    List<InspectionRuleResultDocument> rules, List<FindingDocument> findings) {}
