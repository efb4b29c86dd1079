package io.github.cchc.benchmarks;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import org.threeten.extra.YearQuarter;

/**
 * The baseline a Java developer would write first: one object per dossier in a list, and {@code groupingBy} over a
 * (unit, quarter) key with a small accumulator, then a second {@code groupingBy} for the roll-up to provinces.
 *
 * <p>It is generous to the baseline: unit ids and dates are shared instances (one {@link LocalDate} per day), as if
 * the loader interned them, and the record holds only the fields the indicators read.
 */
final class StreamsBaseline {

  private final NationalDataset dataset;
  private final List<DossierRecord> records;
  private final Map<String, String> provinceOf;
  private final List<YearQuarter> quarters;

  private StreamsBaseline(NationalDataset dataset, List<DossierRecord> records) {
    this.dataset = dataset;
    this.records = records;
    this.provinceOf = new java.util.HashMap<>();
    for (int u = 0; u < dataset.unitCount(); u++) {
      provinceOf.put(dataset.unitIds[u], dataset.unitIds[dataset.provinceUnit[dataset.provinceOfUnit[u]]]);
    }
    this.quarters = IntStream.range(0, StudyYear.QUARTERS).mapToObj(StudyYear::yearQuarter).toList();
  }

  /**
   * Builds one record per dossier.
   *
   * @param d the dataset
   * @return the baseline over the records
   */
  static StreamsBaseline of(NationalDataset d) {
    return new StreamsBaseline(d, records(d));
  }

  /** The records, one per dossier, as the naive loader would hold them. */
  static List<DossierRecord> records(NationalDataset d) {
    int first = StudyYear.start() - 1;
    LocalDate[] dates = new LocalDate[StudyYear.end() + 120 - first];
    for (int k = 0; k < dates.length; k++) {
      dates[k] = LocalDate.ofEpochDay(first + k);
    }
    List<DossierRecord> list = new ArrayList<>(d.size);
    for (int i = 0; i < d.size; i++) {
      int f = d.finished[i];
      list.add(new DossierRecord(d.unitIds[d.unit[i]], dates[d.received[i] - first], dates[d.due[i] - first],
          f == NationalDataset.NOT_FINISHED ? null : dates[f - first], Channel.ofCode(d.channel[i]),
          (d.flags[i] & NationalDataset.DIGITIZED) != 0, (d.flags[i] & NationalDataset.APOLOGY) != 0));
    }
    return list;
  }

  /** The records held. */
  List<DossierRecord> records() {
    return records;
  }

  /**
   * Runs the query.
   *
   * @return the counts per (unit, quarter) and per (province, quarter)
   */
  Map<UnitQuarter, Tally> aggregate() {
    Map<UnitQuarter, Tally> byReceived = records.stream()
        .filter(r -> r.received().getYear() == StudyYear.YEAR)
        .collect(groupingBy(r -> new UnitQuarter(r.unit(), YearQuarter.from(r.received())),
            Collector.of(Tally::new, Tally::addReceived, Tally::merge)));
    Map<UnitQuarter, Tally> byFinished = records.stream()
        .filter(r -> r.finished().map(f -> f.getYear() == StudyYear.YEAR).orElse(false))
        .collect(groupingBy(r -> new UnitQuarter(r.unit(), YearQuarter.from(r.finished().orElseThrow())),
            Collector.of(Tally::new, Tally::addFinished, Tally::merge)));
    Map<UnitQuarter, Long> pendingOverdue = records.stream()
        .flatMap(r -> quarters.stream()
            .filter(q -> r.isPendingOverdueAt(q.atEndOfQuarter()))
            .map(q -> new UnitQuarter(r.unit(), q)))
        .collect(groupingBy(Function.identity(), counting()));

    Map<UnitQuarter, Tally> perUnit = new java.util.HashMap<>(byReceived);
    byFinished.forEach((k, v) -> perUnit.merge(k, v, Tally::merge));
    pendingOverdue.forEach((k, v) -> perUnit.computeIfAbsent(k, x -> new Tally()).pendingOverdue += v);

    Map<UnitQuarter, Tally> perProvince = perUnit.entrySet().stream()
        .collect(groupingBy(e -> new UnitQuarter(provinceOf.get(e.getKey().unit()), e.getKey().quarter()),
            Collector.of(Tally::new, (t, e) -> t.merge(e.getValue()), Tally::merge)));
    Map<UnitQuarter, Tally> all = new java.util.HashMap<>(perUnit);
    perProvince.forEach((k, v) -> all.merge(k, v, Tally::merge));
    return all;
  }

