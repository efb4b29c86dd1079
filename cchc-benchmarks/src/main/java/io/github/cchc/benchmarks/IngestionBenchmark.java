package io.github.cchc.benchmarks;

import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
 * B2, ingestion: a dossier CSV (one million rows by default) read with every field parsed, by the library's reader
 * into its table and by DuckDB's {@code read_csv} into a table, both at one thread. What was read is checked against the dataset before timing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IngestionBenchmark {

  /** The CSV file, written in setup and deleted after. */
  @State(Scope.Benchmark)
  public static class CsvFile {
    /** The number of rows. */
    @Param("1000000")
    public int rows;

    NationalDataset dataset;
    DossierCounts expected;
    Path file;
    long bytes;

    /**
     * Generates the dataset and writes it.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dataset = NationalDataset.generate(rows, NationalDataset.DEFAULT_SEED);
      expected = ColumnLoop.aggregate(dataset);
      file = Files.createTempFile("dossiers-", ".csv");
      bytes = DossierCsvWriter.write(dataset, rows, file);
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /** The library's reader: reads the file once in setup and checks what it read. */
  @State(Scope.Benchmark)
  public static class EngineReader {
    DossierCsvReader reader;

    /**
     * Prepares the reader and checks one read.
     *
     * @param csv the file
     * @throws IOException if the file cannot be read
     */
    @Setup(Level.Trial)
    public void setUp(CsvFile csv) throws IOException {
      reader = DossierCsvReader.of(csv.dataset.directory).expectedSize(csv.rows);
      DossierLoad load = reader.read(csv.file);
      if (!load.isClean() || load.rowsRead() != csv.rows || load.table().size() != csv.rows) {
        throw new CrossCheckFailedException("The cchc reader read " + load.rowsRead() + " rows of " + csv.rows
            + " into " + load.table().size() + ": " + load.rejections());
      }
      CrossCheckFailedException.requireEqual("cchc CSV reader", csv.expected,
          LibraryEngine.toCounts(csv.dataset, LibraryEngine.aggregate(load.table(), 1)));
    }
  }

  /** DuckDB at one thread. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    DuckDbBaseline db;

    /**
     * Opens the database, reads the file once and checks it.
     *
     * @param csv the file
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp(CsvFile csv) throws SQLException {
      db = DuckDbBaseline.open(csv.dataset);
      db.threads(1);
      long rows = db.readCsv(csv.file, "csv_dossiers");
      if (rows != csv.rows) {
        throw new CrossCheckFailedException("DuckDB read " + rows + " rows of " + csv.rows);
      }
      CrossCheckFailedException.requireEqual("DuckDB read_csv", csv.expected, db.aggregateCsvTable("csv_dossiers"));
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

  /**
   * The library's streaming reader into the columnar table, every field parsed and checked, on one thread.
   *
   * @param r the reader
   * @param csv the file
   * @return what was read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public DossierLoad engineReadCsv(EngineReader r, CsvFile csv) throws IOException {
    return r.reader.read(csv.file);
  }

  /**
   * DuckDB {@code read_csv} into a new table.
   *
   * @param db the database
   * @param csv the file
   * @return the number of rows read
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long duckdbReadCsv(DuckDb db, CsvFile csv) throws SQLException {
    return db.db.readCsv(csv.file, "csv_dossiers");
  }
}
