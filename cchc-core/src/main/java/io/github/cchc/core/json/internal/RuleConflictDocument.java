package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON form of a conflict between coverage rules.
 *
 * @param rules the indexes of the rules in conflict
 * @param units the units concerned
 * @param messageVi the explanation in Vietnamese
 * @param messageEn the explanation in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleConflictDocument(
    List<Integer> rules,
    List<String> units,
    @JsonProperty(required = true) String messageVi,
    @JsonProperty(required = true) String messageEn) {}
