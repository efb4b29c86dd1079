package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON form of what the visit scheduler returns.
 *
 * @param feasible whether every visit found a place; written, and checked against the problems when read
 * @param visits the visits in date order
 * @param notVisited the targets whose form is not a visit, as an inspection plan lists them
 * @param problems why the visits do not fit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleResultDocument(Boolean feasible, List<VisitDocument> visits,
    List<InspectionTargetDocument> notVisited, List<ScheduleProblemDocument> problems) {}
