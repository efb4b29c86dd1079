package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The JSON form of an inspection team. */
@JsonClassDescription("The inspection team (Đoàn kiểm tra).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionTeamDocument(
    @JsonPropertyDescription("The head agency (Trưởng đoàn), a unit id or a name.")
    String head,
    @JsonPropertyDescription("The member agencies with what each inspects.")
    List<InspectionTeamMemberDocument> members,
    @JsonPropertyDescription("The invited observers.")
    List<String> observers,
    @JsonPropertyDescription("The sub-teams (Tổ kiểm tra).")
    List<InspectionSubTeamDocument> subTeams) {}
