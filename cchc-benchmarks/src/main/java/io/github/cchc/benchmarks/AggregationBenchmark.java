package io.github.cchc.benchmarks;

import io.github.cchc.scoring.dossier.DossierTable;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B1, aggregation: every {@code dossiers.*} count per unit and quarter, and the roll-up to provinces, over the national
 * dataset. Each engine's answer is checked against the reference in its setup, before any iteration is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AggregationBenchmark {

  /** The dataset and the reference answer. */
  @State(Scope.Benchmark)
  public static class Data {
    /** The number of dossiers. */
    @Param("10000000")
    public int dossiers;

    NationalDataset dataset;
    DossierCounts expected;

    /** Generates the dataset and computes the reference answer. */
    @Setup(Level.Trial)
    public void setUp() {
      dataset = NationalDataset.generate(dossiers, NationalDataset.DEFAULT_SEED);
      expected = ColumnLoop.aggregate(dataset);
    }
  }

  /** DuckDB with the dossiers loaded through its appender. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    /** DuckDB's {@code threads} setting. */
    @Param({"1", "2"})
    public int duckdbThreads;

    DuckDbBaseline db;

    /**
     * Loads the data and checks the answer.
     *
     * @param data the dataset
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp(Data data) throws SQLException {
      db = DuckDbBaseline.load(data.dataset);
      db.threads(duckdbThreads);
      CrossCheckFailedException.requireEqual("DuckDB, " + duckdbThreads + " thread(s)", data.expected, db.aggregate());
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      db.close();
    }
  }

  /** The library's columnar table. */
  @State(Scope.Benchmark)
  public static class Engine {
    /** The threads the engine aggregates with. */
    @Param({"1", "2"})
    public int engineThreads;

    DossierTable table;

    /**
     * Builds the table and checks the answer.
     *
     * @param data the dataset
     */
    @Setup(Level.Trial)
    public void setUp(Data data) {
      table = LibraryEngine.table(data.dataset);
      CrossCheckFailedException.requireEqual("cchc engine, " + engineThreads + " thread(s)", data.expected,
          LibraryEngine.toCounts(data.dataset, LibraryEngine.aggregate(table, engineThreads)));
    }
  }

  /** The list of records for the streams baseline. */
  @State(Scope.Benchmark)
  public static class Streams {
    StreamsBaseline baseline;

    /**
     * Builds the records and checks the answer.
     *
     * @param data the dataset
     */
    @Setup(Level.Trial)
    public void setUp(Data data) {
      baseline = StreamsBaseline.of(data.dataset);
      CrossCheckFailedException.requireEqual("Java streams", data.expected, baseline.toCounts(baseline.aggregate()));
    }
  }

  /**
   * The library's engine: counts per unit and quarter, rolled up to every ancestor.
   *
   * @param s the table
   * @return the answer
   */
  @Benchmark
  public io.github.cchc.scoring.dossier.DossierCounts engine(Engine s) {
    return LibraryEngine.aggregate(s.table, s.engineThreads);
  }

  /**
   * DuckDB: the query and reading its answer.
   *
   * @param s the loaded database
   * @return the answer
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public DossierCounts duckdb(DuckDb s) throws SQLException {
    return s.db.aggregate();
  }

  /**
   * Plain Java streams over one record per dossier.
   *
   * @param s the records
   * @return the answer
   */
  @Benchmark
  public Map<StreamsBaseline.UnitQuarter, StreamsBaseline.Tally> streams(Streams s) {
    return s.baseline.aggregate();
  }

  /**
   * The reference loop over the dataset's columns.
   *
   * @param d the dataset
   * @return the answer
   */
  @Benchmark
  public DossierCounts columnLoop(Data d) {
    return ColumnLoop.aggregate(d.dataset);
  }
}
