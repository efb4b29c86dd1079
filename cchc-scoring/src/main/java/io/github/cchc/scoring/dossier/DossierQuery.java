package io.github.cchc.scoring.dossier;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.util.List;
import java.util.Objects;

/**
 * What to aggregate from a {@link DossierTable}: consecutive periods, the lateness profile, and whether to break the
 * figures down by field (lĩnh vực) as well as by unit.
 *
 * <pre>{@code
 * DossierQuery q = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER)   // 2024Q1..2024Q4
 *     .withProfile(DossierProfile.PROFILE_766)
 *     .withFieldBreakdown(true);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierQuery {
  private final List<ReportPeriod> periods;
  private final DossierProfile profile;
  private final boolean byField;

  private DossierQuery(List<ReportPeriod> periods, DossierProfile profile, boolean byField) {
    this.periods = periods;
    this.profile = profile;
    this.byField = byField;
  }

  /**
   * Returns a query over one period.
   *
   * @param period the period
   * @return the query, standard profile, no field breakdown
   */
  public static DossierQuery of(ReportPeriod period) {
    return of(List.of(Objects.requireNonNull(period, "period")));
  }

  /**
   * Returns a query over the sub-periods of a period, such as the quarters of a year.
   *
   * @param whole the period to split
   * @param step the type of the sub-periods
   * @return the query, standard profile, no field breakdown
   * @throws java.time.DateTimeException if the step is longer than the period
   */
  public static DossierQuery of(ReportPeriod whole, ReportPeriod.Type step) {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(step, "step");
    return of(whole.split(step));
  }

  /**
   * Returns a query over consecutive periods.
   *
   * @param periods the periods, each starting the day after the previous one ends
   * @return the query, standard profile, no field breakdown
   * @throws IllegalArgumentException if there are no periods or they are not consecutive
   */
  public static DossierQuery of(List<ReportPeriod> periods) {
    Objects.requireNonNull(periods, "periods");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("A dossier query needs at least one period");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).firstDay().equals(periods.get(i - 1).lastDay().plusDays(1))) {
        throw new IllegalArgumentException("The periods of a dossier query must be consecutive: " + periods.get(i - 1)
            + " is followed by " + periods.get(i));
      }
    }
    return new DossierQuery(List.copyOf(periods), DossierProfile.STANDARD, false);
  }

  /**
   * Returns this query with another lateness profile.
   *
   * @param profile the profile
   * @return the query
   */
  public DossierQuery withProfile(DossierProfile profile) {
    return new DossierQuery(periods, Objects.requireNonNull(profile, "profile"), byField);
  }

  /**
   * Returns this query with or without the breakdown by field.
   *
   * @param byField true to count per unit and field as well as per unit
   * @return the query
   */
  public DossierQuery withFieldBreakdown(boolean byField) {
    return new DossierQuery(periods, profile, byField);
  }

  /**
   * Returns the periods.
   *
   * @return the consecutive periods
   */
  public List<ReportPeriod> periods() {
    return periods;
  }

  /**
   * Returns the lateness profile.
   *
   * @return the profile
   */
  public DossierProfile profile() {
    return profile;
  }

  /**
   * Tells whether figures are broken down by field.
   *
   * @return true if so
   */
  public boolean byField() {
    return byField;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DossierQuery q && q.periods.equals(periods) && q.profile == profile && q.byField == byField;
  }

  @Override
  public int hashCode() {
    return Objects.hash(periods, profile, byField);
  }

  @Override
  public String toString() {
    return "DossierQuery" + periods + (profile == DossierProfile.STANDARD ? "" : " " + profile)
        + (byField ? " byField" : "");
  }
}
