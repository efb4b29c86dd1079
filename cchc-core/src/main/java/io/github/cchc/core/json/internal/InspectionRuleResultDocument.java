package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON form of one rule's result in a coverage verdict.
 *
 * @param rule the rule's name, such as {@code share}
 * @param index the rule's zero-based position in the plan
 * @param satisfied whether it is met
 * @param population the size of the population counted in
 * @param required how many the rule requires
 * @param actual how many the targets give
 * @param missing the units missing
 * @param excess the units in excess
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 * @param definition the rule itself, as the inspection plan writes it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionRuleResultDocument(
    @JsonProperty(required = true) String rule,
    @JsonProperty(required = true) Integer index,
    @JsonProperty(required = true) Boolean satisfied,
    @JsonProperty(required = true) Integer population,
    @JsonProperty(required = true) Integer required,
    @JsonProperty(required = true) Integer actual,
    List<String> missing,
    List<String> excess,
    @JsonProperty(required = true) String messageVi,
    @JsonProperty(required = true) String messageEn,
    @JsonProperty(required = true) CoverageRuleDocument definition) {}
