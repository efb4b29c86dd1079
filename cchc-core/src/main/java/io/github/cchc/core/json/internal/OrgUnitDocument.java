package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.cchc.core.org.OrgKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON form of an organisational unit. */
@JsonClassDescription("A unit: a province, department, district or commune committee, subordinate office, public "
    + "service unit, state enterprise or central agency.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrgUnitDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The id, unique in the directory, such as \"KG-STC\".")
    String id,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The name, such as \"Sở Tài chính\".")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The kind of unit.")
    OrgKind kind,
    @JsonPropertyDescription("The id of the parent unit; left out for a root such as a province.")
    String parent,
    @IsoDate
    @JsonPropertyDescription("The first day the unit exists (inclusive), yyyy-MM-dd; left out if always.")
    String validFrom,
    @IsoDate
    @JsonPropertyDescription("The first day the unit no longer exists (exclusive), yyyy-MM-dd, such as 2025-07-01 "
        + "for a district abolished on 1 July 2025; left out while it exists.")
    String validTo,
    @JsonPropertyDescription("The ids of the units this one replaced, such as the communes merged into it.")
    List<String> predecessors,
    @JsonPropertyDescription("The ids of the units that replaced this one.")
    List<String> successors,
    @JsonPropertyDescription("For a unit split among several successors: each successor's exact share of its "
        + "figures, such as {\"HY-SNV\": 0.8, \"HY-SYT\": 0.1, \"HY-SGDDT\": 0.1}; the shares sum to exactly 1.")
    Map<String, BigDecimal> shares,
    @JsonPropertyDescription("For a unit split among several successors: the successor that took an indicator's "
        + "functions wholly, by indicator code; such an indicator is carried whole, ahead of the shares.")
    Map<String, String> successorByIndicator) {}
