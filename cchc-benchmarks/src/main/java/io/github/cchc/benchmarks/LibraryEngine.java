package io.github.cchc.benchmarks;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.Channel;
import io.github.cchc.scoring.dossier.DossierIndicator;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's engine ({@link DossierTable}) fed from the dataset's columns, and its answer brought to the common
 * form for the cross-check.
 */
final class LibraryEngine {

  /** The quarters of the study year. */
  static final DossierQuery QUERY = DossierQuery.of(ReportPeriod.ofYear(StudyYear.YEAR), ReportPeriod.Type.QUARTER);

  private static final Channel[] CHANNELS = {Channel.DIRECT, Channel.ONLINE_PARTIAL, Channel.ONLINE_FULL,
      Channel.POSTAL};

  private LibraryEngine() {}

  /**
   * Builds the engine's table through its primitive fast path (one reused row), every column given.
   *
   * @param d the dataset
   * @return the table
   */
  static DossierTable table(NationalDataset d) {
    DossierTable.Builder b = DossierTable.builder(d.directory, d.size);
    int[] fieldIndex = new int[NationalDataset.FIELDS.size()];
    for (int f = 0; f < fieldIndex.length; f++) {
      fieldIndex[f] = b.fieldIndex(NationalDataset.FIELDS.get(f));
    }
    Map<Short, Integer> procedureIndex = new HashMap<>();
    DossierTable.Row row = new DossierTable.Row();
    for (int i = 0; i < d.size; i++) {
      int f = d.finished[i];
      int flags = d.flags[i];
      b.append(row.unit(d.unit[i]).field(fieldIndex[d.field[i]])
          .procedure(procedureIndex.computeIfAbsent(d.procedure[i], p -> b.procedureIndex("1.00" + p)))
          .receivedDay(d.received[i]).dueDay(d.due[i])
          .finishedDay(f == NationalDataset.NOT_FINISHED ? DossierTable.PENDING : f)
          .channel(CHANNELS[d.channel[i]]).digitized((flags & NationalDataset.DIGITIZED) != 0)
          .paidOnline((flags & NationalDataset.PAID_ONLINE) != 0).apology((flags & NationalDataset.APOLOGY) != 0)
          .supplementRequests(d.supplements[i]));
    }
    return b.build();
  }

  /**
   * The timed work: the counts per unit and quarter, then rolled up to every ancestor.
   *
   * @param table the table
   * @param threads the threads
   * @return the rolled-up counts
   */
  static io.github.cchc.scoring.dossier.DossierCounts aggregate(DossierTable table, int threads) {
    return table.aggregate(QUERY, threads).rolledUp();
  }

  /**
   * Reads the rolled-up counts through the public API: departments and communes give the unit counts, provinces
   * (which receive no dossiers of their own) the roll-up.
   *
   * @param d the dataset
   * @param rolled the engine's answer
   * @return the common form
   */
  static DossierCounts toCounts(NationalDataset d, io.github.cchc.scoring.dossier.DossierCounts rolled) {
    DossierCounts out = new DossierCounts(d);
    List<ReportPeriod> periods = QUERY.periods();
    for (int u = 0; u < d.unitCount(); u++) {
      int province = d.provinceOfUnit[u];
      boolean isProvince = d.provinceUnit[province] == u;
      for (int q = 0; q < periods.size(); q++) {
        for (Measure m : Measure.values()) {
          long v = value(rolled, m, d.unitIds[u], periods.get(q));
          if (isProvince) {
            out.addProvince(province, q, m, v);
          } else {
            out.addUnit(u, q, m, v);
          }
        }
      }
    }
    return out;
  }

  private static long value(io.github.cchc.scoring.dossier.DossierCounts c, Measure m, String unit,
      ReportPeriod period) {
    return switch (m) {
      case RECEIVED -> c.value(DossierIndicator.RECEIVED, unit, period).numerator();
      case ONLINE_FULL -> c.value(DossierIndicator.ONLINE_FULL_RATE, unit, period).numerator();
      case ONLINE_PARTIAL -> c.value(DossierIndicator.ONLINE_PARTIAL_RATE, unit, period).numerator();
      case POSTAL -> c.value(DossierIndicator.POSTAL_RATE, unit, period).numerator();
      case DIGITIZED -> c.value(DossierIndicator.DIGITIZED_RATE, unit, period).numerator();
      case FINISHED -> c.value(DossierIndicator.FINISHED, unit, period).numerator();
      case FINISHED_ON_TIME -> c.value(DossierIndicator.FINISHED_ON_TIME, unit, period).numerator();
      case FINISHED_LATE -> c.value(DossierIndicator.FINISHED_LATE, unit, period).numerator();
      case APOLOGY -> c.value(DossierIndicator.APOLOGY_RATE, unit, period).numerator();
      case PENDING_OVERDUE -> c.value(DossierIndicator.PENDING_OVERDUE, unit, period).numerator();
    };
  }
}
