package io.github.cchc.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB in-process through its JDBC driver: the dataset is loaded beforehand through the appender into a table with
 * typed columns (unit as an integer index, dates as {@code DATE}), and only the query is timed.
 */
final class DuckDbBaseline implements AutoCloseable {

  /**
   * The per unit and quarter counts and their roll-up to provinces, in one statement; the arguments are the year,
   * the next year, the table, the pending counts per quarter and the rows that turn them into one row per quarter.
   */
  private static final String QUERY_TEMPLATE = """
      WITH by_received AS (
        SELECT unit, quarter(received) AS q,
               count(*) AS received,
               count(*) FILTER (WHERE channel = 2) AS online_full,
               count(*) FILTER (WHERE channel = 1) AS online_partial,
               count(*) FILTER (WHERE channel = 3) AS postal,
               count(*) FILTER (WHERE digitized) AS digitized
        FROM %3$s
        WHERE received >= DATE '%1$d-01-01' AND received < DATE '%2$d-01-01'
        GROUP BY unit, q),
      by_finished AS (
        SELECT unit, quarter(finished) AS q,
               count(*) AS finished,
               count(*) FILTER (WHERE finished <= due) AS on_time,
               count(*) FILTER (WHERE finished > due) AS late,
               count(*) FILTER (WHERE finished > due AND apology) AS apology
        FROM %3$s
        WHERE finished >= DATE '%1$d-01-01' AND finished < DATE '%2$d-01-01'
        GROUP BY unit, q),
      pending_by_unit AS (
        SELECT unit, %4$s
        FROM %3$s
        GROUP BY unit),
      pending AS (
        %5$s),
      per_unit AS MATERIALIZED (
        SELECT unit, q, sum(received) AS received, sum(online_full) AS online_full,
               sum(online_partial) AS online_partial, sum(postal) AS postal, sum(digitized) AS digitized,
               sum(finished) AS finished, sum(on_time) AS on_time, sum(late) AS late, sum(apology) AS apology,
               sum(pending_overdue) AS pending_overdue
        FROM (
          SELECT unit, q, received, online_full, online_partial, postal, digitized,
                 0 AS finished, 0 AS on_time, 0 AS late, 0 AS apology, 0 AS pending_overdue
          FROM by_received
          UNION ALL
          SELECT unit, q, 0, 0, 0, 0, 0, finished, on_time, late, apology, 0 FROM by_finished
          UNION ALL
          SELECT unit, q, 0, 0, 0, 0, 0, 0, 0, 0, 0, pending_overdue FROM pending)
        GROUP BY unit, q)
      SELECT 0 AS level, unit AS id, q, received, online_full, online_partial, postal, digitized,
             finished, on_time, late, apology, pending_overdue
      FROM per_unit
      UNION ALL
      SELECT 1, u.province, q, sum(received), sum(online_full), sum(online_partial), sum(postal), sum(digitized),
             sum(finished), sum(on_time), sum(late), sum(apology), sum(pending_overdue)
      FROM per_unit JOIN units u USING (unit)
      GROUP BY u.province, q
      """;

  /** The query over the table the appender fills. */
  static final String QUERY = query("dossiers");

  private final NationalDataset dataset;
  private final DuckDBConnection connection;

  static String query(String table) {
    // Pending and overdue at each quarter's end: one filtered count per quarter in a single scan, then one row per
    // quarter. (A join with a table of quarter ends was slower here.)
    StringBuilder counts = new StringBuilder();
    StringBuilder rows = new StringBuilder();
    for (int q = 0; q < StudyYear.QUARTERS; q++) {
      String end = "DATE '" + java.time.LocalDate.ofEpochDay(StudyYear.lastDay(q)) + "'";
      counts.append(q == 0 ? "" : ",\n               ")
          .append("count(*) FILTER (WHERE received <= ").append(end).append(" AND due <= ").append(end)
          .append(" AND (finished IS NULL OR finished > ").append(end).append(")) AS p").append(q + 1);
      rows.append(q == 0 ? "" : "\n        UNION ALL ")
          .append("SELECT unit, ").append(q + 1).append(" AS q, p").append(q + 1)
          .append(" AS pending_overdue FROM pending_by_unit");
    }
    return QUERY_TEMPLATE.formatted(StudyYear.YEAR, StudyYear.YEAR + 1, table, counts, rows);
  }

  private DuckDbBaseline(NationalDataset dataset, DuckDBConnection connection) {
    this.dataset = dataset;
    this.connection = connection;
  }

