package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The JSON form of an inspection plan; see {@link io.github.cchc.core.json.InspectionPlanJson}. */
@JsonClassDescription("An inspection plan (Kế hoạch kiểm tra CCHC): header, forms, content, team, window, timing, "
    + "coverage rules, targets and findings. Only year, coverage and targets are required.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionPlanDocument(
    @JsonPropertyDescription("Number and symbol (Số), such as \"61/KH-UBND\"; a draft leaves the number blank: "
        + "\"/KH-UBND\".")
    String number,
    @JsonPropertyDescription("The issuing body, such as \"UBND tỉnh Đồng Tháp\".")
    String issuer,
    @JsonPropertyDescription("The place in the header, such as \"Đồng Tháp\".")
    String place,
    @IsoDate
    @JsonPropertyDescription("The date in the header, yyyy-MM-dd; left out in a draft.")
    String issueDate,
    @JsonPropertyDescription("The title.")
    String title,
    @JsonPropertyDescription("The documents the plan is based on, such as \"Quyết định số 280/QĐ-UBND ngày "
        + "11/01/2023 của UBND thành phố Hà Nội\".")
    List<String> legalBases,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The year inspected.")
    Integer year,
    @JsonPropertyDescription("The forms of inspection: SELF, DIRECT_ANNOUNCED, SURPRISE, ONLINE, DIGITAL_SYSTEMS, "
        + "REPORTS, RE_INSPECTION.")
    List<String> forms,
    @JsonPropertyDescription("The reform areas inspected: DIRECTION, INSTITUTIONS, PROCEDURES, APPARATUS, "
        + "CIVIL_SERVICE, PUBLIC_FINANCE, DIGITAL_GOVERNMENT.")
    List<String> contentAreas,
    @JsonPropertyDescription("The inspection team.")
    InspectionTeamDocument team,
    @JsonPropertyDescription("When the visits take place: quarters or a date range.")
    InspectionWindowDocument window,
    @JsonPropertyDescription("Visit length, notice and report lead times.")
    InspectionTimingDocument timing,
    @IsoDate
    @JsonPropertyDescription("The day by which units send their self-inspection reports, yyyy-MM-dd.")
    String selfInspectionReportDeadline,
    @JsonPropertyDescription("The funding sources, in the plan's words.")
    List<String> funding,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The coverage rules, in the plan's order.")
    List<CoverageRuleDocument> coverage,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The targets, in the plan's order.")
    List<InspectionTargetDocument> targets,
    @JsonPropertyDescription("The findings of visits already made.")
    List<InspectionFindingDocument> findings) {}
