package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.TaskStatus;
import java.util.List;

/** The JSON form of a task. */
@JsonClassDescription("One row of the task appendix, with its tracking.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskDocument(
    @JsonPropertyDescription("The number in its area (STT), such as \"2\"; left out when the row has none.")
    String code,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The area, in the fixed order I to VII.")
    ReformArea area,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The task (Nhiệm vụ).")
    String title,
    @JsonPropertyDescription("The outputs (Kết quả/sản phẩm); empty when the cell is empty.")
    List<String> outputs,
    @JsonPropertyDescription("The lead agencies (Cơ quan chủ trì).")
    List<AgencyDocument> leads,
    @JsonPropertyDescription("The coordinating agencies (Cơ quan phối hợp).")
    List<AgencyDocument> coordinators,
    @JsonPropertyDescription("When the task is to be done, in the canonical Vietnamese form that the library writes, "
        + "such as \"Quý I/2024\" or \"Thường xuyên\"; any form the timeframe parser reads is accepted.")
    String timeframe,
    @JsonPropertyDescription("The timeframe cell exactly as the plan writes it.")
    String timeframeText,
    @JsonPropertyDescription("Where the task stands; NOT_STARTED when left out.")
    TaskStatus status,
    @IsoDate
    @JsonPropertyDescription("The date the task was done, yyyy-MM-dd.")
    String completionDate,
    @JsonPropertyDescription("The document that completed the task.")
    CompletionDocument completion) {}
