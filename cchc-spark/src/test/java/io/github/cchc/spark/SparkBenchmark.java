package io.github.cchc.spark;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.Channel;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierIndicator;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Spark beside the single-machine engine and DuckDB, on the same Parquet file of dossiers: one run, every ratio from
 * its own figures. Not a test: run it with
 * {@code ./mvnw -q -B -Pbench -pl cchc-spark -am package -DskipTests} (docs/performance.md).
 *
 * <p>The data: a country of 34 provinces, 680 departments and 3,321 communes, N dossiers received in 2026 (mix of
 * channels, digitised, late with and without apology, pending), deterministic for the seed, with unique ids. The
 * query: per unit and quarter of 2026, rolled up to the provinces. Every engine's answer is checked against the
 * engine's before its time is reported: Spark's counts must equal {@code DossierTable.aggregate(query).rolledUp()}
 * cell by cell, DuckDB's rows the same counts.
 */
public final class SparkBenchmark {
  private static final int YEAR = 2026;
  private static final String[] FIELDS = {"Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Kinh doanh", "Lao động",
      "Giáo dục", "Y tế"};

  private final int n;
  private final OrgDirectory directory;
  private final int[] province; // the province of each unit, by unit index
  private final List<String> ids;
  private final StringBuilder report = new StringBuilder();

  private SparkBenchmark(int n) {
    this.n = n;
    List<OrgUnit> units = new ArrayList<>();
    List<Integer> prov = new ArrayList<>();
    int communes = 3_321;
    for (int p = 0; p < 34; p++) {
      String pid = String.format(Locale.ROOT, "T%02d", p + 1);
      units.add(OrgUnit.builder().id(pid).name("Tỉnh " + (p + 1)).kind(OrgKind.PROVINCE).build());
      int provinceIndex = units.size() - 1;
      prov.add(provinceIndex);
      for (int d = 0; d < 20; d++) {
        units.add(OrgUnit.builder().id(pid + "-S" + d).name("Sở " + d).kind(OrgKind.DEPARTMENT).parent(pid).build());
        prov.add(provinceIndex);
      }
      int here = communes / 34 + (p < communes % 34 ? 1 : 0);
      for (int x = 0; x < here; x++) {
        units.add(OrgUnit.builder().id(pid + "-X" + x).name("Xã " + x).kind(OrgKind.COMMUNE).parent(pid).build());
        prov.add(provinceIndex);
      }
    }
    this.directory = OrgDirectory.of(units);
    this.province = prov.stream().mapToInt(Integer::intValue).toArray();
    this.ids = units.stream().map(OrgUnit::id).toList();
  }

  /** One dossier's values, drawn from its own index so that any part of the data can be made alone. */
  private static final class Draw {
    int unit;
    int received;
    int due;
    int finished; // DossierTable.PENDING when pending
    int channel;
    boolean digitized;
    boolean paid;
    boolean apology;
    int supplements;
    int field;
  }

  private void draw(long i, Draw d, int units) {
    SplittableRandom r = new SplittableRandom(20_260_101L * 31 + i);
    d.unit = r.nextInt(units);
    if (province[d.unit] == d.unit) {
      d.unit++; // provinces handle no dossiers themselves: their first department does
    }
    int first = (int) LocalDate.of(YEAR, 1, 1).toEpochDay();
    d.received = first + r.nextInt(365);
    d.due = d.received + 1 + r.nextInt(20);
    int c = r.nextInt(100);
    d.channel = c < 40 ? 0 : c < 60 ? 1 : c < 95 ? 2 : 3;
    d.digitized = r.nextInt(100) < 65;
    d.paid = r.nextInt(100) < 30;
    int fate = r.nextInt(100);
    if (fate < 1) {
      d.finished = DossierTable.PENDING;
    } else if (fate < 5) {
      d.finished = d.due + 1 + r.nextInt(30);
    } else {
      d.finished = d.received + r.nextInt(d.due - d.received + 1);
    }
    if (d.finished != DossierTable.PENDING && d.finished > first + 364 + 10) {
      d.finished = DossierTable.PENDING; // not finished by the study's data cut
    }
    d.apology = d.finished != DossierTable.PENDING && d.finished > d.due && r.nextInt(100) < 55;
    d.supplements = r.nextInt(100) < 90 ? 0 : 1 + r.nextInt(3);
    d.field = r.nextInt(FIELDS.length);
  }

  private DossierQuery query() {
    return DossierQuery.of(ReportPeriod.ofYear(YEAR), ReportPeriod.Type.QUARTER);
  }

