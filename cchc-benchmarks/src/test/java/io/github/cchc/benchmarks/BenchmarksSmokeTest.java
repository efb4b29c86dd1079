package io.github.cchc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every benchmark at a tiny size, through the same setup code JMH runs, so that the benchmarks keep compiling and keep
 * computing equal answers. Nothing here is timed.
 */
class BenchmarksSmokeTest {

  private static final int SMOKE = 20_000;

  private static AggregationBenchmark.Data data;

  @BeforeAll
  static void generate() {
    data = new AggregationBenchmark.Data();
    data.dossiers = SMOKE;
    data.setUp();
  }

  @Test
  @DisplayName("B1: DuckDB at 1 and 2 threads gives the reference answer")
  void duckdbAgrees() throws Exception {
    for (int threads = 1; threads <= 2; threads++) {
      AggregationBenchmark.DuckDb s = new AggregationBenchmark.DuckDb();
      s.duckdbThreads = threads;
      s.setUp(data); // throws on a difference
      try {
        assertEquals(data.expected, new AggregationBenchmark().duckdb(s));
      } finally {
        s.tearDown();
      }
    }
  }

  @Test
  @DisplayName("B1: plain Java streams give the reference answer")
  void streamsAgree() {
    AggregationBenchmark.Streams s = new AggregationBenchmark.Streams();
    s.setUp(data);
    assertEquals(data.expected, s.baseline.toCounts(new AggregationBenchmark().streams(s)));
  }

  @Test
  @DisplayName("B1: the reference loop counts every received dossier once")
  void referenceCountsEveryDossier() {
    DossierCounts c = new AggregationBenchmark().columnLoop(data);
    assertEquals(SMOKE, c.total(Measure.RECEIVED));
    assertEquals(c.total(Measure.FINISHED), c.total(Measure.FINISHED_ON_TIME) + c.total(Measure.FINISHED_LATE));
  }

  @Test
  @DisplayName("B2: DuckDB read_csv reads back what the writer wrote")
  void duckdbReadsTheCsv(@TempDir Path dir) throws Exception {
    IngestionBenchmark.CsvFile csv = new IngestionBenchmark.CsvFile();
    csv.rows = SMOKE;
    csv.setUp();
    IngestionBenchmark.DuckDb db = new IngestionBenchmark.DuckDb();
    try {
      db.setUp(csv); // throws on a difference
      assertEquals(SMOKE, new IngestionBenchmark().duckdbReadCsv(db, csv));
      assertTrue(csv.bytes > SMOKE * 60L, "about a hundred bytes a row");
    } finally {
      db.tearDown();
      csv.tearDown();
    }
  }
}
