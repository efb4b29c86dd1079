package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a whole planning request: the rules and the date as well as the inputs of {@link
 * InspectionPlanningDocument}.
 *
 * @param asOf the day at which units must be active, yyyy-MM-dd
 * @param year the year being planned, that of {@code asOf} if left out
 * @param form the form given to the proposed targets, DIRECT_ANNOUNCED if left out
 * @param rules the coverage rules
 * @param mustInclude units that must be targets
 * @param mustExclude units that must not be targets
 * @param history past inspections
 * @param signals each unit's signals by name
 * @param weights each signal's weight
 * @param recentInspectionPenalty the priority lost per step of recency, 100 if left out
 * @param seed the seed of the random tie-break, 0 if left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanningRequestDocument(
    @JsonProperty(required = true) @IsoDate String asOf,
    Integer year,
    String form,
    @JsonProperty(required = true) List<CoverageRuleDocument> rules,
    List<String> mustInclude,
    List<String> mustExclude,
    List<InspectionPastDocument> history,
    Map<String, Map<String, BigDecimal>> signals,
    Map<String, BigDecimal> weights,
    BigDecimal recentInspectionPenalty,
    Long seed) {}