  private DossierTable table() {
    DossierTable.Builder b = DossierTable.builder(directory, n);
    int[] fieldIndex = new int[FIELDS.length];
    for (int f = 0; f < FIELDS.length; f++) {
      fieldIndex[f] = b.fieldIndex(FIELDS[f]);
    }
    Channel[] channels = Channel.values();
    Draw d = new Draw();
    DossierTable.Row row = new DossierTable.Row();
    for (long i = 0; i < n; i++) {
      draw(i, d, ids.size());
      b.append(row.unit(d.unit).field(fieldIndex[d.field]).procedure(0).receivedDay(d.received).dueDay(d.due)
          .finishedDay(d.finished).channel(channels[d.channel]).digitized(d.digitized).paidOnline(d.paid)
          .apology(d.apology).supplementRequests(d.supplements));
    }
    return b.build();
  }

  private void writeParquet(Connection c, Path file) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dossiers (id VARCHAR, unit VARCHAR, procedure VARCHAR, field VARCHAR, received DATE, "
          + "due DATE, finished DATE, channel VARCHAR, digitized BOOLEAN, paidOnline BOOLEAN, apology BOOLEAN, "
          + "supplementRequests INTEGER)");
    }
    Channel[] channels = Channel.values();
    Draw d = new Draw();
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "dossiers")) {
      for (long i = 0; i < n; i++) {
        draw(i, d, ids.size());
        a.beginRow().append("H26-" + i).append(ids.get(d.unit)).append("1.00" + d.field).append(FIELDS[d.field])
            .appendEpochDays(d.received).appendEpochDays(d.due);
        if (d.finished == DossierTable.PENDING) {
          a.appendNull();
        } else {
          a.appendEpochDays(d.finished);
        }
        a.append(channels[d.channel].name()).append(d.digitized).append(d.paid).append(d.apology)
            .append(d.supplements).endRow();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("COPY dossiers TO '" + file + "' (FORMAT parquet)");
      s.execute("DROP TABLE dossiers");
      s.execute("CREATE TABLE units (unit INTEGER, id VARCHAR, province INTEGER)");
    }
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "units")) {
      for (int u = 0; u < ids.size(); u++) {
        a.beginRow().append(u).append(ids.get(u)).append(province[u]).endRow();
      }
    }
  }

  /** DuckDB reading the Parquet file: per unit and quarter, pending-overdue at each quarter's end, provinces. */
  private String duckQuery(Path file) {
    StringBuilder pend = new StringBuilder();
    StringBuilder rows = new StringBuilder();
    for (int q = 1; q <= 4; q++) {
      String end = "DATE '" + LocalDate.of(YEAR, q * 3, 1).plusMonths(1).minusDays(1) + "'";
      pend.append(q == 1 ? "" : ", ").append("count(*) FILTER (WHERE received <= ").append(end)
          .append(" AND due <= ").append(end).append(" AND (finished IS NULL OR finished > ").append(end)
          .append(")) AS p").append(q);
      rows.append(q == 1 ? "" : " UNION ALL ").append("SELECT unit, ").append(q).append(" AS q, p").append(q)
          .append(" AS pending FROM pending_by_unit");
    }
    return """
        WITH d AS (
          SELECT u.unit, p.received, p.due, p.finished,
                 CASE p.channel WHEN 'DIRECT' THEN 0 WHEN 'ONLINE_PARTIAL' THEN 1 WHEN 'ONLINE_FULL' THEN 2
                                WHEN 'POSTAL' THEN 3 END AS channel, p.digitized, p.apology
          FROM read_parquet('%1$s') p JOIN units u ON p.unit = u.id),
        by_received AS (
          SELECT unit, quarter(received) AS q, count(*) AS received,
                 count(*) FILTER (WHERE channel = 2) AS online_full,
                 count(*) FILTER (WHERE channel = 1) AS online_partial,
                 count(*) FILTER (WHERE channel = 3) AS postal, count(*) FILTER (WHERE digitized) AS digitized
          FROM d WHERE year(received) = %2$d GROUP BY unit, q),
        by_finished AS (
          SELECT unit, quarter(finished) AS q, count(*) AS finished,
                 count(*) FILTER (WHERE finished <= due) AS on_time, count(*) FILTER (WHERE finished > due) AS late,
                 count(*) FILTER (WHERE finished > due AND apology) AS apology
          FROM d WHERE year(finished) = %2$d GROUP BY unit, q),
        pending_by_unit AS (SELECT unit, %3$s FROM d GROUP BY unit),
        pending AS (%4$s),
        per_unit AS MATERIALIZED (
          SELECT unit, q, sum(received) AS received, sum(online_full) AS online_full,
                 sum(online_partial) AS online_partial, sum(postal) AS postal, sum(digitized) AS digitized,
                 sum(finished) AS finished, sum(on_time) AS on_time, sum(late) AS late, sum(apology) AS apology,
                 sum(pending) AS pending
          FROM (SELECT unit, q, received, online_full, online_partial, postal, digitized, 0 AS finished,
                       0 AS on_time, 0 AS late, 0 AS apology, 0 AS pending FROM by_received
                UNION ALL SELECT unit, q, 0, 0, 0, 0, 0, finished, on_time, late, apology, 0 FROM by_finished
                UNION ALL SELECT unit, q, 0, 0, 0, 0, 0, 0, 0, 0, 0, pending FROM pending)
          GROUP BY unit, q)
        SELECT unit, q, received, online_full, online_partial, postal, digitized, finished, on_time, late, apology,
               pending FROM per_unit
        UNION ALL
        SELECT u.province, q, sum(received), sum(online_full), sum(online_partial), sum(postal), sum(digitized),
               sum(finished), sum(on_time), sum(late), sum(apology), sum(pending)
        FROM per_unit JOIN units u USING (unit) GROUP BY u.province, q
        """.formatted(file, YEAR, pend, rows);
  }

  private static final DossierIndicator[] DUCK_COLUMNS = {DossierIndicator.RECEIVED,
      DossierIndicator.ONLINE_FULL_RATE, DossierIndicator.ONLINE_PARTIAL_RATE, DossierIndicator.POSTAL_RATE,
      DossierIndicator.DIGITIZED_RATE, DossierIndicator.FINISHED, DossierIndicator.FINISHED_ON_TIME,
      DossierIndicator.FINISHED_LATE, DossierIndicator.APOLOGY_RATE, DossierIndicator.PENDING_OVERDUE};

  // Runs DuckDB's query and checks every row it returns against the engine's rolled-up counts.
  private int duck(Connection c, String sql, DossierCounts expected) throws SQLException {
    List<ReportPeriod> quarters = query().periods();
    int rows = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String unit = ids.get(rs.getInt(1));
        ReportPeriod q = quarters.get(rs.getInt(2) - 1);
        for (int k = 0; k < DUCK_COLUMNS.length; k++) {
          long want = expected.value(DUCK_COLUMNS[k], unit, q).numerator();
          if (rs.getLong(3 + k) != want) {
            throw new IllegalStateException("DuckDB differs at " + unit + " " + q + " " + DUCK_COLUMNS[k] + ": "
                + rs.getLong(3 + k) + " != " + want);
          }
        }
        rows++;
      }
    }
    return rows;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** Times {@code runs} runs after one warm-up, returning the times in seconds, and checks each answer. */
  private static double[] time(int runs, Supplier<Object> op, java.util.function.Consumer<Object> check) {
    check.accept(op.get());
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Object answer = op.get();
      t[i] = seconds(System.nanoTime() - start);
      check.accept(answer);
    }
    return t;
  }

  private static double best(double[] t) {
    return Arrays.stream(t).min().orElseThrow();
  }

  private static double median(double[] t) {
    double[] s = t.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private record Figure(String engine, String setting, double[] seconds) {}

  private static String load() {
    try {
      String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return p[0] + " " + p[1] + " " + p[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private void run(int runs, Path work) throws Exception {
    String loadStart = load();
    String date = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    Files.createDirectories(work);
    Path parquet = work.resolve("dossiers-" + n + ".parquet").toAbsolutePath();
    Files.deleteIfExists(parquet);
    List<Figure> figures = new ArrayList<>();
    long t0 = System.nanoTime();
    DossierTable table = table();
    DossierCounts expected = table.aggregate(query()).rolledUp();
    System.out.printf(Locale.ROOT, "engine table of %,d dossiers built in %.1f s%n", n, seconds(System.nanoTime() - t0));
    figures.add(new Figure("engine, in memory", "1 thread",
        time(runs, () -> table.aggregate(query(), 1).rolledUp(), a -> same(expected, a, "engine 1"))));
    figures.add(new Figure("engine, in memory", "2 threads",
        time(runs, () -> table.aggregate(query(), 2).rolledUp(), a -> same(expected, a, "engine 2"))));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      t0 = System.nanoTime();
      writeParquet(c, parquet);
      System.out.printf(Locale.ROOT, "Parquet written by DuckDB in %.1f s: %,d bytes%n",
          seconds(System.nanoTime() - t0), Files.size(parquet));
      String sql = duckQuery(parquet);
      for (int threads : new int[] {1, 2}) {
        try (Statement s = c.createStatement()) {
          s.execute("SET threads = " + threads);
        }
        figures.add(new Figure("DuckDB, read_parquet", threads + " thread" + (threads > 1 ? "s" : ""),
            time(runs, () -> {
              try {
                return duck(c, sql, expected);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            }, a -> { })));
      }
    }
    for (String master : new String[] {"local[1]", "local[2]"}) {
      SparkSession spark = SparkSession.builder().master(master).appName("cchc-spark benchmark")
          .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", master.equals("local[1]") ? "1" : "2")
          .getOrCreate();
      try {
        figures.add(new Figure("Spark, reading the rows only", master,
            time(runs, () -> spark.read().parquet(parquet.toString()).javaRDD().count(), a -> {
              if ((Long) a != n) {
                throw new IllegalStateException("Spark read " + a + " rows");
              }
            })));
        SparkDossiers plain = SparkDossiers.of(spark, directory).duplicateCheck(false);
        figures.add(new Figure("Spark, mapPartitions", master,
            time(runs, () -> plain.aggregate(spark.read().parquet(parquet.toString()), query()),
                a -> sameSpark(expected, a, master))));
        figures.add(new Figure("Spark, typed Aggregator", master,
            time(runs, () -> plain.engine(SparkDossiers.Engine.AGGREGATOR)
                .aggregate(spark.read().parquet(parquet.toString()), query()), a -> sameSpark(expected, a, master))));
        SparkDossiers checked = SparkDossiers.of(spark, directory);
        figures.add(new Figure("Spark, mapPartitions, duplicate check", master,
            time(runs, () -> checked.aggregate(spark.read().parquet(parquet.toString()), query()),
                a -> sameSpark(expected, a, master))));
        System.out.println("Spark partitions at " + master + ": "
            + spark.read().parquet(parquet.toString()).javaRDD().getNumPartitions());
      } finally {
        spark.stop();
      }
    }
    String loadEnd = load();
    double[] scaling = new double[3];
    for (int k = 0; k < 3; k++) {
      scaling[k] = best(figures.get(4 + k).seconds()) / best(figures.get(8 + k).seconds());
    }
    report.append("| | |\n|---|---|\n")
        .append("| date | ").append(date).append(" |\n")
        .append("| processors | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n")
        .append("| jdk | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(" |\n")
        .append("| Spark | ").append(org.apache.spark.package$.MODULE$.SPARK_VERSION()).append(" |\n")
        .append("| dossiers | ").append(String.format(Locale.ROOT, "%,d", n)).append(" |\n")
        .append("| Parquet file | ").append(String.format(Locale.ROOT, "%,d", Files.size(parquet)))
        .append(" bytes |\n")
        .append("| load average (1, 5, 15 min) at start | ").append(loadStart).append(" |\n")
        .append("| load average at end | ").append(loadEnd).append(" |\n\n");
    report.append("| engine | setting | runs | best s | median s | dossiers/s (best) | ns per dossier (best) |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (Figure f : figures) {
      double b = best(f.seconds());
      report.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.1f M | %.1f |%n", f.engine(),
          f.setting(), f.seconds().length, b, median(f.seconds()), n / b / 1e6, b * 1e9 / n));
    }
    report.append("\nRatios (best times):\n\n");
    double engine1 = best(figures.get(0).seconds());
    double duck1 = best(figures.get(2).seconds());
    double duck2 = best(figures.get(3).seconds());
    report.append(String.format(Locale.ROOT, "- Spark local[2] over local[1]: %.2f× faster reading the rows only, "
        + "%.2f× with mapPartitions, %.2f× with the typed Aggregator%n", scaling[0], scaling[1], scaling[2]));
    for (Figure f : figures.subList(4, figures.size())) {
      double b = best(f.seconds());
      report.append(String.format(Locale.ROOT, "- %s, %s: %.1f× the engine in memory (1 thread), %.2f× DuckDB "
          + "(1 thread), %.2f× DuckDB (2 threads)%n", f.engine(), f.setting(), b / engine1, b / duck1, b / duck2));
    }
    Files.deleteIfExists(parquet);
  }

  private static void same(DossierCounts expected, Object answer, String what) {
    if (!expected.equals(answer)) {
      throw new IllegalStateException(what + " differs from the engine");
    }
  }

  private static void sameSpark(DossierCounts expected, Object answer, String master) {
    DossierAggregation a = (DossierAggregation) answer;
    if (!a.isClean() || !expected.equals(a.rolledUp())) {
      throw new IllegalStateException("Spark at " + master + " differs from the engine: " + a);
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code [dossiers [runs]]}, 10,000,000 and 3 by default
   * @throws Exception if an engine fails or differs
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    SparkBenchmark b = new SparkBenchmark(n);
    b.run(runs, Path.of("target", "spark-bench"));
    Path out = Path.of("target", "spark-bench.md");
    Files.writeString(out, b.report.toString(), StandardCharsets.UTF_8);
    System.out.println(b.report);
  }
}
