package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The JSON form of a sub-team. */
@JsonClassDescription("A sub-team (Tổ kiểm tra).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionSubTeamDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The name, such as \"Tổ 1\".")
    String name,
    @JsonPropertyDescription("The member agencies or people.")
    List<String> members) {}
