package io.github.cchc.scoring.json.internal;

import io.github.cchc.core.json.internal.Convert;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.MappingProblem;
import io.github.cchc.core.json.internal.Message;
import io.github.cchc.core.json.internal.OrgDirectoryMapping;
import io.github.cchc.core.json.internal.Problems;
import io.github.cchc.core.json.internal.Trail;
import io.github.cchc.core.json.internal.ValueMappings;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierProfile;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorUnit;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.indicator.TimeAggregation;
import io.github.cchc.scoring.indicator.ValueType;
import io.github.cchc.scoring.json.internal.IndicatorDocuments.DossierCountsDoc;
import io.github.cchc.scoring.json.internal.IndicatorDocuments.DossierQueryDoc;
import io.github.cchc.scoring.json.internal.IndicatorDocuments.DossierRowDoc;
import io.github.cchc.scoring.json.internal.IndicatorDocuments.IndicatorDoc;
import io.github.cchc.scoring.json.internal.IndicatorDocuments.ObservationDoc;
import io.github.cchc.scoring.json.internal.IndicatorDocuments.ObservationRefDoc;
import io.github.cchc.scoring.json.internal.IndicatorDocuments.ObservationSetDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mapping of indicators, indicator values, observations, observation sets, dossier queries and dossier counts to
 * their documents ({@code docs/indicators.md}).
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class IndicatorMapping {

  /** The mapping of an indicator. */
  public static final JsonMapping<Indicator, IndicatorDoc> INDICATOR = JsonMapping.of(Indicator.class,
      IndicatorDoc.class, IndicatorMapping::indicatorDoc, IndicatorMapping::toIndicator);

  /** The mapping of an indicator value, {@code "120"}, {@code "95/120"}, {@code "flags 3/5"} or {@code "12.5%"}. */
  public static final JsonMapping<IndicatorValue, String> VALUE = JsonMapping.of(IndicatorValue.class, String.class,
      IndicatorValue::toString, IndicatorMapping::toValue);

  /** The mapping of an observation on its own, which carries its indicator. */
  public static final JsonMapping<Observation, ObservationDoc> OBSERVATION = JsonMapping.of(Observation.class,
      ObservationDoc.class, IndicatorMapping::observationDoc, IndicatorMapping::toObservation);

  /** The mapping of a set of observations: the indicators once, then the observations naming them by code. */
  public static final JsonMapping<ObservationSet, ObservationSetDoc> OBSERVATIONS = JsonMapping.of(
      ObservationSet.class, ObservationSetDoc.class, IndicatorMapping::setDoc, IndicatorMapping::toSet);

  /** The mapping of a dossier query. */
  public static final JsonMapping<DossierQuery, DossierQueryDoc> QUERY = JsonMapping.of(DossierQuery.class,
      DossierQueryDoc.class, IndicatorMapping::queryDoc, IndicatorMapping::toQuery);

  /** The mapping of dossier counts, with their query and directory. */
  public static final JsonMapping<DossierCounts, DossierCountsDoc> COUNTS = JsonMapping.of(DossierCounts.class,
      DossierCountsDoc.class, IndicatorMapping::countsDoc, IndicatorMapping::toCounts);

  private IndicatorMapping() {}

  // ---------------------------------------------------------------------------------------------------------------
  // Indicators, values and observations

  private static IndicatorDoc indicatorDoc(Indicator i) {
    return new IndicatorDoc(i.code(), i.name(), i.area().name(), i.unit().name(), i.valueType().name(),
        i.timeAggregation().name(), i.group().isEmpty() ? null : i.group());
  }

  private static Indicator toIndicator(IndicatorDoc d, Trail t) {
    String code = Convert.required(d.code(), t.field("code"));
    String name = Convert.required(d.name(), t.field("name"));
    ReformArea area = Convert.constant(ReformArea.class, Convert.required(d.area(), t.field("area")),
        t.field("area"));
    IndicatorUnit unit = Convert.constant(IndicatorUnit.class, Convert.required(d.unit(), t.field("unit")),
        t.field("unit"));
    ValueType valueType = Convert.constant(ValueType.class, Convert.required(d.valueType(), t.field("valueType")),
        t.field("valueType"));
    TimeAggregation aggregation = Convert.constant(TimeAggregation.class,
        Convert.required(d.timeAggregation(), t.field("timeAggregation")), t.field("timeAggregation"));
    return Convert.at(t, () -> new Indicator(code, name, area, unit, valueType, aggregation,
        d.group() == null ? "" : d.group()));
  }

  private static IndicatorValue toValue(String text, Trail t) {
    return Convert.parse(text, t, "giá trị chỉ số", "indicator value", IndicatorValue::parse);
  }

  private static ReportPeriod period(String text, Trail t) {
    return ValueMappings.REPORT_PERIOD.toModel().apply(text, t);
  }

  private static ObservationDoc observationDoc(Observation o) {
    return new ObservationDoc(indicatorDoc(o.indicator()), o.unitId(), o.period().toString(), o.value().toString());
  }

  private static Observation toObservation(ObservationDoc d, Trail t) {
    Indicator indicator = toIndicator(Convert.required(d.indicator(), t.field("indicator")), t.field("indicator"));
    return observation(indicator, d.unit(), d.period(), d.value(), t);
  }

  private static Observation observation(Indicator indicator, String unit, String period, String value, Trail t) {
    String unitId = Convert.required(unit, t.field("unit"));
    ReportPeriod at = period(period, t.field("period"));
    IndicatorValue v = toValue(value, t.field("value"));
    return Convert.at(t, () -> new Observation(indicator, unitId, at, v));
  }

  private static ObservationSetDoc setDoc(ObservationSet set) {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    List<ObservationRefDoc> observations = new ArrayList<>();
    // observations() is ordered by indicator code, so the indicators come out in code order too.
    for (Observation o : set.observations()) {
      Indicator first = indicators.putIfAbsent(o.indicator().code(), o.indicator());
      if (first != null && !first.equals(o.indicator())) {
        // The document names indicators by code: writing one of the two would lose the other's definition.
        throw new IllegalArgumentException("Two different indicators share the code " + o.indicator().code()
            + " in this set of observations, which the JSON form names by code");
      }
      observations.add(new ObservationRefDoc(o.indicator().code(), o.unitId(), o.period().toString(),
          o.value().toString()));
    }
    return new ObservationSetDoc(indicators.values().stream().map(IndicatorMapping::indicatorDoc).toList(),
        observations);
  }

  private static ObservationSet toSet(ObservationSetDoc d, Trail root) {
    Map<String, Indicator> byCode = new HashMap<>();
    List<IndicatorDoc> indicators = Convert.orEmpty(d.indicators());
    for (int i = 0; i < indicators.size(); i++) {
      Trail t = root.field("indicators").index(i);
      Indicator indicator = toIndicator(indicators.get(i), t);
      if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
        String code = Problems.quote(indicator.code());
        throw new MappingProblem(t.field("code"), new Message("chỉ số " + code + " được khai báo hai lần",
            "indicator " + code + " is declared twice"));
      }
    }
    List<ObservationRefDoc> given = Convert.orEmpty(d.observations());
    List<Observation> observations = new ArrayList<>(given.size());
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      Trail t = root.field("observations").index(i);
      ObservationRefDoc o = given.get(i);
      String code = Convert.required(o.indicator(), t.field("indicator"));
      Indicator indicator = byCode.get(code);
      if (indicator == null) {
        throw new MappingProblem(t.field("indicator"), Problems.unknownValue(code,
            byCode.keySet().stream().sorted().toList()));
      }
      Observation observation = observation(indicator, o.unit(), o.period(), o.value(), t);
      // The set would add the two values; a document states each figure once.
      if (!seen.add(List.of(code, observation.unitId(), observation.period()))) {
        throw new MappingProblem(t, new Message(
            "chỉ số " + Problems.quote(code) + " của đơn vị " + Problems.quote(observation.unitId()) + " kỳ "
                + observation.period() + " đã có ở trên",
            "indicator " + Problems.quote(code) + " of unit " + Problems.quote(observation.unitId()) + " in "
                + observation.period() + " is already given above"));
      }
      observations.add(observation);
    }
    return Convert.at(root, () -> ObservationSet.of(observations));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Dossier queries and counts

  private static DossierQueryDoc queryDoc(DossierQuery q) {
    return new DossierQueryDoc(q.periods().stream().map(ReportPeriod::toString).toList(),
        q.profile() == DossierProfile.STANDARD ? null : q.profile().name(), q.byField() ? Boolean.TRUE : null);
  }

  private static DossierQuery toQuery(DossierQueryDoc d, Trail t) {
    List<String> given = Convert.required(d.periods(), t.field("periods"));
    List<ReportPeriod> periods = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      periods.add(period(given.get(i), t.field("periods").index(i)));
    }
    DossierProfile profile = d.profile() == null ? DossierProfile.STANDARD
        : Convert.constant(DossierProfile.class, d.profile(), t.field("profile"));
    DossierQuery query = Convert.at(t.field("periods"), () -> DossierQuery.of(periods));
    return query.withProfile(profile).withFieldBreakdown(Boolean.TRUE.equals(d.byField()));
  }

  private static DossierCountsDoc countsDoc(DossierCounts c) {
    return new DossierCountsDoc(queryDoc(c.query()), OrgDirectoryMapping.toDocument(c.directory()),
        c.rows().stream().map(r -> new DossierRowDoc(r.unit(), r.field().orElse(null), r.period().toString(),
            r.received(), r.direct(), r.onlinePartial(), r.onlineFull(), r.postal(), r.digitized(), r.finished(),
            r.late(), r.apologyLate(), r.pendingOverdue())).toList());
  }

  private static DossierCounts toCounts(DossierCountsDoc d, Trail root) {
    DossierQuery query = toQuery(Convert.required(d.query(), root.field("query")), root.field("query"));
    OrgDirectory directory = OrgDirectoryMapping.toDirectory(
        Convert.required(d.directory(), root.field("directory")), root.field("directory"));
    List<DossierRowDoc> given = Convert.orEmpty(d.counts());
    List<DossierCounts.Row> rows = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      Trail t = root.field("counts").index(i);
      DossierRowDoc r = given.get(i);
      String unit = Convert.required(r.unit(), t.field("unit"));
      if (directory.unit(unit).isEmpty()) {
        String id = Problems.quote(unit);
        throw new MappingProblem(t.field("unit"), new Message("đơn vị " + id + " không có trong danh mục đơn vị",
            "unit " + id + " is not in the directory"));
      }
      ReportPeriod period = period(r.period(), t.field("period"));
      if (!query.periods().contains(period)) {
        throw new MappingProblem(t.field("period"), Problems.unknownValue(period.toString(),
            query.periods().stream().map(ReportPeriod::toString).toList()));
      }
      rows.add(Convert.at(t, () -> new DossierCounts.Row(unit, Optional.ofNullable(r.field()), period,
          count(r.received(), t, "received"), count(r.direct(), t, "direct"),
          count(r.onlinePartial(), t, "onlinePartial"), count(r.onlineFull(), t, "onlineFull"),
          count(r.postal(), t, "postal"), count(r.digitized(), t, "digitized"), count(r.finished(), t, "finished"),
          count(r.late(), t, "late"), count(r.apologyLate(), t, "apologyLate"),
          count(r.pendingOverdue(), t, "pendingOverdue"))));
    }
    try {
      return DossierCounts.of(directory, query, rows);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(root.field("counts"), Problems.refused(e), e);
    }
  }

  private static long count(Long value, Trail t, String field) {
    long count = Convert.required(value, t.field(field));
    if (count < 0) {
      throw new MappingProblem(t.field(field), new Message("số hồ sơ không thể âm: " + count,
          "a count of dossiers cannot be negative: " + count));
    }
    return count;
  }
}
