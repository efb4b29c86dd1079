package io.github.cchc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierJobTest {
  private static SparkSession spark;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    spark = TestSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** The indicator rows the job should write: those of the CSV reader's counts for the year and the one before. */
  static Set<String> expectedIndicators(String csv) {
    DossierQuery query = DossierQuery.of(List.of(ReportPeriod.ofYear(2023), ReportPeriod.ofYear(2024)));
    DossierCounts rolled = TestSpark.reference(csv).table().aggregate(query).rolledUp();
    return spark.createDataFrame(SparkDossiers.of(spark, TestDossiers.DIRECTORY).indicators(rolled).collectAsList(),
        SparkDossiers.INDICATOR_SCHEMA).collectAsList().stream().map(Row::toString).collect(Collectors.toSet());
  }

  static Set<String> writtenIndicators(SparkSession session, Path out) {
    return session.read().parquet(out.resolve("indicators").toString()).collectAsList().stream().map(Row::toString)
        .collect(Collectors.toSet());
  }

  private static int run(PrintStream out, PrintStream err, String... args) {
    return DossierJob.run(spark, args, out, err);
  }

  @Test
  @DisplayName("The job writes the indicators of a Parquet dataset equal to the single machine's, and the appendix")
  void parquetToIndicators() throws IOException {
    List<TestDossiers.Dossier> rows = TestDossiers.generate(21, 2_000, false);
    Path parquet = dir.resolve("in.parquet");
    spark.createDataFrame(TestDossiers.typed(rows), TestDossiers.TYPED_SCHEMA).coalesce(1).write()
        .parquet(parquet.toString());
    Path org = dir.resolve("org.json");
    OrgDirectoryJson.write(TestDossiers.DIRECTORY, org);
    Path out = dir.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int code = run(new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err, "--input", parquet.toString(),
        "--format", "parquet", "--org", org.toString(), "--period", "2024", "--out", out.toString());
    assertEquals(DossierJob.REJECTED, code, "the data has bad rows");
    assertEquals(expectedIndicators(TestDossiers.vietnameseCsv(rows)), writtenIndicators(spark, out));
    String summary = stdout.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains(" dòng, "), summary);
    String md = Files.readString(out.resolve("phu-luc-ii-P.md"));
    assertTrue(md.contains("Phụ lục II"), md);
    assertTrue(md.contains("Năm 2023") && md.contains("Năm 2024"), md);
    assertTrue(Files.exists(out.resolve("phu-luc-ii-Q.html")));
    String findings = Files.readString(out.resolve("findings.txt"));
    assertTrue(findings.contains("dossiers.csv.unknown-unit: "), findings);
  }

  @Test
  void csvWithSemicolonsInEnglish() throws IOException {
    List<TestDossiers.Dossier> rows = TestDossiers.generate(22, 800, true);
    String csv = TestDossiers.csv(rows);
    Path in = dir.resolve("in.csv");
    Files.writeString(in, csv.replace(',', ';'));
    Path org = dir.resolve("org2.json");
    OrgDirectoryJson.write(TestDossiers.DIRECTORY, org);
    Path out = dir.resolve("out2");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int code = run(new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err, "--input", in.toString(),
        "--format", "csv", "--sep", ";", "--org", org.toString(), "--period", "2024", "--out", out.toString(),
        "--lang", "en");
    assertEquals(DossierJob.REJECTED, code);
    assertEquals(expectedIndicators(csv), writtenIndicators(spark, out));
    assertTrue(stdout.toString(StandardCharsets.UTF_8).contains(" rows read, "));
    assertTrue(Files.readString(out.resolve("phu-luc-ii-P.md")).contains("Appendix II"));
  }

  @Test
  @DisplayName("A wrong option is told in one line, in Vietnamese or English, with exit code 2")
  void wrongOptions() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(DossierJob.USAGE, run(System.out, e, "--input", "x", "--format", "orc", "--org", "o", "--period",
        "2024", "--out", "d"));
    assertEquals("--format: cần parquet hoặc csv, nhận 'orc'", err.toString(StandardCharsets.UTF_8).strip());
    err.reset();
    assertEquals(DossierJob.USAGE, run(System.out, e, "--input", "x", "--lang", "en"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Missing option --format. Usage: --input PATH"),
        err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(DossierJob.USAGE, run(System.out, e, "--input", "x", "--format", "csv", "--org", "o", "--period",
        "2024Q5", "--out", "d", "--lang", "en"));
    assertEquals("--period: expected a period such as 2024, 2024S1, 2024Q1 or 2024-03, got '2024Q5'",
        err.toString(StandardCharsets.UTF_8).strip());
    err.reset();
    assertEquals(DossierJob.USAGE, run(System.out, e, "--input", "x", "--format", "csv", "--org",
        dir.resolve("none.json").toString(), "--period", "2024", "--out", "d", "--lang", "en"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Cannot read the organisation directory "),
        err.toString(StandardCharsets.UTF_8));
  }
}