  /** Brings the answer to the common form; provinces receive no dossiers themselves, so their keys are roll-ups. */
  DossierCounts toCounts(Map<UnitQuarter, Tally> answer) {
    DossierCounts out = new DossierCounts(dataset);
    Map<String, Integer> unitIndex = new java.util.HashMap<>();
    for (int u = 0; u < dataset.unitCount(); u++) {
      unitIndex.put(dataset.unitIds[u], u);
    }
    answer.forEach((key, t) -> {
      int u = unitIndex.get(key.unit());
      int q = key.quarter().getQuarterValue() - 1;
      long[] values = t.values();
      boolean province = dataset.provinceUnit[dataset.provinceOfUnit[u]] == u;
      for (Measure m : Measure.values()) {
        if (province) {
          out.addProvince(dataset.provinceOfUnit[u], q, m, values[m.ordinal()]);
        } else {
          out.addUnit(u, q, m, values[m.ordinal()]);
        }
      }
    });
    return out;
  }

  /** A grouping key. */
  record UnitQuarter(String unit, YearQuarter quarter) {}

  /** One dossier as an object, the fields the indicators read. */
  static final class DossierRecord {
    private final String unit;
    private final LocalDate received;
    private final LocalDate due;
    private final LocalDate finishedOrNull;
    private final Channel channel;
    private final boolean digitized;
    private final boolean apology;

    DossierRecord(String unit, LocalDate received, LocalDate due, LocalDate finishedOrNull, Channel channel,
        boolean digitized, boolean apology) {
      this.unit = unit;
      this.received = received;
      this.due = due;
      this.finishedOrNull = finishedOrNull;
      this.channel = channel;
      this.digitized = digitized;
      this.apology = apology;
    }

    String unit() {
      return unit;
    }

    LocalDate received() {
      return received;
    }

    LocalDate due() {
      return due;
    }

    Optional<LocalDate> finished() {
      return Optional.ofNullable(finishedOrNull);
    }

    Channel channel() {
      return channel;
    }

    boolean digitized() {
      return digitized;
    }

    boolean apology() {
      return apology;
    }

    boolean isPendingOverdueAt(LocalDate end) {
      return !received.isAfter(end) && !due.isAfter(end) && (finishedOrNull == null || finishedOrNull.isAfter(end));
    }
  }

  /** A mutable accumulator for one group. */
  static final class Tally {
    long received;
    long onlineFull;
    long onlinePartial;
    long postal;
    long digitized;
    long finished;
    long onTime;
    long late;
    long apology;
    long pendingOverdue;

    void addReceived(DossierRecord r) {
      received++;
      switch (r.channel()) {
        case ONLINE_FULL -> onlineFull++;
        case ONLINE_PARTIAL -> onlinePartial++;
        case POSTAL -> postal++;
        case DIRECT -> { }
      }
      if (r.digitized()) {
        digitized++;
      }
    }

    void addFinished(DossierRecord r) {
      finished++;
      if (r.finished().orElseThrow().isAfter(r.due())) {
        late++;
        if (r.apology()) {
          apology++;
        }
      } else {
        onTime++;
      }
    }

    Tally merge(Tally o) {
      received += o.received;
      onlineFull += o.onlineFull;
      onlinePartial += o.onlinePartial;
      postal += o.postal;
      digitized += o.digitized;
      finished += o.finished;
      onTime += o.onTime;
      late += o.late;
      apology += o.apology;
      pendingOverdue += o.pendingOverdue;
      return this;
    }

    long[] values() {
      return new long[] {received, onlineFull, onlinePartial, postal, digitized, finished, onTime, late, apology,
          pendingOverdue};
    }
  }
}
