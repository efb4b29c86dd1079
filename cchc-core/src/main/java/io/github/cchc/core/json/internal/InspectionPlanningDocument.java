package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON form of the planner's inputs beside the rules; see {@code InspectionPlanJson.readPlanningRequest}. */
@JsonClassDescription("The target planner's inputs: history, priority signals and weights, must-include and "
    + "must-exclude units, the recent-inspection penalty and the seed. Every field is optional.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionPlanningDocument(
    @JsonPropertyDescription("Past inspections: unit, year and optional form.")
    List<InspectionPastDocument> history,
    @JsonPropertyDescription("Each unit's signals by name, such as {\"DT-STC\": {\"procedures\": 120}}.")
    Map<String, Map<String, BigDecimal>> signals,
    @JsonPropertyDescription("The weight of each signal, such as {\"procedures\": 1, \"openFindings\": 10}.")
    Map<String, BigDecimal> weights,
    @JsonPropertyDescription("Units that must be targets.")
    List<String> mustInclude,
    @JsonPropertyDescription("Units that must not be targets.")
    List<String> mustExclude,
    @JsonPropertyDescription("Priority lost per step of recency (3 last year, 2, 1); 100 if left out.")
    BigDecimal recentInspectionPenalty,
    @JsonPropertyDescription("The seed of the random tie-break; 0 if left out.")
    Long seed) {}
