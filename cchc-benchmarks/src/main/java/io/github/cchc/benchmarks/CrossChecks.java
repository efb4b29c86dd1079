package io.github.cchc.benchmarks;

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
    } finally {
      Files.deleteIfExists(file);
    }
    return lines;
  }
}
