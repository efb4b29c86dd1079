package io.github.cchc.core.schedule;

import io.github.cchc.core.inspection.InspectionTarget;
import java.util.List;

/**
 * What the {@link VisitScheduler} returns: the visits in date order, the targets that are not visits and so not
 * scheduled, and, when the visits do not fit, the problems and no visits at all.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param visits the visits, by start date then sub-team; empty when infeasible
 * @param notVisited the targets whose form is not a visit
 * @param problems why the visits do not fit; empty when feasible
 */
public record ScheduleResult(List<Visit> visits, List<InspectionTarget> notVisited, List<ScheduleProblem> problems) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null
   * @throws IllegalArgumentException if a result has both visits and problems
   */
  public ScheduleResult {
    visits = List.copyOf(visits);
    notVisited = List.copyOf(notVisited);
    problems = List.copyOf(problems);
    if (!visits.isEmpty() && !problems.isEmpty()) {
      throw new IllegalArgumentException("A schedule has either visits or problems, not both");
    }
  }

  /**
   * Tells whether every visit found a place.
   *
   * @return true if there are no problems
   */
  public boolean feasible() {
    return problems.isEmpty();
  }
}
