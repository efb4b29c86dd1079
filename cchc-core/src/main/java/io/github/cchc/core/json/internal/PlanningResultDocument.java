package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON form of what the target planner proposes.
 *
 * @param feasible whether the rules could all be met; written, and checked against the conflicts when read
 * @param targets the proposed targets, as an inspection plan lists them
 * @param picks why each unit was picked
 * @param conflicts why the rules cannot be met
 * @param verdict the coverage check of the proposal, left out when infeasible
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanningResultDocument(Boolean feasible, List<InspectionTargetDocument> targets,
    List<PickDocument> picks, List<RuleConflictDocument> conflicts, InspectionVerdictDocument verdict) {}
