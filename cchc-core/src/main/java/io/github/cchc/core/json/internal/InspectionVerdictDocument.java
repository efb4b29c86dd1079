package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON form of a coverage verdict, written only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionVerdictDocument(boolean satisfied, List<InspectionRuleResultDocument> rules,
    List<InspectionCheckFindingDocument> findings) {}
