package io.github.cchc.scoring.indicator;

import io.github.cchc.core.error.AggregationException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A mergeable set of observations, at most one per indicator, unit and period: adding an observation where one
 * already stands adds the values ({@link IndicatorValue#plus(IndicatorValue)}).
 *
 * <p>{@link #merge(ObservationSet)} is associative and commutative and {@link #empty()} is its identity, so partial
 * results from threads, files or machines combine exactly in any order.
 *
 * <p>Aggregation over time ({@link #overTime(ReportPeriod.Type)}) and up the hierarchy ({@link
 * #rolledUp(OrgDirectory)}) are separate steps, taken in the order the caller chooses; units that merged carry their
 * history to their successor with {@link #carriedForward(OrgDirectory, LocalDate)}.
 *
 * <pre>{@code
 * ObservationSet yearly = ObservationSet.of(quarterly).overTime(ReportPeriod.Type.YEAR);
 * ObservationSet province = yearly.carriedForward(dir, LocalDate.of(2026, 1, 1)).rolledUp(dir);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObservationSet {
  private static final ObservationSet EMPTY = new ObservationSet(Map.of());
  private static final Comparator<Observation> ORDER = Comparator
      .comparing((Observation o) -> o.indicator().code())
      .thenComparing(Observation::unitId)
      .thenComparing(Observation::period);

  private record Key(String code, String unitId, ReportPeriod period) {}

  private final Map<Key, Observation> byKey;

  private ObservationSet(Map<Key, Observation> byKey) {
    this.byKey = byKey;
  }

  /**
   * Returns the empty set, the identity of {@link #merge(ObservationSet)}.
   *
   * @return the empty set
   */
  public static ObservationSet empty() {
    return EMPTY;
  }

  /**
   * Returns the set of the given observations, adding the values of those with the same indicator, unit and period.
   *
   * @param observations the observations
   * @return the set
   * @throws io.github.cchc.core.error.AggregationException if two observations at the same place cannot be added
   */
  public static ObservationSet of(Collection<Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    Map<Key, Observation> map = new HashMap<>();
    for (Observation o : observations) {
      add(map, Objects.requireNonNull(o, "observation"));
    }
    return map.isEmpty() ? EMPTY : new ObservationSet(map);
  }

  private static void add(Map<Key, Observation> map, Observation o) {
    map.merge(new Key(o.indicator().code(), o.unitId(), o.period()), o, ObservationSet::sum);
  }

  private static Observation sum(Observation a, Observation b) {
    if (!a.indicator().equals(b.indicator())) {
      throw Errors.aggregation(AggregationException.Kind.NOT_AGGREGATABLE, a.indicator().code(),
          "Hai chỉ tiêu khác nhau dùng chung mã " + a.indicator().code(),
          "Two different indicators share the code " + a.indicator().code());
    }
    return new Observation(a.indicator(), a.unitId(), a.period(), a.value().plus(b.value()));
  }

  /**
   * Returns this set with one more observation added.
   *
   * @param observation the observation
   * @return the new set
   * @throws io.github.cchc.core.error.AggregationException if it cannot be added to the observation already at its
   *     place
   */
  public ObservationSet with(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    Map<Key, Observation> map = new HashMap<>(byKey);
    add(map, observation);
    return new ObservationSet(map);
  }

  /**
   * Merges two sets: observations at the same place add their values.
   *
   * @param other the other set
   * @return the merged set
   * @throws io.github.cchc.core.error.AggregationException if two observations at the same place cannot be added
   */
  public ObservationSet merge(ObservationSet other) {
    Objects.requireNonNull(other, "other");
    if (other.byKey.isEmpty()) {
      return this;
    }
    if (byKey.isEmpty()) {
      return other;
    }
    Map<Key, Observation> map = new HashMap<>(byKey);
    other.byKey.values().forEach(o -> add(map, o));
    return new ObservationSet(map);
  }

  /**
   * Returns the observations, ordered by indicator code, unit id and period.
   *
   * @return the observations
   */
  public List<Observation> observations() {
    List<Observation> list = new ArrayList<>(byKey.values());
    list.sort(ORDER);
    return List.copyOf(list);
  }

  /**
   * Returns the value of an indicator for a unit and a period.
   *
   * @param code the indicator code
   * @param unitId the unit id
   * @param period the period
   * @return the value, or empty if there is no observation there
   */
  public Optional<IndicatorValue> value(String code, String unitId, ReportPeriod period) {
    Observation o = byKey.get(new Key(Objects.requireNonNull(code, "code"), Objects.requireNonNull(unitId, "unitId"),
        Objects.requireNonNull(period, "period")));
    return o == null ? Optional.empty() : Optional.of(o.value());
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return byKey.size();
  }

  /**
   * Tells whether the set is empty.
   *
   * @return true if it holds no observation
   */
  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /**
   * Returns the observations that pass a test.
   *
   * @param test the test
   * @return the kept observations
   */
  public ObservationSet filter(Predicate<Observation> test) {
    Objects.requireNonNull(test, "test");
    Map<Key, Observation> map = new HashMap<>();
    byKey.forEach((k, o) -> {
      if (test.test(o)) {
        map.put(k, o);
      }
    });
    return new ObservationSet(map);
  }

  /**
   * Aggregates over time into periods of a longer or equal type: a flow ({@link TimeAggregation#SUM}) sums its
   * sub-periods, a stock ({@link TimeAggregation#LAST}) takes the value of its latest sub-period present.
   *
   * @param type the type of the target periods, such as {@link ReportPeriod.Type#YEAR}
   * @return the set over the longer periods
   * @throws IllegalArgumentException if an observation's period is longer than the target type
   * @throws io.github.cchc.core.error.AggregationException if values to be summed cannot be added
   */
  public ObservationSet overTime(ReportPeriod.Type type) {
    Objects.requireNonNull(type, "type");
    Map<Key, Observation> map = new HashMap<>();
    for (Observation o : byKey.values()) {
      if (o.period().type().months() > type.months()) {
        throw new IllegalArgumentException("Cannot aggregate the period " + o.period() + " of " + o.indicator().code()
            + " into the shorter type " + type);
      }
      ReportPeriod target = ReportPeriod.containing(type, o.period().firstDay());
      Key key = new Key(o.indicator().code(), o.unitId(), target);
      Observation moved = new Observation(o.indicator(), o.unitId(), target, o.value());
      if (o.indicator().timeAggregation() == TimeAggregation.SUM) {
        map.merge(key, moved, ObservationSet::sum);
      } else {
        // A stock keeps the latest sub-period; remember which one through the original observation.
        map.merge(key, o, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
      }
    }
    map.replaceAll((k, o) -> o.period().equals(k.period())
        ? o : new Observation(o.indicator(), o.unitId(), k.period(), o.value()));
    return new ObservationSet(map);
  }

  /**
   * Rolls the observations up the hierarchy: each unit's figures are added to every unit above it, so that a unit's
   * value is its own plus those of all its descendants. Flags of several units become "k of n units".
   *
   * @param directory the directory that gives the parents
   * @return the set with every ancestor's totals
   * @throws io.github.cchc.core.error.UnknownReferenceException if an observation names a unit not in the directory
   * @throws io.github.cchc.core.error.AggregationException if values to be summed cannot be added
   */
  public ObservationSet rolledUp(OrgDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    Map<Key, Observation> map = new HashMap<>();
    for (Observation o : byKey.values()) {
      add(map, o);
      for (OrgUnit ancestor : directory.ancestors(o.unitId())) {
        add(map, new Observation(o.indicator(), ancestor.id(), o.period(), o.value()));
      }
    }
    return new ObservationSet(map);
  }

  /**
   * Carries the figures of units that have ceased to the unit that succeeds them on a date, so that figures before
   * and after a merger compare. Units active on the date keep their figures; a merged unit's figures are added to its
   * successor's.
   *
   * @param directory the directory with the successor links
   * @param date the date whose units are wanted
   * @return the set over the units active on the date
   * @throws io.github.cchc.core.error.UnknownReferenceException if an observation names a unit not in the directory
   * @throws io.github.cchc.core.error.AggregationException if a unit ceased without successor or was split among
   *     several
   * @throws io.github.cchc.core.error.AggregationException if values to be summed cannot be added
   */
  public ObservationSet carriedForward(OrgDirectory directory, LocalDate date) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(date, "date");
    Map<String, String> successorOf = new HashMap<>();
    Map<Key, Observation> map = new HashMap<>();
    for (Observation o : byKey.values()) {
      String to = successorOf.computeIfAbsent(o.unitId(), id -> successor(directory, id, date));
      add(map, to.equals(o.unitId()) ? o : new Observation(o.indicator(), to, o.period(), o.value()));
    }
    return new ObservationSet(map);
  }

  private static String successor(OrgDirectory directory, String id, LocalDate date) {
    List<OrgUnit> found = directory.finalSuccessors(id, date);
    if (found.size() != 1) {
      List<String> ids = found.stream().map(OrgUnit::id).toList();
      throw Errors.aggregation(AggregationException.Kind.SUCCESSION, id,
          "Đơn vị '" + id + "' " + (found.isEmpty() ? "không có đơn vị kế thừa" : "có nhiều đơn vị kế thừa " + ids)
              + " vào ngày " + date + ": không thể chuyển số liệu của đơn vị này",
          "Unit '" + id + "' has " + (found.isEmpty() ? "no successor" : "several successors " + ids) + " on " + date
              + ": its figures cannot be carried forward");
    }
    return found.get(0).id();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObservationSet s && s.byKey.equals(byKey);
  }

  @Override
  public int hashCode() {
    return byKey.hashCode();
  }

  @Override
  public String toString() {
    return "ObservationSet" + observations().stream()
        .map(o -> o.indicator().code() + "@" + o.unitId() + "@" + o.period() + "=" + o.value()).toList();
  }
}
