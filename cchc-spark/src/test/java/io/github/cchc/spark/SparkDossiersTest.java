package io.github.cchc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierIndicator;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierProfile;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.RejectReason;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkDossiersTest {
  private static final DossierQuery QUARTERS = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER)
      .withProfile(DossierProfile.PROFILE_766).withFieldBreakdown(true);
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

  private static Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static Dataset<Row> csv(Path file) {
    return spark.read().option("header", "true").csv(file.toString());
  }

  @Test
  @DisplayName("From CSV: Spark's counts, roll-up and rejected rows are the CSV reader's, cell by cell")
  void fromCsvWithRejectedRows() throws IOException {
    List<TestDossiers.Dossier> rows = TestDossiers.generate(7, 3_000, true);
    String text = TestDossiers.csv(rows);
    DossierAggregation result = SparkDossiers.of(spark, TestDossiers.DIRECTORY)
        .aggregate(csv(write("a.csv", text)), "a.csv", QUARTERS);
    TestSpark.assertSameAnswer(text, rows, QUARTERS, result, true);
    assertFalse(result.isClean());
    Set<RejectReason> reasons = new HashSet<>();
    result.rejections().forEach(r -> reasons.add(r.reason()));
    assertEquals(Set.of(RejectReason.MISSING_VALUE, RejectReason.UNPARSEABLE_DATE,
        RejectReason.FINISHED_BEFORE_RECEIVED, RejectReason.UNKNOWN_UNIT, RejectReason.UNKNOWN_CHANNEL,
        RejectReason.BAD_VALUE, RejectReason.DUPLICATE_ID), reasons, "every kind of bad row is in the data");
  }

  @Test
  @DisplayName("From Parquet written by Spark, typed columns named in Vietnamese: the same answer")
  void fromTypedParquet() throws IOException {
    List<TestDossiers.Dossier> rows = TestDossiers.generate(11, 3_000, false);
    Path parquet = dir.resolve("typed.parquet");
    spark.createDataFrame(TestDossiers.typed(rows), TestDossiers.TYPED_SCHEMA).coalesce(1).write()
        .parquet(parquet.toString());
    Dataset<Row> back = spark.read().parquet(parquet.toString());
    assertEquals(DataTypes.DateType, back.schema().apply("Ngày tiếp nhận").dataType());
    DossierAggregation result = SparkDossiers.of(spark, TestDossiers.DIRECTORY).aggregate(back, QUARTERS);
    TestSpark.assertSameAnswer(TestDossiers.vietnameseCsv(rows), rows, QUARTERS, result, true);
    assertTrue(result.rowsRejected() > 0);
  }

  @Test
  @DisplayName("From Parquet of the CSV's text columns, in several files: the same answer")
  void fromTextParquetInSeveralFiles() throws IOException {
    List<TestDossiers.Dossier> rows = TestDossiers.generate(13, 2_000, true);
    String text = TestDossiers.csv(rows);
    Path parquet = dir.resolve("text.parquet");
    csv(write("b.csv", text)).coalesce(1).write().option("parquet.block.size", 16 * 1024)
        .parquet(parquet.toString());
    DossierAggregation result = SparkDossiers.of(spark, TestDossiers.DIRECTORY)
        .aggregate(spark.read().parquet(parquet.toString()), QUARTERS);
    TestSpark.assertSameAnswer(text, rows, QUARTERS, result, true);
  }

  @Test
  @DisplayName("The indicators dataset holds every indicator of every unit with counts, as the counts give them")
  void indicatorsDataset() throws IOException {
    List<TestDossiers.Dossier> rows = TestDossiers.generate(3, 500, true);
    SparkDossiers dossiers = SparkDossiers.of(spark, TestDossiers.DIRECTORY);
    DossierCounts rolled = dossiers.aggregate(csv(write("c.csv", TestDossiers.csv(rows))), QUARTERS).rolledUp();
    List<Row> table = dossiers.indicators(rolled).collectAsList();
    List<Observation> expected = rolled.toObservations().observations();
    assertEquals(expected.size(), table.size());
    assertEquals(SparkDossiers.INDICATOR_SCHEMA, dossiers.indicators(rolled).schema());
    Row onTime = table.stream().filter(r -> r.getString(0).equals("P") && r.getString(2).equals("2024Q2")
        && r.getString(3).equals(DossierIndicator.ON_TIME_RATE.id())).findFirst().orElseThrow();
    IndicatorValue v = rolled.value(DossierIndicator.ON_TIME_RATE, "P", ReportPeriod.parse("2024Q2"));
    assertEquals("RATIO", onTime.getString(4));
    assertEquals(v.numerator(), onTime.getLong(5));
    assertEquals(v.denominator().getAsLong(), onTime.getLong(6));
    assertEquals(v.share(2, java.math.RoundingMode.HALF_UP).orElseThrow(), onTime.getDecimal(7));
    assertEquals("Đơn vị P", onTime.getString(1));
  }

  @Test
  @DisplayName("A dataset without a required column is rejected whole, as the CSV reader rejects the file")
  void aMissingColumnRejectsTheDataset() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("Đơn vị", DataTypes.StringType)
        .add("received", DataTypes.DateType).add("finished", DataTypes.DateType)
        .add("channel", DataTypes.StringType);
    Dataset<Row> empty = spark.createDataFrame(List.of(), schema);
    DossierAggregation result = SparkDossiers.of(spark, TestDossiers.DIRECTORY).aggregate(empty, "x", QUARTERS);
    assertTrue(result.fileRejected());
    Finding f = result.findings().get(0);
    assertEquals("dossiers.csv.missing-column", f.ruleId());
    assertEquals("File rejected: missing required column: due (ngày hẹn trả)", f.messageEn());
    assertEquals(DossierCounts.empty(TestDossiers.DIRECTORY, QUARTERS), result.counts());
  }

  @Test
  @DisplayName("Findings name the first rejected rows by id, in the reader's words")
  void findingsInBothLanguages() throws IOException {
    String text = TestDossiers.HEADER + "\n"
        + "a1,P-S1,,,2024-13-10,2024-01-20,,DIRECT,,,,\n"
        + "a2,P-S1,,,2024-01-10,2024-01-20,,DIRECT,,,,\n"
        + "a3,P-S1,,,31/02/2024,2024-01-20,,DIRECT,,,,\n";
    DossierAggregation result = SparkDossiers.of(spark, TestDossiers.DIRECTORY)
        .aggregate(csv(write("d.csv", text)), "d.csv", QUARTERS);
    DossierLoad load = TestSpark.reference(text);
    assertEquals(load.findings().get(0).ruleId(), result.findings().get(0).ruleId());
    assertEquals("2 dòng bị loại: ngày không đọc được (mã hồ sơ a1, a3; đầu tiên: received = '2024-13-10')",
        result.findings().get(0).messageVi());
    assertEquals("2 rows rejected: unparseable date (ids a1, a3; first: received = '2024-13-10')",
        result.findings().get(0).messageEn());
    assertEquals(IndicatorValue.count(1),
        result.counts().value(DossierIndicator.RECEIVED, "P-S1", ReportPeriod.parse("2024Q1")));
  }

  @Test
  @DisplayName("Without the duplicate check a repeated id is counted, as the CSV reader counts it")
  void withoutTheDuplicateCheck() throws IOException {
    List<TestDossiers.Dossier> rows = TestDossiers.generate(5, 1_000, true);
    String text = TestDossiers.csv(rows);
    DossierAggregation result = SparkDossiers.of(spark, TestDossiers.DIRECTORY).duplicateCheck(false)
        .aggregate(csv(write("e.csv", text)), QUARTERS);
    DossierLoad load = io.github.cchc.scoring.dossier.DossierCsvReader.of(TestDossiers.DIRECTORY)
        .duplicateCheck(false).read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x");
    assertEquals(load.table().aggregate(QUARTERS), result.counts());
    assertTrue(result.rejection(RejectReason.DUPLICATE_ID).isEmpty());
  }

  @Test
  @DisplayName("Counted by a typed Aggregator instead of mapPartitions: the same answer")
  void theAggregatorGivesTheSameAnswer() throws IOException {
    List<TestDossiers.Dossier> rows = TestDossiers.generate(17, 2_000, true);
    String text = TestDossiers.csv(rows);
    DossierAggregation result = SparkDossiers.of(spark, TestDossiers.DIRECTORY)
        .engine(SparkDossiers.Engine.AGGREGATOR)
        .aggregate(spark.read().option("header", "true").option("maxPartitionBytes", 8_192)
            .csv(write("f.csv", text).toString()), QUARTERS);
    TestSpark.assertSameAnswer(text, rows, QUARTERS, result, true);
  }
}
