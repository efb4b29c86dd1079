package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The JSON form of a plan; see {@link io.github.cchc.core.json.PlanJson}. */
@JsonClassDescription("An annual administrative-reform (CCHC) plan: header, legal bases, purposes, requirements and "
    + "the task appendix.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Number and symbol (Số), such as \"175/KH-UBND\"; a draft leaves the number blank: "
        + "\"/KH-UBND\".")
    String number,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The issuing body, such as \"Ủy ban nhân dân tỉnh Thái Bình\".")
    String issuer,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The place in the header, such as \"Thái Bình\".")
    String place,
    @IsoDate
    @JsonPropertyDescription("The date in the header, yyyy-MM-dd; left out in a draft.")
    String issueDate,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The year the plan is for, 2000 to 2100.")
    Integer year,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The title, such as \"Cải cách hành chính tỉnh Thái Bình năm 2024\".")
    String title,
    @JsonPropertyDescription("The documents the plan is based on, such as \"Nghị quyết số 76/NQ-CP ngày 15/7/2021 "
        + "của Chính phủ\".")
    List<String> legalBases,
    @JsonPropertyDescription("The purposes (Mục đích), one paragraph each.")
    List<String> purposes,
    @JsonPropertyDescription("The requirements (Yêu cầu), one paragraph each.")
    List<String> requirements,
    @JsonPropertyDescription("The tasks of the appendix (Phụ lục nhiệm vụ), in the plan's order.")
    List<TaskDocument> tasks) {}
