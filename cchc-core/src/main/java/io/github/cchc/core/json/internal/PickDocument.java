package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON form of a pick of the target planner.
 *
 * @param unit the picked unit
 * @param subordinateOf the target at which it is visited, left out for a target
 * @param rules the indexes of the rules the pick serves
 * @param priority the unit's priority
 * @param reasonVi the reason in Vietnamese
 * @param reasonEn the reason in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PickDocument(
    @JsonProperty(required = true) String unit,
    String subordinateOf,
    List<Integer> rules,
    @JsonProperty(required = true) BigDecimal priority,
    @JsonProperty(required = true) String reasonVi,
    @JsonProperty(required = true) String reasonEn) {}
