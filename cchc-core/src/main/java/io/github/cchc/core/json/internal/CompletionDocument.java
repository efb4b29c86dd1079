package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The JSON form of a task's completing document. */
@JsonClassDescription("The document that completed a task.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompletionDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Its number and symbol, such as \"12/KH-UBND\".")
    String number,
    @JsonProperty(required = true)
    @IsoDate
    @JsonPropertyDescription("Its date, yyyy-MM-dd.")
    String date,
    @JsonProperty(required = true)
    @JsonPropertyDescription("What it is about (trích yếu).")
    String summary) {}
