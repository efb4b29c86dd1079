package io.github.cchc.scoring.dossier;

import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationSet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The counts a {@link DossierTable} aggregates for a {@link DossierQuery}: per unit and period (and per unit, field
 * and period when the query breaks down by field), from which every {@link DossierIndicator} follows.
 *
 * <p>Counts are mergeable: {@link #merge(DossierCounts)} adds them, is associative and commutative, and {@link
 * #empty(OrgDirectory, DossierQuery)} is its identity, so the results of row ranges, threads or files combine
 * exactly. Rates are kept as numerator and denominator ({@link IndicatorValue#ratio(long, long)}), so that a rate
 * rolled up the hierarchy is the ratio of the sums.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierCounts {
  static final int RECEIVED = 0;
  static final int DIRECT = 1; // then ONLINE_PARTIAL, ONLINE_FULL, POSTAL in channel order
  static final int DIGITIZED = 5;
  static final int FINISHED = 6;
  static final int LATE = 7;
  static final int APOLOGY_LATE = 8;
  static final int PENDING_OVERDUE = 9;
  static final int K = 10;

  record UnitField(int unit, String field) {}

  private final OrgDirectory directory;
  private final UnitIndex unitIndex;
  private final int[] parent;
  private final DossierQuery query;
  private final int periods;
  private final int stride;
  private final long[] cells;
  private final Map<UnitField, long[]> byField;

  DossierCounts(OrgDirectory directory, UnitIndex units, DossierQuery query, long[] cells,
      Map<UnitField, long[]> byField) {
    this.directory = directory;
    this.unitIndex = units;
    this.parent = units.parent;
    this.query = query;
    this.periods = query.periods().size();
    this.stride = (periods + 1) * K;
    this.cells = cells;
    this.byField = byField;
  }

  /**
   * Returns the counts of no dossier, the identity of {@link #merge(DossierCounts)}.
   *
   * @param directory the units
   * @param query the query
   * @return the empty counts
   */
  public static DossierCounts empty(OrgDirectory directory, DossierQuery query) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(query, "query");
    return new DossierCounts(directory, new UnitIndex(directory), query,
        new long[directory.size() * (query.periods().size() + 1) * K], new HashMap<>());
  }

  // Turns the pending-overdue differences of one unit into counts and clears the scratch slot.
  static void finish(long[] c, int base, int periods) {
    long running = 0;
    for (int p = 0; p < periods; p++) {
      running += c[base + p * K + PENDING_OVERDUE];
      c[base + p * K + PENDING_OVERDUE] = running;
    }
    Arrays.fill(c, base + periods * K, base + (periods + 1) * K, 0L);
  }

  static long[] addInto(long[] a, long[] b) {
    long[] sum = a.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += b[i];
    }
    return sum;
  }

  /**
   * The counts without their directory, as a serialisable value: partial counts travel this way between processes
   * (from the executors of a cluster to its driver) and become counts again with {@link #of(OrgDirectory, Portable)}
   * on the side that holds the directory. It holds the query (periods, profile, breakdown) and every count.
   *
   * <p>This class is immutable.
   */
  public static final class Portable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] periods;
    private final String profile;
    private final boolean byField;
    private final long[] cells;
    private final int[] fieldUnits;
    private final String[] fieldNames;
    private final long[][] fieldCells;

    private Portable(DossierCounts c) {
      this.periods = c.query.periods().stream().map(ReportPeriod::toString).toArray(String[]::new);
      this.profile = c.query.profile().name();
      this.byField = c.query.byField();
      this.cells = c.cells.clone();
      int n = c.byField.size();
      this.fieldUnits = new int[n];
      this.fieldNames = new String[n];
      this.fieldCells = new long[n][];
      int i = 0;
      for (Map.Entry<UnitField, long[]> e : c.byField.entrySet()) {
        fieldUnits[i] = e.getKey().unit();
        fieldNames[i] = e.getKey().field();
        fieldCells[i++] = e.getValue().clone();
      }
    }

    /**
     * Returns the number of units the counts are kept for.
     *
     * @return the units, as many as the directory they were counted with
     */
    public int units() {
      return cells.length / ((periods.length + 1) * K);
    }

    @Override
    public String toString() {
      return "DossierCounts.Portable[" + String.join(", ", periods) + ", " + units() + " units]";
    }
  }

  /**
   * Returns these counts without their directory, to be sent to another process.
   *
   * @return the portable counts
   */
  public Portable portable() {
    return new Portable(this);
  }

  /**
   * Returns portable counts as counts again, with the directory they were counted with.
   *
   * @param directory the directory, the same as the counts were made with (checked by its size)
   * @param portable the portable counts
   * @return the counts
   * @throws IllegalArgumentException if the directory has another number of units, or the counts are damaged
   */
  public static DossierCounts of(OrgDirectory directory, Portable portable) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(portable, "portable");
    List<ReportPeriod> periods = Arrays.stream(portable.periods).map(ReportPeriod::parse).toList();
    DossierQuery query = DossierQuery.of(periods).withProfile(DossierProfile.valueOf(portable.profile))
        .withFieldBreakdown(portable.byField);
    int stride = (periods.size() + 1) * K;
    if (portable.cells.length != directory.size() * stride) {
      throw new IllegalArgumentException("Dossier counts of " + portable.units() + " units cannot be read with a "
          + "directory of " + directory.size() + " units");
    }
    Map<UnitField, long[]> fields = new HashMap<>();
    for (int i = 0; i < portable.fieldUnits.length; i++) {
      if (portable.fieldUnits[i] < 0 || portable.fieldUnits[i] >= directory.size()
          || portable.fieldCells[i].length != stride) {
        throw new IllegalArgumentException("Damaged dossier counts: field " + portable.fieldNames[i] + " of unit "
            + portable.fieldUnits[i]);
      }
      fields.put(new UnitField(portable.fieldUnits[i], portable.fieldNames[i]), portable.fieldCells[i].clone());
    }
    return new DossierCounts(directory, new UnitIndex(directory), query, portable.cells.clone(), fields);
  }

  /**
   * Returns the query the counts answer.
   *
   * @return the query
   */
  public DossierQuery query() {
    return query;
  }

  /**
   * Returns the directory whose units the counts are kept by.
   *
   * @return the directory
   */
  public OrgDirectory directory() {
    return directory;
  }

  /**
   * Adds two sets of counts of the same directory and query.
   *
   * @param other the other counts
   * @return the sum
   * @throws IllegalArgumentException if the other counts are of another directory or query
   */
  public DossierCounts merge(DossierCounts other) {
    Objects.requireNonNull(other, "other");
    if (!other.query.equals(query) || other.directory != directory && !other.directory.equals(directory)) {
      throw new IllegalArgumentException("Cannot merge dossier counts of different queries or directories: " + query
          + " and " + other.query);
    }
    long[] sum = addInto(cells, other.cells);
    Map<UnitField, long[]> fields = new HashMap<>(byField);
    other.byField.forEach((k, v) -> fields.merge(k, v, DossierCounts::addInto));
    return new DossierCounts(directory, unitIndex, query, sum, fields);
  }

  /**
   * Rolls the counts up the hierarchy: each unit's counts become its own plus those of every unit below it, so that
   * a province's figures are those of all its departments, districts and communes. Rates follow as ratios of the
   * summed counts.
   *
   * @return the rolled-up counts
   */
  public DossierCounts rolledUp() {
    int n = parent.length;
    Integer[] deepestFirst = new Integer[n];
    int[] depth = new int[n];
    for (int i = 0; i < n; i++) {
      deepestFirst[i] = i;
      for (int p = parent[i]; p >= 0; p = parent[p]) {
        depth[i]++;
      }
    }
    Arrays.sort(deepestFirst, (a, b) -> Integer.compare(depth[b], depth[a]));
    long[] sum = cells.clone();
    for (int i : deepestFirst) {
      int p = parent[i];
      if (p >= 0) {
        for (int j = 0; j < stride; j++) {
          sum[p * stride + j] += sum[i * stride + j];
        }
      }
    }
    Map<UnitField, long[]> fields = new HashMap<>();
    byField.forEach((k, v) -> {
      for (int u = k.unit(); u >= 0; u = parent[u]) {
        fields.merge(new UnitField(u, k.field()), v, DossierCounts::addInto);
      }
    });
    return new DossierCounts(directory, unitIndex, query, sum, fields);
  }

  private int unit(String unitId) {
    Objects.requireNonNull(unitId, "unitId");
    Integer u = unitIndex.byId.get(unitId);
    if (u == null) {
      throw Errors.unknown(UnknownReferenceException.Kind.UNIT, unitId, unitIndex.byId.keySet());
    }
    return u;
  }

  private int period(ReportPeriod period) {
    int p = query.periods().indexOf(Objects.requireNonNull(period, "period"));
    if (p < 0) {
      throw new IllegalArgumentException("Period " + period + " is not among the query's " + query.periods());
    }
    return p;
  }

  /**
   * Returns an indicator for a unit and one of the query's periods. Counts are {@link IndicatorValue#count(long)};
   * rates are {@link IndicatorValue#ratio(long, long)}.
   *
   * @param indicator the indicator
   * @param unitId the unit
   * @param period one of the query's periods
   * @return the value
   * @throws io.github.cchc.core.error.UnknownReferenceException if the unit is not in the directory
   * @throws IllegalArgumentException if the period is not one of the query's
   */
  public IndicatorValue value(DossierIndicator indicator, String unitId, ReportPeriod period) {
    Objects.requireNonNull(indicator, "indicator");
    return value(indicator, cells, unit(unitId) * stride + period(period) * K);
  }

  /**
   * Returns an indicator for a unit, a field and one of the query's periods; zero counts if the unit had no dossier
   * of that field.
   *
   * @param indicator the indicator
   * @param unitId the unit
   * @param field the field, such as "Đất đai"
   * @param period one of the query's periods
   * @return the value
   * @throws io.github.cchc.core.error.UnknownReferenceException if the unit is not in the directory
   * @throws IllegalArgumentException if the period is not one of the query's, or the query has no field breakdown
   */
  public IndicatorValue value(DossierIndicator indicator, String unitId, String field, ReportPeriod period) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(field, "field");
    if (!query.byField()) {
      throw new IllegalArgumentException("The query " + query + " has no field breakdown");
    }
    long[] c = byField.getOrDefault(new UnitField(unit(unitId), field), new long[stride]);
    return value(indicator, c, period(period) * K);
  }

  private static IndicatorValue value(DossierIndicator indicator, long[] c, int at) {
    long received = c[at + RECEIVED];
    long finished = c[at + FINISHED];
    long late = c[at + LATE];
    return switch (indicator) {
      case RECEIVED -> IndicatorValue.count(received);
      case FINISHED -> IndicatorValue.count(finished);
      case FINISHED_ON_TIME -> IndicatorValue.count(finished - late);
      case FINISHED_LATE -> IndicatorValue.count(late);
      case PENDING_OVERDUE -> IndicatorValue.count(c[at + PENDING_OVERDUE]);
      case ON_TIME_RATE -> IndicatorValue.ratio(finished - late, finished);
      case DIRECT_RATE -> IndicatorValue.ratio(c[at + DIRECT], received);
      case ONLINE_FULL_RATE -> IndicatorValue.ratio(c[at + DIRECT + Channel.ONLINE_FULL.ordinal()], received);
      case ONLINE_PARTIAL_RATE -> IndicatorValue.ratio(c[at + DIRECT + Channel.ONLINE_PARTIAL.ordinal()], received);
      case POSTAL_RATE -> IndicatorValue.ratio(c[at + DIRECT + Channel.POSTAL.ordinal()], received);
      case DIGITIZED_RATE -> IndicatorValue.ratio(c[at + DIGITIZED], received);
      case APOLOGY_RATE -> IndicatorValue.ratio(c[at + APOLOGY_LATE], late);
    };
  }

  /**
   * Returns the fields that have counts, sorted.
   *
   * @return the field names; empty without a field breakdown
   */
  public List<String> fields() {
    TreeSet<String> names = new TreeSet<>();
    byField.keySet().forEach(k -> names.add(k.field()));
    return List.copyOf(names);
  }

  /**
   * Returns every dossier indicator of every unit that has a non-zero count, for each of the query's periods, as
   * observations of the built-in catalogue's {@code dossiers.*} indicators.
   *
   * @return the observations
   */
  public ObservationSet toObservations() {
    List<Observation> list = new ArrayList<>();
    List<OrgUnit> units = directory.units();
    for (int u = 0; u < units.size(); u++) {
      if (isZero(cells, u * stride)) {
        continue;
      }
      for (int p = 0; p < periods; p++) {
        for (DossierIndicator i : DossierIndicator.values()) {
          list.add(new Observation(i.indicator(), units.get(u).id(), query.periods().get(p),
              value(i, cells, u * stride + p * K)));
        }
      }
    }
    return ObservationSet.of(list);
  }

  /**
   * Returns the rows of Phụ lục II that dossiers feed, for every unit with counts and each of the query's periods:
   * 2.4.1 on time and 2.4.2 late (each a count with its share of the finished dossiers), 2.4.3 apology letters over
   * late dossiers, 6.6.3 and 6.6.4 the partly and wholly online shares and 6.6.5 the digitised share of the received
   * dossiers, and 6.7.2 the dossiers received by post.
   *
   * @return the observations, of indicators of {@link IndicatorCatalog#phuLucII()}
   */
  public ObservationSet toPhuLucII() {
    return phuLucII(null, null);
  }

  /**
   * Returns the rows of {@link #toPhuLucII()} and, for district reports, 2.4.7 and 2.4.8: the dossiers of the land
   * and of the construction field finished on time, with their share of the field's finished dossiers.
   *
   * @param landField the name of the land field in the data, such as "Đất đai"
   * @param constructionField the name of the construction field in the data, such as "Xây dựng"
   * @return the observations
   * @throws IllegalArgumentException if the query has no field breakdown
   */
  public ObservationSet toPhuLucII(String landField, String constructionField) {
    Objects.requireNonNull(landField, "landField");
    Objects.requireNonNull(constructionField, "constructionField");
    if (!query.byField()) {
      throw new IllegalArgumentException("The rows 2.4.7 and 2.4.8 need a query with a field breakdown: " + query);
    }
    return phuLucII(landField, constructionField);
  }

  private ObservationSet phuLucII(String landField, String constructionField) {
    IndicatorCatalog catalog = IndicatorCatalog.phuLucII();
    List<Observation> list = new ArrayList<>();
    List<OrgUnit> units = directory.units();
    for (int u = 0; u < units.size(); u++) {
      if (isZero(cells, u * stride)) {
        continue;
      }
      String id = units.get(u).id();
      for (int p = 0; p < periods; p++) {
        ReportPeriod period = query.periods().get(p);
        int at = u * stride + p * K;
        long finished = cells[at + FINISHED];
        long late = cells[at + LATE];
        long received = cells[at + RECEIVED];
        list.add(new Observation(catalog.require("2.4.1"), id, period, IndicatorValue.ratio(finished - late, finished)));
        list.add(new Observation(catalog.require("2.4.2"), id, period, IndicatorValue.ratio(late, finished)));
        list.add(new Observation(catalog.require("2.4.3"), id, period,
            IndicatorValue.ratio(cells[at + APOLOGY_LATE], late)));
        list.add(new Observation(catalog.require("6.6.3"), id, period,
            IndicatorValue.ratio(cells[at + DIRECT + Channel.ONLINE_PARTIAL.ordinal()], received)));
        list.add(new Observation(catalog.require("6.6.4"), id, period,
            IndicatorValue.ratio(cells[at + DIRECT + Channel.ONLINE_FULL.ordinal()], received)));
        list.add(new Observation(catalog.require("6.6.5"), id, period,
            IndicatorValue.ratio(cells[at + DIGITIZED], received)));
        list.add(new Observation(catalog.require("6.7.2"), id, period,
            IndicatorValue.count(cells[at + DIRECT + Channel.POSTAL.ordinal()])));
        if (landField != null) {
          list.add(new Observation(catalog.require("2.4.7"), id, period,
              value(DossierIndicator.ON_TIME_RATE, id, landField, period)));
          list.add(new Observation(catalog.require("2.4.8"), id, period,
              value(DossierIndicator.ON_TIME_RATE, id, constructionField, period)));
        }
      }
    }
    return ObservationSet.of(list);
  }

  private boolean isZero(long[] c, int base) {
    for (int j = 0; j < periods * K; j++) {
      if (c[base + j] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The counts of one unit, or of one unit and field, in one period: what {@link #rows()} gives and {@link
   * #of(OrgDirectory, DossierQuery, Collection)} takes, so that counts can be sent elsewhere and merged there.
   *
   * <p>A dossier counts as received, with its channel and whether it was digitised, in the period it was received;
   * as finished, late and late with an apology letter in the period it was finished; and as pending overdue at the end
   * of each period it was open past its due date. This type is immutable and thread-safe.
   *
   * @param unit the unit id
   * @param field the field, for a query with a field breakdown; empty for the unit's own counts
   * @param period one of the query's periods
   * @param received the dossiers received
   * @param direct of those, received in person
   * @param onlinePartial received partly online
   * @param onlineFull received wholly online
   * @param postal received by post
   * @param digitized the received dossiers that were digitised
   * @param finished the dossiers finished
   * @param late of those, finished late
   * @param apologyLate of those, late with an apology letter
   * @param pendingOverdue the dossiers still open and past their due date at the period's end
   */
  public record Row(String unit, Optional<String> field, ReportPeriod period, long received, long direct,
      long onlinePartial, long onlineFull, long postal, long digitized, long finished, long late, long apologyLate,
      long pendingOverdue) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Row {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(period, "period");
      long[] all = {received, direct, onlinePartial, onlineFull, postal, digitized, finished, late, apologyLate,
          pendingOverdue};
      for (long count : all) {
        if (count < 0) {
          throw new IllegalArgumentException("A count of dossiers cannot be negative: " + count + " for unit " + unit
              + field.map(f -> ", field " + f).orElse("") + ", " + period);
        }
      }
    }

    private long[] counts() {
      return new long[] {received, direct, onlinePartial, onlineFull, postal, digitized, finished, late, apologyLate,
          pendingOverdue};
    }

    private static Row of(String unit, Optional<String> field, ReportPeriod period, long[] c, int at) {
      return new Row(unit, field, period, c[at + RECEIVED], c[at + DIRECT], c[at + DIRECT + 1], c[at + DIRECT + 2],
          c[at + DIRECT + 3], c[at + DIGITIZED], c[at + FINISHED], c[at + LATE], c[at + APOLOGY_LATE],
          c[at + PENDING_OVERDUE]);
    }
  }

  /**
   * Returns the counts as rows: each unit's counts for each period in which it has any, in directory and period
   * order, then, with a field breakdown, each unit's counts by field (sorted by field), for each period in which it
   * has any (or for the first period when it has none, so that the field is kept).
   *
   * @return the rows, from which {@link #of(OrgDirectory, DossierQuery, Collection)} makes equal counts
   */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    List<OrgUnit> units = directory.units();
    for (int u = 0; u < units.size(); u++) {
      for (int p = 0; p < periods; p++) {
        int at = u * stride + p * K;
        if (!isZero(cells, at, K)) {
          rows.add(Row.of(units.get(u).id(), Optional.empty(), query.periods().get(p), cells, at));
        }
      }
    }
    byField.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<UnitField, long[]> e) -> e.getKey().unit())
            .thenComparing(e -> e.getKey().field()))
        .forEach(e -> {
          String unit = units.get(e.getKey().unit()).id();
          Optional<String> field = Optional.of(e.getKey().field());
          int before = rows.size();
          for (int p = 0; p < periods; p++) {
            if (!isZero(e.getValue(), p * K, K)) {
              rows.add(Row.of(unit, field, query.periods().get(p), e.getValue(), p * K));
            }
          }
          if (rows.size() == before) {
            rows.add(Row.of(unit, field, query.periods().get(0), e.getValue(), 0));
          }
        });
    return List.copyOf(rows);
  }

  /**
   * Returns the counts that some rows give, such as those {@link #rows()} gave elsewhere.
   *
   * @param directory the units
   * @param query the query
   * @param rows the rows, at most one per unit, field and period
   * @return the counts
   * @throws io.github.cchc.core.error.UnknownReferenceException if a row names a unit not in the directory
   * @throws IllegalArgumentException if a row's period is not one of the query's, a row has a field while the query
   *     has no field breakdown, or two rows have the same unit, field and period
   */
  public static DossierCounts of(OrgDirectory directory, DossierQuery query, Collection<Row> rows) {
    Objects.requireNonNull(rows, "rows");
    DossierCounts empty = empty(directory, query);
    long[] cells = empty.cells.clone();
    Map<UnitField, long[]> fields = new HashMap<>();
    Set<List<Object>> seen = new HashSet<>();
    for (Row row : rows) {
      Objects.requireNonNull(row, "row");
      int u = empty.unit(row.unit());
      int p = empty.period(row.period());
      if (!seen.add(List.of(row.unit(), row.field(), row.period()))) {
        throw new IllegalArgumentException("The counts of unit " + row.unit() + row.field().map(f -> ", field " + f)
            .orElse("") + " in " + row.period() + " are given twice");
      }
      long[] target;
      int at;
      if (row.field().isPresent()) {
        if (!query.byField()) {
          throw new IllegalArgumentException("The query " + query + " has no field breakdown, but counts are given "
              + "for field " + row.field().get());
        }
        target = fields.computeIfAbsent(new UnitField(u, row.field().get()), k -> new long[empty.stride]);
        at = p * K;
      } else {
        target = cells;
        at = u * empty.stride + p * K;
      }
      System.arraycopy(row.counts(), 0, target, at, K);
    }
    return new DossierCounts(directory, empty.unitIndex, query, cells, fields);
  }

  private static boolean isZero(long[] c, int at, int length) {
    for (int j = at; j < at + length; j++) {
      if (c[j] != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DossierCounts c) || !c.query.equals(query) || !c.directory.equals(directory)
        || !Arrays.equals(c.cells, cells) || c.byField.size() != byField.size()) {
      return false;
    }
    for (Map.Entry<UnitField, long[]> e : byField.entrySet()) {
      if (!Arrays.equals(e.getValue(), c.byField.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, Arrays.hashCode(cells), byField.size());
  }

  @Override
  public String toString() {
    return "DossierCounts[" + query + ", " + directory.size() + " units]";
  }
}
