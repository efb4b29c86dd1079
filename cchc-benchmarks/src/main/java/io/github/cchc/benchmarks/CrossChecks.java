package io.github.cchc.benchmarks;

import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cross-check that precedes every timing: each engine's answer over the same dataset must equal the reference
 * loop's, cell by cell, for every unit, province, quarter and measure.
 */
final class CrossChecks {

  private CrossChecks() {}

  /**
   * Runs every engine once and compares.
   *
   * @param dossiers the size of the B1 dataset
   * @param csvRows the size of the B2 file
   * @return one line per engine that agreed
   * @throws CrossCheckFailedException at the first engine that differs
   * @throws Exception if an engine fails
   */
  static List<String> run(int dossiers, int csvRows) throws Exception {
    List<String> lines = new ArrayList<>();
    NationalDataset d = NationalDataset.generate(dossiers, NationalDataset.DEFAULT_SEED);
    DossierCounts expected = ColumnLoop.aggregate(d);
    lines.add(String.format("B1 reference loop over %,d dossiers: %s", dossiers, expected));

    DossierTable table = LibraryEngine.table(d);
    for (int threads = 1; threads <= 2; threads++) {
      CrossCheckFailedException.requireEqual("cchc engine, " + threads + " thread(s)", expected,
          LibraryEngine.toCounts(d, LibraryEngine.aggregate(table, threads)));
      lines.add("B1 cchc engine, " + threads + " thread(s): equal");
    }
    table = null;

    StreamsBaseline streams = StreamsBaseline.of(d);
    CrossCheckFailedException.requireEqual("Java streams", expected, streams.toCounts(streams.aggregate()));
    lines.add("B1 Java streams: equal");
    streams = null;

    try (DuckDbBaseline db = DuckDbBaseline.load(d)) {
      for (int threads = 1; threads <= 2; threads++) {
        db.threads(threads);
        CrossCheckFailedException.requireEqual("DuckDB, " + threads + " thread(s)", expected, db.aggregate());
        lines.add("B1 DuckDB, " + threads + " thread(s): equal");
      }
    }

    NationalDataset small = NationalDataset.generate(csvRows, NationalDataset.DEFAULT_SEED);
    DossierCounts expectedCsv = ColumnLoop.aggregate(small);
    Path file = Files.createTempFile("dossiers-", ".csv");
    try (DuckDbBaseline db = DuckDbBaseline.open(small)) {
      long bytes = DossierCsvWriter.write(small, csvRows, file);
      db.threads(1);
      long rows = db.readCsv(file, "csv_dossiers");
      if (rows != csvRows) {
        throw new CrossCheckFailedException("DuckDB read_csv read " + rows + " rows of " + csvRows);
      }
      CrossCheckFailedException.requireEqual("DuckDB read_csv", expectedCsv, db.aggregateCsvTable("csv_dossiers"));
      lines.add(String.format("B2 DuckDB read_csv of %,d rows (%,d bytes): equal", csvRows, bytes));
      DossierLoad load = DossierCsvReader.of(small.directory).expectedSize(csvRows).read(file);
      if (!load.isClean() || load.rowsRead() != csvRows) {
        throw new CrossCheckFailedException("The cchc reader read " + load.rowsRead() + " rows of " + csvRows + ": "
            + load.rejections());
      }
      CrossCheckFailedException.requireEqual("cchc CSV reader", expectedCsv,
          LibraryEngine.toCounts(small, LibraryEngine.aggregate(load.table(), 1)));
      lines.add(String.format("B2 cchc CSV reader of %,d rows: clean, equal", csvRows));
    } finally {
      Files.deleteIfExists(file);
    }

    PlannerBenchmark.Country country = new PlannerBenchmark.Country();
    country.setUp(); // throws unless every province gets exactly the targets its rules need, all scheduled
    lines.add(String.format("B3 planner and scheduler: 34 provinces feasible, %,d targets (exactly the rules' "
        + "minimum), every one scheduled", country.expectedTargets));
    return lines;
  }
}