  /**
   * Opens an in-memory database holding the units table, without dossiers.
   *
   * @param dataset the dataset whose units to hold
   * @return the open baseline
   * @throws SQLException if DuckDB fails
   */
  static DuckDbBaseline open(NationalDataset dataset) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    DuckDbBaseline db = new DuckDbBaseline(dataset, c.unwrap(DuckDBConnection.class));
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE units (unit INTEGER PRIMARY KEY, id VARCHAR NOT NULL, province INTEGER NOT NULL)");
      s.execute("""
          CREATE TABLE dossiers (unit INTEGER NOT NULL, received DATE NOT NULL, due DATE NOT NULL, finished DATE,
                                 channel UTINYINT NOT NULL, digitized BOOLEAN NOT NULL, apology BOOLEAN NOT NULL)""");
    }
    try (DuckDBAppender a = db.connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "units")) {
      for (int u = 0; u < dataset.unitCount(); u++) {
        a.beginRow().append(u).append(dataset.unitIds[u]).append(dataset.provinceOfUnit[u]).endRow();
      }
    }
    return db;
  }

  /**
   * Opens a database and loads every dossier through the appender.
   *
   * @param dataset the dataset
   * @return the loaded baseline
   * @throws SQLException if DuckDB fails
   */
  static DuckDbBaseline load(NationalDataset dataset) throws SQLException {
    DuckDbBaseline db = open(dataset);
    try (DuckDBAppender a = db.connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dossiers")) {
      for (int i = 0; i < dataset.size; i++) {
        a.beginRow().append(dataset.unit[i]).appendEpochDays(dataset.received[i]).appendEpochDays(dataset.due[i]);
        int f = dataset.finished[i];
        if (f == NationalDataset.NOT_FINISHED) {
          a.appendNull();
        } else {
          a.appendEpochDays(f);
        }
        a.append(dataset.channel[i])
            .append((dataset.flags[i] & NationalDataset.DIGITIZED) != 0)
            .append((dataset.flags[i] & NationalDataset.APOLOGY) != 0)
            .endRow();
      }
    }
    try (Statement s = db.connection.createStatement()) {
      s.execute("CHECKPOINT");
    }
    return db;
  }

  /**
   * Sets the number of threads DuckDB may use.
   *
   * @param threads 1 or more
   * @throws SQLException if DuckDB fails
   */
  void threads(int threads) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads = " + threads);
    }
  }

  /**
   * Runs the query and reads every row of its answer.
   *
   * @return the counts
   * @throws SQLException if DuckDB fails
   */
  DossierCounts aggregate() throws SQLException {
    return aggregate(QUERY);
  }

  private DossierCounts aggregate(String query) throws SQLException {
    DossierCounts out = new DossierCounts(dataset);
    Measure[] measures = Measure.values();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        boolean province = rs.getInt(1) == 1;
        int id = rs.getInt(2);
        int q = rs.getInt(3) - 1;
        for (Measure m : measures) {
          long v = rs.getLong(4 + m.ordinal());
          if (province) {
            out.addProvince(id, q, m, v);
          } else {
            out.addUnit(id, q, m, v);
          }
        }
      }
    }
    return out;
  }

  /**
   * Reads a dossier CSV into a new table with {@code read_csv}, every column typed and parsed.
   *
   * @param csv the file
   * @param table the name of the table to create (replaced if it exists)
   * @return the number of rows read
   * @throws SQLException if DuckDB fails or rejects a row
   */
  long readCsv(Path csv, String table) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE " + table + " AS SELECT * FROM read_csv('"
          + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true, auto_detect = false, "
          + "columns = {'id': 'VARCHAR', 'unit': 'VARCHAR', 'procedure': 'VARCHAR', 'field': 'VARCHAR', "
          + "'received': 'DATE', 'due': 'DATE', 'finished': 'DATE', 'channel': 'VARCHAR', 'digitized': 'BOOLEAN', "
          + "'paidOnline': 'BOOLEAN', 'apology': 'BOOLEAN', 'supplementRequests': 'INTEGER'})");
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Runs the same query over a table read by {@link #readCsv}, its unit ids and channel words mapped to the codes of
   * the appender's table first, to check that the file says what the dataset says.
   *
   * @param table the table
   * @return the counts
   * @throws SQLException if DuckDB fails
   */
  DossierCounts aggregateCsvTable(String table) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE coded_" + table + " AS SELECT u.unit, c.received, c.due, c.finished, "
          + "CASE c.channel WHEN 'DIRECT' THEN 0 WHEN 'ONLINE_PARTIAL' THEN 1 WHEN 'ONLINE_FULL' THEN 2 "
          + "WHEN 'POSTAL' THEN 3 END AS channel, c.digitized, c.apology FROM " + table + " c JOIN units u ON c.unit = u.id");
    }
    return aggregate(query("coded_" + table));
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
