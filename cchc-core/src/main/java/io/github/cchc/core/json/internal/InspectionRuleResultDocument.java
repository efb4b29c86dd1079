package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON form of one rule's result in a coverage verdict, written only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionRuleResultDocument(String rule, int index, boolean satisfied, int population, int required,
    int actual, List<String> missing, List<String> excess, String messageVi, String messageEn) {}
