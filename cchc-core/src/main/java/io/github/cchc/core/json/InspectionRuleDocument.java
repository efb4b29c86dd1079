package io.github.cchc.core.json;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import java.util.List;

/** The JSON form of a coverage rule: one object whose {@code rule} field says which of the fields apply. */
@JsonClassDescription("A coverage rule: share, count, perParent, include, subordinates or selfInspection.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record InspectionRuleDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The rule: share, count, perParent, include, subordinates or selfInspection.")
    String rule,
    @JsonPropertyDescription("The kinds of unit (share, count, perParent, selfInspection; optional for "
        + "subordinates).")
    List<String> kinds,
    @JsonPropertyDescription("A unit id whose subtree holds the population (share, count).")
    String scope,
    @JsonPropertyDescription("At least this percentage, 0 to 100 (share, selfInspection).")
    BigDecimal atLeastPercent,
    @JsonPropertyDescription("More than this percentage, 0 to below 100 (share).")
    BigDecimal moreThanPercent,
    @JsonPropertyDescription("At least this number of units (count).")
    Integer atLeast,
    @JsonPropertyDescription("The kinds of the parents (perParent).")
    List<String> parentKinds,
    @JsonPropertyDescription("The fewest per parent or per target (perParent, subordinates).")
    Integer min,
    @JsonPropertyDescription("The most per parent or per target (perParent, subordinates).")
    Integer max,
    @JsonPropertyDescription("ALL parents or only SELECTED parents, that are targets themselves (perParent).")
    String parents,
    @JsonPropertyDescription("The named unit ids (include).")
    List<String> units) {}
