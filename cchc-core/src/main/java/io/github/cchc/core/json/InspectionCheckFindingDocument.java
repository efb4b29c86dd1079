package io.github.cchc.core.json;

/** The JSON form of a finding of the coverage check, written only. */
record InspectionCheckFindingDocument(String severity, String path, String ruleId, String messageVi,
    String messageEn) {}
