package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The JSON form of a periodic report's due date.
 *
 * @param period the period reported on, such as {@code 2024Q1}
 * @param dueDate the last day on which the report may be sent, {@code yyyy-MM-dd}
 */
@JsonClassDescription("A periodic report and its due date.")
public record ReportDueDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The period reported on, such as \"2024Q1\".")
    String period,
    @JsonProperty(required = true)
    @IsoDate
    @JsonPropertyDescription("The last day on which the report may be sent, yyyy-MM-dd.")
    String dueDate) {}
