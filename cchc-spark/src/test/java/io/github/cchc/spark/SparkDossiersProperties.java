package io.github.cchc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierProfile;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.testing.Gens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

/**
 * Over seeds and sizes (a few examples each: every one is a Spark job): Spark's answer is the single machine's, the
 * number of partitions does not change it, and neither does the order the partitions' counts are merged in.
 */
class SparkDossiersProperties {
  private static final List<DossierQuery> QUERIES = List.of(
      DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER),
      DossierQuery.of(List.of(ReportPeriod.ofYear(2023), ReportPeriod.ofYear(2024)))
          .withProfile(DossierProfile.PROFILE_766).withFieldBreakdown(true),
      DossierQuery.of(ReportPeriod.parse("2024-02")));
  private static final AtomicInteger FILES = new AtomicInteger();
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

  private static Dataset<Row> csv(String text, long maxPartitionBytes) {
    try {
      Path p = dir.resolve("p" + FILES.incrementAndGet() + ".csv");
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return spark.read().option("header", "true").option("maxPartitionBytes", maxPartitionBytes)
          .csv(p.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void sparkGivesTheSingleMachinesAnswerInAnyNumberOfPartitions() {
    qt().withExamples(8).withShrinkCycles(4)
        .forAll(Generate.longRange(0, 1_000_000), Gens.intsWithEdges(0, 2_500), Generate.range(0, 2),
            Gens.oneOf(256L, 4_096L, 128L * 1024 * 1024))
        .checkAssert((seed, size, q, split) -> {
          List<TestDossiers.Dossier> rows = TestDossiers.generate(seed, size, true);
          String text = TestDossiers.csv(rows);
          Dataset<Row> input = csv(text, split);
          DossierQuery query = QUERIES.get(q);
          DossierAggregation result = SparkDossiers.of(spark, TestDossiers.DIRECTORY).aggregate(input, query);
          TestSpark.assertSameAnswer(text, rows, query, result, true);
        });
  }

  @Test
  void theOrderOfTheRowsDoesNotChangeTheCountsWithoutDuplicateIds() {
    qt().withExamples(5).withShrinkCycles(4)
        .forAll(Generate.longRange(0, 1_000_000), Gens.intsWithEdges(1, 2_000), Generate.range(1, 7))
        .checkAssert((seed, size, partitions) -> {
          List<TestDossiers.Dossier> rows = TestDossiers.generate(seed, size, true);
          Dataset<Row> input = csv(TestDossiers.csv(rows), 128L * 1024 * 1024);
          DossierQuery query = QUERIES.get(1);
          SparkDossiers dossiers = SparkDossiers.of(spark, TestDossiers.DIRECTORY).duplicateCheck(false);
          DossierAggregation inOrder = dossiers.aggregate(input, query);
          DossierAggregation shuffled = dossiers.aggregate(input.repartition(partitions), query);
          assertEquals(inOrder.counts(), shuffled.counts());
          assertEquals(inOrder.rolledUp(), shuffled.rolledUp());
          assertEquals(inOrder.rowsRead(), shuffled.rowsRead());
          assertEquals(inOrder.rowsRejected(), shuffled.rowsRejected());
        });
  }
}
