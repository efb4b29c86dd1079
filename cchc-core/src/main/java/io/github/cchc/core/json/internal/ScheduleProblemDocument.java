package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON form of why the visits do not fit.
 *
 * @param units the units that could not be placed
 * @param messageVi the explanation in Vietnamese
 * @param messageEn the explanation in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleProblemDocument(
    List<String> units,
    @JsonProperty(required = true) String messageVi,
    @JsonProperty(required = true) String messageEn) {}
