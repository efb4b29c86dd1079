package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The JSON form of an inspection window: quarters, or a first and last day. */
@JsonClassDescription("When the visits take place: either quarters, or from and to.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionWindowDocument(
    @JsonPropertyDescription("Quarters such as \"2024Q2\".")
    List<String> quarters,
    @IsoDate
    @JsonPropertyDescription("The first day, yyyy-MM-dd.")
    String from,
    @IsoDate
    @JsonPropertyDescription("The last day, inclusive, yyyy-MM-dd.")
    String to) {}
