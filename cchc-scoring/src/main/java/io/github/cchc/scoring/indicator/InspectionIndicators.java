package io.github.cchc.scoring.indicator;

import io.github.cchc.core.inspection.FindingStatus;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.VisitFinding;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The inspection rows of Phụ lục II (heading 2 of part I, "Tự kiểm tra cải cách hành chính") from an inspection plan
 * and the findings of its visits, as of a date: the units the plan inspects (I.2.1), those of them whose visit is on
 * record (I.2.2), the issues found (I.2.3) and those remediated (I.2.4).
 *
 * <pre>{@code
 * InspectionIndicators i = InspectionIndicators.of(inspectionPlan, LocalDate.of(2024, 12, 31));
 * i.inspected();                                                   // targets with a finding on record
 * ObservationSet rows = i.toPhuLucII("TB", ReportPeriod.ofYear(2024));
 * }</pre>
 *
 * <p>The plan of a unit's own inspection work is what these rows count: the units it sets out to inspect are its
 * targets (each once, whatever the form). A visit is on record when the plan holds a finding of it, dated on or before
 * the date or undated; the inspection plan has no other record of a visit, so a target visited without any finding is
 * not counted in I.2.2 (give that row in an observations file instead). Issues are the findings dated on or before the
 * date or undated; remediated ones are those whose status is {@link FindingStatus#REMEDIATED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InspectionIndicators {
  private final LocalDate asOf;
  private final long planned;
  private final long inspected;
  private final long issues;
  private final long resolved;

  private InspectionIndicators(LocalDate asOf, long planned, long inspected, long issues, long resolved) {
    this.asOf = asOf;
    this.planned = planned;
    this.inspected = inspected;
    this.issues = issues;
    this.resolved = resolved;
  }

  /**
   * Counts an inspection plan's targets and findings as of a date.
   *
   * @param plan the inspection plan, with the findings of the visits made
   * @param asOf the date of the count, such as the last day of the reporting period
   * @return the counts
   */
  public static InspectionIndicators of(InspectionPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Set<String> targets = new LinkedHashSet<>();
    for (InspectionTarget t : plan.targets()) {
      targets.add(t.unit());
    }
    Set<String> visited = new LinkedHashSet<>();
    long issues = 0;
    long resolved = 0;
    List<VisitFinding> findings = plan.findings();
    for (VisitFinding f : findings) {
      if (f.visitDate().map(d -> d.isAfter(asOf)).orElse(false)) {
        continue; // found after the date: not yet known on it
      }
      issues++;
      if (f.status() == FindingStatus.REMEDIATED) {
        resolved++;
      }
      if (targets.contains(f.unit())) {
        visited.add(f.unit());
      }
    }
    return new InspectionIndicators(asOf, targets.size(), visited.size(), issues, resolved);
  }

  /**
   * Returns the date of the count.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the units the plan sets out to inspect (I.2.1).
   *
   * @return the number of distinct targets
   */
  public long planned() {
    return planned;
  }

  /**
   * Returns the targets whose visit is on record by the date (I.2.2).
   *
   * @return the number of distinct targets with a finding dated on or before the date, or undated
   */
  public long inspected() {
    return inspected;
  }

  /**
   * Returns the issues found by the date (I.2.3).
   *
   * @return the number of findings dated on or before the date, or undated
   */
  public long issues() {
    return issues;
  }

  /**
   * Returns the issues found by the date that are remediated (I.2.4).
   *
   * @return the number of those findings whose status is remediated
   */
  public long resolved() {
    return resolved;
  }

  /**
   * Returns the counts as the rows I.2.1 to I.2.4 of Phụ lục II.
   *
   * @param unitId the unit whose inspection plan it is
   * @param period the reporting period the date closes
   * @return the observations, of indicators of {@link IndicatorCatalog#phuLucII()}
   */
  public ObservationSet toPhuLucII(String unitId, ReportPeriod period) {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(period, "period");
    IndicatorCatalog c = IndicatorCatalog.phuLucII();
    return ObservationSet.of(List.of(
        new Observation(c.require("I.2.1"), unitId, period, IndicatorValue.count(planned)),
        new Observation(c.require("I.2.2"), unitId, period, IndicatorValue.count(inspected)),
        new Observation(c.require("I.2.3"), unitId, period, IndicatorValue.count(issues)),
        new Observation(c.require("I.2.4"), unitId, period, IndicatorValue.count(resolved))));
  }

  @Override
  public String toString() {
    return "InspectionIndicators[" + asOf + ": planned " + planned + ", inspected " + inspected + ", issues " + issues
        + ", resolved " + resolved + "]";
  }
}
