package io.github.cchc.core.json;

import java.util.List;

/** The JSON form of a coverage verdict, written only. */
record InspectionVerdictDocument(boolean satisfied, List<InspectionRuleResultDocument> rules,
    List<InspectionCheckFindingDocument> findings) {}
