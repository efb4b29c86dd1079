package io.github.cchc.scoring.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cchc.core.json.internal.OrgDirectoryDocument;
import java.util.List;

/**
 * The JSON documents of indicators, observations and dossier counts ({@code docs/indicators.md}).
 *
 * <p>Internal to the library.
 */
public final class IndicatorDocuments {

  private IndicatorDocuments() {}

  /**
   * An indicator of a catalogue.
   *
   * @param code its code, such as {@code 2.4.1} or {@code dossiers.received}
   * @param name its Vietnamese name
   * @param area the reform area, a {@code ReformArea} name
   * @param unit what it counts, an {@code IndicatorUnit} name
   * @param valueType COUNT, PERCENT, FLAG or COUNT_WITH_SHARE
   * @param timeAggregation SUM or LAST
   * @param group the heading it stands under, left out when none
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IndicatorDoc(
      @JsonProperty(required = true) String code,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) String area,
      @JsonProperty(required = true) String unit,
      @JsonProperty(required = true) String valueType,
      @JsonProperty(required = true) String timeAggregation,
      String group) {}

  /**
   * One observation on its own, with its indicator.
   *
   * @param indicator the indicator
   * @param unit the unit id
   * @param period the period, such as {@code 2024Q1}
   * @param value the value, such as {@code 120}, {@code 95/120}, {@code flags 3/5} or {@code 12.5%}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ObservationDoc(
      @JsonProperty(required = true) IndicatorDoc indicator,
      @JsonProperty(required = true) String unit,
      @JsonProperty(required = true) String period,
      @JsonProperty(required = true) String value) {}

  /**
   * A set of observations: the indicators once, then the observations by indicator code.
   *
   * @param indicators the indicators the observations are of, by code
   * @param observations the observations, ordered by indicator code, unit and period
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ObservationSetDoc(
      List<IndicatorDoc> indicators,
      List<ObservationRefDoc> observations) {}

  /**
   * An observation in a set, naming its indicator by code.
   *
   * @param indicator the indicator's code, one of the set's indicators
   * @param unit the unit id
   * @param period the period
   * @param value the value
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ObservationRefDoc(
      @JsonProperty(required = true) String indicator,
      @JsonProperty(required = true) String unit,
      @JsonProperty(required = true) String period,
      @JsonProperty(required = true) String value) {}

  /**
   * A dossier query.
   *
   * @param periods the consecutive periods
   * @param profile STANDARD or PROFILE_766; STANDARD if left out
   * @param byField whether figures are broken down by field; false if left out
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DossierQueryDoc(
      @JsonProperty(required = true) List<String> periods,
      String profile,
      Boolean byField) {}

  /**
   * Dossier counts: the query, the directory the units are of, and the counts.
   *
   * @param query the query
   * @param directory the directory
   * @param counts the counts, each unit's then each unit's by field
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DossierCountsDoc(
      @JsonProperty(required = true) DossierQueryDoc query,
      @JsonProperty(required = true) OrgDirectoryDocument directory,
      List<DossierRowDoc> counts) {}

  /**
   * The counts of one unit (and field) in one period.
   *
   * @param unit the unit id
   * @param field the field, left out for the unit's own counts
   * @param period the period
   * @param received received
   * @param direct received in person
   * @param onlinePartial received partly online
   * @param onlineFull received wholly online
   * @param postal received by post
   * @param digitized received and digitised
   * @param finished finished
   * @param late finished late
   * @param apologyLate finished late, with an apology letter
   * @param pendingOverdue open and overdue at the period's end
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DossierRowDoc(
      @JsonProperty(required = true) String unit,
      String field,
      @JsonProperty(required = true) String period,
      @JsonProperty(required = true) Long received,
      @JsonProperty(required = true) Long direct,
      @JsonProperty(required = true) Long onlinePartial,
      @JsonProperty(required = true) Long onlineFull,
      @JsonProperty(required = true) Long postal,
      @JsonProperty(required = true) Long digitized,
      @JsonProperty(required = true) Long finished,
      @JsonProperty(required = true) Long late,
      @JsonProperty(required = true) Long apologyLate,
      @JsonProperty(required = true) Long pendingOverdue) {}
}
