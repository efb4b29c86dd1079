package io.github.cchc.scoring.indicator;

import io.github.cchc.core.error.AggregationException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures restated onto the units active on a date, so that figures from before and after a merger or a split
 * compare: each figure of a unit that has ceased goes to the units that succeed it, whole for a merger, by the exact
 * shares of {@link OrgUnit#shares()} for a split, or whole to the successor {@link OrgUnit#successorByIndicator()}
 * names for that indicator. Every restated figure lists the old units it was carried from and the share of each
 * ({@link Figure#carriedFrom()}).
 *
 * <p>What cannot be carried is a {@link #findings() finding} naming the unit, the indicator and what is missing,
 * never an exception; the other figures are carried all the same:
 *
 * <ul>
 *   <li>{@code restate.no-successor}: the unit is not active on the date and has no successor, such as a district
 *       after the district tier ended;
 *   <li>{@code restate.split-without-shares}: the unit has several successors but neither shares nor a successor for
 *       the indicator;
 *   <li>{@code restate.percent-without-parts}: a percentage reported without its numerator and denominator, which no
 *       share or sum can carry exactly.
 * </ul>
 *
 * <p>Parts are kept exact ({@link BigDecimal}, shares being exact decimals): a count of 7 split 0.8/0.1/0.1 gives
 * 5.6, 0.7 and 0.7, and a ratio carries its numerator and its denominator, each times the share. Because nothing is
 * rounded, restating commutes with merging partial sets and with summing over time: restating and then aggregating
 * equals aggregating and then restating. Rounding happens only when asked, with a stated mode, in {@link
 * #toObservations(RoundingMode)} or {@link Figure#share(int, RoundingMode)}.
 *
 * <pre>{@code
 * Restatement r = observations.restatedAsOf(directory, LocalDate.of(2026, 1, 1));
 * r.figure("3.1.1", "HY-SNV", ReportPeriod.ofYear(2024)).map(Restatement.Figure::carriedFrom);
 * // {HY-SNV=1, TB-SLDTBXH=0.8, TB-SNV=1}
 * r.findings();   // restate.no-successor for the district 'TB-TP', …
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Restatement {
  private static final Comparator<Figure> ORDER = Comparator
      .comparing((Figure f) -> f.indicator().code())
      .thenComparing(Figure::unitId)
      .thenComparing(Figure::period);

  /** The rule id of a unit that ceased without successor. */
  public static final String NO_SUCCESSOR = "restate.no-successor";
  /** The rule id of a unit split among successors without shares or a successor for the indicator. */
  public static final String SPLIT_WITHOUT_SHARES = "restate.split-without-shares";
  /** The rule id of a percentage reported without its parts that would have to be carried. */
  public static final String PERCENT_WITHOUT_PARTS = "restate.percent-without-parts";

  private record Key(String code, String unitId, ReportPeriod period) {}

  private final LocalDate date;
  private final Map<Key, Figure> byKey;
  private final Map<String, Gap> findings;

  private Restatement(LocalDate date, Map<Key, Figure> byKey, Map<String, Gap> findings) {
    this.date = date;
    this.byKey = byKey;
    this.findings = findings;
  }

  /**
   * Returns the empty restatement onto the units of a date, the identity of {@link #merge(Restatement)}.
   *
   * @param date the date whose units are wanted
   * @return the empty restatement
   */
  public static Restatement empty(LocalDate date) {
    return new Restatement(Objects.requireNonNull(date, "date"), Map.of(), Map.of());
  }

  /**
   * One restated figure: its exact parts and the old units it was carried from.
   *
   * <p>{@code first} is the count, the numerator, the units that said yes, the first figure of a pair, or the
   * percentage as reported; {@code second} is the denominator, the units that answered, or the second figure of a
   * pair, and zero for a count or a reported percentage. Parts are stored without trailing zeros, so that equal
   * figures are {@code equals}.
   *
   * @param indicator the indicator
   * @param unitId the unit active on the date
   * @param period the period
   * @param kind the kind of value
   * @param first the first part, exact
   * @param second the second part, exact
   * @param carriedFrom each unit whose figure went into this one, with the share of that unit's figure it received;
   *     a unit's own figure is listed with share 1, and a unit whose figure was zero in every part is not listed
   */
  public record Figure(Indicator indicator, String unitId, ReportPeriod period, IndicatorValue.Kind kind,
      BigDecimal first, BigDecimal second, Map<String, BigDecimal> carriedFrom) {

    /**
     * Checks the components and normalises the numbers.
     *
     * @throws NullPointerException if a component is null
     */
    public Figure {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(unitId, "unitId");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(kind, "kind");
      first = plain(Objects.requireNonNull(first, "first"));
      second = plain(Objects.requireNonNull(second, "second"));
      Map<String, BigDecimal> sorted = new TreeMap<>();
      Objects.requireNonNull(carriedFrom, "carriedFrom").forEach((k, v) -> sorted.put(k, plain(v)));
      carriedFrom = Collections.unmodifiableMap(sorted);
    }

    /**
     * Tells whether figures of other units went into this one.
     *
     * @return true if a unit other than {@link #unitId()} is listed in {@link #carriedFrom()}
     */
    public boolean isCarried() {
      return carriedFrom.keySet().stream().anyMatch(id -> !id.equals(unitId));
    }

    /**
     * Returns the share in percent of a ratio or of flags, computed from the exact parts; a reported percentage as
     * it stands.
     *
     * @param scale the decimal places
     * @param rounding the rounding mode
     * @return the percentage, or empty for a count, a pair or a zero denominator
     */
    public Optional<BigDecimal> share(int scale, RoundingMode rounding) {
      Objects.requireNonNull(rounding, "rounding");
      return switch (kind) {
        case RATIO, FLAGS -> second.signum() == 0 ? Optional.empty()
            : Optional.of(first.multiply(BigDecimal.valueOf(100)).divide(second, scale, rounding));
        case REPORTED_PERCENT -> Optional.of(first.setScale(scale, rounding));
        case COUNT, PAIR -> Optional.empty();
      };
    }

    /**
     * Returns the value with each part rounded to a whole number with the given mode. Rounding is monotonic, so a
     * numerator stays at most its denominator.
     *
     * @param rounding the rounding mode, such as {@link RoundingMode#HALF_EVEN}
     * @return the value
     */
    public IndicatorValue rounded(RoundingMode rounding) {
      Objects.requireNonNull(rounding, "rounding");
      long a = first.setScale(0, rounding).longValueExact();
      long b = second.setScale(0, rounding).longValueExact();
      return switch (kind) {
        case COUNT -> IndicatorValue.count(a);
        case RATIO -> IndicatorValue.ratio(a, b);
        case FLAGS -> IndicatorValue.flags(a, b);
        case PAIR -> IndicatorValue.pair(a, b);
        case REPORTED_PERCENT -> IndicatorValue.reportedPercent(first);
      };
    }

    /** Without trailing zeros but never in exponent form: 40, not 4E+1. */
    private static BigDecimal plain(BigDecimal value) {
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    Key key() {
      return new Key(indicator.code(), unitId, period);
    }

    Figure plus(Figure other) {
      if (kind != other.kind || kind == IndicatorValue.Kind.REPORTED_PERCENT || !indicator.equals(other.indicator)) {
        throw Errors.aggregation(AggregationException.Kind.NOT_AGGREGATABLE, indicator.code(),
            "Không cộng được hai số liệu của chỉ tiêu " + indicator.code() + " tại đơn vị '" + unitId + "' ("
                + kind + ", " + other.kind + ")",
            "Two figures of indicator " + indicator.code() + " at unit '" + unitId + "' cannot be added ("
                + kind + ", " + other.kind + ")");
      }
      Map<String, BigDecimal> sources = new HashMap<>(carriedFrom);
      // The same old unit reaches one place with one share, whichever partial set it came in.
      other.carriedFrom.forEach((id, share) -> sources.merge(id, share, BigDecimal::max));
      return new Figure(indicator, unitId, period, kind, first.add(other.first), second.add(other.second), sources);
    }

    Figure moved(String toUnit, ReportPeriod toPeriod, Map<String, BigDecimal> sources) {
      return new Figure(indicator, toUnit, toPeriod, kind, first, second, sources);
    }
  }

  static Restatement of(ObservationSet set, OrgDirectory directory, LocalDate date) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(date, "date");
    Allocator allocator = new Allocator(directory, date);
    Map<Key, Figure> map = new HashMap<>();
    for (Observation o : set.observations()) {
      Optional<Map<String, BigDecimal>> targets = allocator.targets(o.unitId(), o.indicator().code());
      if (targets.isEmpty()) {
        continue;
      }
      IndicatorValue v = o.value();
      if (v.kind() == IndicatorValue.Kind.REPORTED_PERCENT) {
        if (!targets.get().equals(Map.of(o.unitId(), BigDecimal.ONE))) {
          allocator.percentWithoutParts(o);
          continue;
        }
      }
      BigDecimal first = v.kind() == IndicatorValue.Kind.REPORTED_PERCENT
          ? v.reportedPercent() : BigDecimal.valueOf(v.numerator());
      BigDecimal second = BigDecimal.valueOf(v.denominator().orElse(v.second().orElse(0)));
      // A unit whose figure is nothing carried nothing: it is not listed as a source.
      boolean nothing = first.signum() == 0 && second.signum() == 0;
      targets.get().forEach((unit, share) -> add(map, new Figure(o.indicator(), unit, o.period(), v.kind(),
          first.multiply(share), second.multiply(share), nothing ? Map.of() : Map.of(o.unitId(), share))));
    }
    return new Restatement(date, map, allocator.gaps);
  }

  private static void add(Map<Key, Figure> map, Figure figure) {
    map.merge(figure.key(), figure, Figure::plus);
  }

  /** Follows successor links from a unit to the units active on the date, multiplying the shares on the way. */
  private static final class Allocator {
    private final OrgDirectory directory;
    private final LocalDate date;
    private final Map<String, Gap> gaps = new TreeMap<>();
    private final Map<String, Optional<Map<String, BigDecimal>>> memo = new HashMap<>();

    Allocator(OrgDirectory directory, LocalDate date) {
      this.directory = directory;
      this.date = date;
    }

    Optional<Map<String, BigDecimal>> targets(String unitId, String code) {
      String memoKey = unitId + "\u0000" + code;
      Optional<Map<String, BigDecimal>> known = memo.get(memoKey);
      if (known == null) {
        known = compute(unitId, code);
        memo.put(memoKey, known);
      }
      return known;
    }

    private Optional<Map<String, BigDecimal>> compute(String unitId, String code) {
      OrgUnit unit = directory.require(unitId);
      if (unit.isActiveOn(date)) {
        return Optional.of(Map.of(unitId, BigDecimal.ONE));
      }
      Set<String> next = directory.successorsOf(unitId);
      if (next.isEmpty()) {
        gap(NO_SUCCESSOR, unit, code);
        return Optional.empty();
      }
      if (next.size() == 1) {
        return targets(next.iterator().next(), code);
      }
      String chosen = unit.successorByIndicator().get(code);
      if (chosen != null) {
        return targets(chosen, code);
      }
      if (!unit.shares().keySet().containsAll(next)) {
        gap(SPLIT_WITHOUT_SHARES, unit, code);
        return Optional.empty();
      }
      Map<String, BigDecimal> result = new LinkedHashMap<>();
      for (Map.Entry<String, BigDecimal> share : unit.shares().entrySet()) {
        Optional<Map<String, BigDecimal>> further = targets(share.getKey(), code);
        if (further.isEmpty()) {
          return Optional.empty();
        }
        further.get().forEach((id, s) -> result.merge(id, s.multiply(share.getValue()), BigDecimal::add));
      }
      return Optional.of(result);
    }

    void percentWithoutParts(Observation o) {
      gap(PERCENT_WITHOUT_PARTS, directory.require(o.unitId()), o.indicator().code());
    }

    private void gap(String rule, OrgUnit unit, String code) {
      gaps.computeIfAbsent(rule + "\u0000" + unit.id(), k -> new Gap(rule, unit.id(), unit.name(),
          unit.validTo().map(LocalDate::toString).orElse(""), List.copyOf(directory.successorsOf(unit.id())),
          new java.util.TreeSet<>())).codes().add(code);
    }
  }

  /** What could not be carried from one unit under one rule, and for which indicators. */
  private record Gap(String rule, String unitId, String name, String validTo, List<String> successors,
      java.util.SortedSet<String> codes) {

    Gap joined(Gap other) {
      java.util.SortedSet<String> all = new java.util.TreeSet<>(codes);
      all.addAll(other.codes);
      return new Gap(rule, unitId, name, validTo, successors, all);
    }

    Finding finding(LocalDate date) {
      String unit = "'" + unitId + "' (" + name + ")";
      String list = String.join(", ", codes);
      return switch (rule) {
        case NO_SUCCESSOR -> Finding.warning("", rule,
            "Đơn vị " + unit + (validTo.isEmpty() ? " không hoạt động vào ngày " + date : " thôi hoạt động từ "
                + validTo) + " và không có đơn vị kế thừa (successors): số liệu của đơn vị này không được chuyển"
                + " sang đơn vị ngày " + date + " (chỉ tiêu " + list + ")",
            "Unit " + unit + (validTo.isEmpty() ? " is not active on " + date : " ceased on " + validTo)
                + " and has no successor (successors): its figures are not carried onto the units of " + date
                + " (indicators " + list + ")");
        case SPLIT_WITHOUT_SHARES -> Finding.warning("", rule,
            "Đơn vị " + unit + " chia cho các đơn vị kế thừa " + successors + " nhưng thiếu phần chia cho từng đơn"
                + " vị (shares) hoặc đơn vị nhận chỉ tiêu (successorByIndicator): số liệu các chỉ tiêu " + list
                + " không được chuyển",
            "Unit " + unit + " is split among the successors " + successors + " but lacks a share for each"
                + " (shares) or a successor for the indicator (successorByIndicator): its figures of " + list
                + " are not carried");
        default -> Finding.warning("", rule,
            "Đơn vị " + unit + " báo cáo tỷ lệ phần trăm không kèm tử số và mẫu số cho chỉ tiêu " + list
                + ": không chuyển được sang đơn vị kế thừa; cần báo cáo tử số và mẫu số",
            "Unit " + unit + " reports a percentage without its numerator and denominator for " + list
                + ": it cannot be carried to the successors; report the numerator and denominator");
      };
    }
  }

  /**
   * Returns the date whose units the figures are restated onto.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the restated figures, ordered by indicator code, unit id and period.
   *
   * @return the figures
   */
  public List<Figure> figures() {
    List<Figure> list = new ArrayList<>(byKey.values());
    list.sort(ORDER);
    return List.copyOf(list);
  }

  /**
   * Returns the restated figure of an indicator for a unit and a period.
   *
   * @param code the indicator code
   * @param unitId the id of a unit active on the date
   * @param period the period
   * @return the figure, or empty if nothing was carried there
   */
  public Optional<Figure> figure(String code, String unitId, ReportPeriod period) {
    return Optional.ofNullable(byKey.get(new Key(Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(unitId, "unitId"), Objects.requireNonNull(period, "period"))));
  }

  /**
   * Returns what could not be carried, one finding per rule and unit naming the indicators concerned, ordered by
   * rule and unit id.
   *
   * @return the findings, each a warning
   */
  public List<Finding> findings() {
    return findings.values().stream().map(g -> g.finding(date)).toList();
  }

  /**
   * Merges two restatements onto the same date: figures at the same place add their parts, the findings are joined.
   *
   * @param other the other restatement
   * @return the merged restatement
   * @throws IllegalArgumentException if the two restate onto different dates
   * @throws io.github.cchc.core.error.AggregationException if two figures at the same place cannot be added
   */
  public Restatement merge(Restatement other) {
    Objects.requireNonNull(other, "other");
    if (!date.equals(other.date)) {
      throw new IllegalArgumentException("Cannot merge restatements onto " + date + " and " + other.date);
    }
    Map<Key, Figure> map = new HashMap<>(byKey);
    other.byKey.values().forEach(f -> add(map, f));
    Map<String, Gap> joined = new TreeMap<>(findings);
    other.findings.forEach((k, gap) -> joined.merge(k, gap, Gap::joined));
    return new Restatement(date, map, joined);
  }

  /**
   * Aggregates over time into periods of a longer or equal type, as {@link ObservationSet#overTime(ReportPeriod.Type)}
   * does: a flow sums its sub-periods, a stock takes its latest sub-period present.
   *
   * @param type the type of the target periods
   * @return the restatement over the longer periods
   * @throws IllegalArgumentException if a figure's period is longer than the target type
   */
  public Restatement overTime(ReportPeriod.Type type) {
    Objects.requireNonNull(type, "type");
    Map<Key, Figure> map = new HashMap<>();
    Map<Key, ReportPeriod> latest = new HashMap<>();
    for (Figure f : byKey.values()) {
      if (f.period().type().months() > type.months()) {
        throw new IllegalArgumentException("Cannot aggregate the period " + f.period() + " of "
            + f.indicator().code() + " into the shorter type " + type);
      }
      ReportPeriod target = ReportPeriod.containing(type, f.period().firstDay());
      Figure moved = f.moved(f.unitId(), target, f.carriedFrom());
      if (f.indicator().timeAggregation() == TimeAggregation.SUM) {
        add(map, moved);
      } else if (latest.merge(moved.key(), f.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b).equals(f.period())) {
        map.put(moved.key(), moved);
      }
    }
    return new Restatement(date, map, findings);
  }

  /**
   * Rolls the figures up the hierarchy of the units active on the date: each unit's figures are added to every unit
   * above it, and each unit above lists the old units carried into it with the sum of their shares below it.
   *
   * @param directory the directory that gives the parents
   * @return the restatement with every ancestor's totals
   * @throws io.github.cchc.core.error.UnknownReferenceException if a figure names a unit not in the directory
   */
  public Restatement rolledUp(OrgDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    OrgDirectory active = directory.asOf(date);
    Map<Key, Figure> map = new HashMap<>(byKey);
    Map<Key, Figure> above = new HashMap<>();
    for (Figure f : byKey.values()) {
      for (OrgUnit ancestor : active.ancestors(f.unitId())) {
        above.merge(new Key(f.indicator().code(), ancestor.id(), f.period()),
            f.moved(ancestor.id(), f.period(), f.carriedFrom()), Restatement::sumBelow);
      }
    }
    // Shares below an ancestor add up (0.8 to one department and 0.1 to another is 0.9 of the old unit's figure).
    above.values().forEach(f -> map.merge(f.key(), f, Restatement::sumBelow));
    return new Restatement(date, map, findings);
  }

  private static Figure sumBelow(Figure a, Figure b) {
    Figure sum = a.plus(b);
    Map<String, BigDecimal> sources = new HashMap<>(a.carriedFrom());
    b.carriedFrom().forEach((id, share) -> sources.merge(id, share, BigDecimal::add));
    return sum.moved(sum.unitId(), sum.period(), sources);
  }

  /**
   * Returns the figures as observations, each part rounded to a whole number with the given mode.
   *
   * @param rounding the rounding mode, such as {@link RoundingMode#HALF_EVEN}
   * @return the observations
   */
  public ObservationSet toObservations(RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    List<Observation> list = new ArrayList<>();
    for (Figure f : byKey.values()) {
      list.add(new Observation(f.indicator(), f.unitId(), f.period(), f.rounded(rounding)));
    }
    return ObservationSet.of(list);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Restatement r && r.date.equals(date) && r.byKey.equals(byKey)
        && r.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, byKey, findings);
  }

  @Override
  public String toString() {
    return "Restatement" + date + figures().stream()
        .map(f -> f.indicator().code() + "@" + f.unitId() + "@" + f.period() + "=" + f.kind() + " "
            + f.first().toPlainString() + "/" + f.second().toPlainString() + " from " + f.carriedFrom())
        .toList() + findings.keySet();
  }
}
