package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The JSON form of an organisation directory; see {@link io.github.cchc.core.json.OrgDirectoryJson}. */
@JsonClassDescription("An organisation directory: the units of a province (or any hierarchy), parents before or "
    + "after their children, in any order.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrgDirectoryDocument(
    @JsonProperty(required = true)
    @JsonPropertyDescription("The units; ids are unique, parents exist, parent links form no cycle.")
    List<OrgUnitDocument> units) {}
