package io.github.cchc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
  @DisplayName("B1: the library's engine at 1 and 2 threads gives the reference answer")
  void engineAgrees() {
    for (int threads = 1; threads <= 2; threads++) {
      AggregationBenchmark.Engine s = new AggregationBenchmark.Engine();
      s.engineThreads = threads;
      s.setUp(data); // throws on a difference
      assertEquals(data.expected, LibraryEngine.toCounts(data.dataset, new AggregationBenchmark().engine(s)));
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
  @DisplayName("B1: the cross-check names the first cell that differs")
  void crossCheckNamesTheDifference() {
    DossierCounts wrong = new DossierCounts(data.dataset);
    System.arraycopy(data.expected.unitArray(), 0, wrong.unitArray(), 0, wrong.unitArray().length);
    wrong.rollUpFromUnits();
    wrong.addUnit(data.dataset.unit[0], 1, Measure.FINISHED_LATE, 1);
    CrossCheckFailedException e = assertThrows(CrossCheckFailedException.class,
        () -> CrossCheckFailedException.requireEqual("engine", data.expected, wrong));
    assertTrue(e.getMessage().contains(data.dataset.unitIds[data.dataset.unit[0]] + " 2026-Q2 dossiers.finishedLate"),
        e.getMessage());
  }

  @Test
  @DisplayName("B2: the library's reader and DuckDB read_csv read back what the writer wrote")
  void readersReadTheCsv() throws Exception {
    IngestionBenchmark.CsvFile csv = new IngestionBenchmark.CsvFile();
    csv.rows = SMOKE;
    csv.setUp();
    IngestionBenchmark.DuckDb db = new IngestionBenchmark.DuckDb();
    try {
      IngestionBenchmark.EngineReader reader = new IngestionBenchmark.EngineReader();
      reader.setUp(csv); // throws on a difference
      assertEquals(SMOKE, new IngestionBenchmark().engineReadCsv(reader, csv).table().size());
      db.setUp(csv); // throws on a difference
      assertEquals(SMOKE, new IngestionBenchmark().duckdbReadCsv(db, csv));
      assertTrue(csv.bytes > SMOKE * 60L, "about a hundred bytes a row");
    } finally {
      db.tearDown();
      csv.tearDown();
    }
  }

  @Test
  @DisplayName("B3: every province gets exactly 50% of its departments and 10% of its communes, all scheduled")
  void plannerPlansTheCountry() {
    PlannerBenchmark.Country c = new PlannerBenchmark.Country();
    c.setUp(); // throws unless feasible and minimal
    assertEquals(c.expectedTargets, PlannerBenchmark.check(new PlannerBenchmark().planCountry(c)));
  }

  @Test
  @DisplayName("B4: the engine's table holds fewer bytes per dossier than a list of records")
  void engineIsSmallerThanRecords() {
    long engine = MemoryFootprint.engineBytes(LibraryEngine.table(data.dataset), data.dataset.directory);
    long records = MemoryFootprint.naiveShared(data.dataset).bytes();
    assertTrue(engine < records, engine + " against " + records);
  }

  @Test
  @DisplayName("B4: the duplicate-id set holds at most 40 bytes per id of 16 bytes, under half a HashSet's")
  void theIdSetIsCompact() {
    BenchReport.Memory compact = MemoryFootprint.idSet(1_000_000);
    BenchReport.Memory hashSet = MemoryFootprint.idHashSet(100_000);
    double perId = (double) compact.bytes() / compact.dossiers();
    assertTrue(perId <= 40, compact.toString());
    assertTrue(perId * 2 < (double) hashSet.bytes() / hashSet.dossiers(), compact + " against " + hashSet);
  }

  @Test
  @DisplayName("The national directory: 34 provinces, 3,321 communes, about 20 departments each")
  void directoryHasTheNationalShape() {
    var dir = data.dataset.directory;
    assertEquals(34, dir.unitsOfKind(java.util.Set.of(io.github.cchc.core.org.OrgKind.PROVINCE)).size());
    assertEquals(3_321, dir.unitsOfKind(java.util.Set.of(io.github.cchc.core.org.OrgKind.COMMUNE)).size());
    int departments = dir.unitsOfKind(java.util.Set.of(io.github.cchc.core.org.OrgKind.DEPARTMENT)).size();
    assertTrue(departments >= 34 * 18 && departments <= 34 * 22, departments + " departments");
  }

  @Test
  @DisplayName("The generator is deterministic and its mixes are plausible")
  void generatorIsDeterministicAndPlausible() {
    NationalDataset again = NationalDataset.generate(SMOKE, NationalDataset.DEFAULT_SEED);
    assertEquals(data.expected, ColumnLoop.aggregate(again));
    DossierCounts c = data.expected;
    long received = c.total(Measure.RECEIVED);
    long finished = c.total(Measure.FINISHED);
    long latePerThousand = 1000 * c.total(Measure.FINISHED_LATE) / finished;
    assertTrue(latePerThousand >= 20 && latePerThousand <= 60, "late per thousand " + latePerThousand);
    long onlinePercent = 100 * c.total(Measure.ONLINE_FULL) / received;
    assertTrue(onlinePercent >= 30 && onlinePercent <= 40, "online " + onlinePercent);
    long pending = received - finished;
    assertTrue(pending > 0 && pending < received / 10, "pending " + pending);
    NationalDataset other = NationalDataset.generate(SMOKE, NationalDataset.DEFAULT_SEED + 1);
    assertNotEquals(data.expected.toString(), ColumnLoop.aggregate(other).toString());
  }
}
