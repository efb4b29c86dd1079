package io.github.cchc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierQuery;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job run as {@code spark-submit} runs it, after the job jar is built: a new JVM whose class path holds Spark
 * and its dependencies only, Spark's {@code SparkSubmit} with {@code --master local[2]} and {@code --class}, and the
 * job jar as the application, which must bring every class of ours. Its indicators of a Parquet dataset must equal,
 * cell by cell, those of the single-machine engine.
 */
class DossierJobSubmitIT {
  @TempDir
  Path dir;

  @Test
  void sparkSubmitOfTheJobJarOnALocalMaster() throws IOException, InterruptedException {
    Path jar = Path.of("target", "cchc-spark-job.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "the job jar is built before the integration tests: " + jar);
    List<TestDossiers.Dossier> rows = TestDossiers.generate(31, 5_000, false);
    Path parquet = dir.resolve("ho-so.parquet");
    Path org = dir.resolve("org.json");
    Path out = dir.resolve("ket-qua");
    OrgDirectoryJson.write(TestDossiers.DIRECTORY, org);
    SparkSession spark = TestSpark.start();
    try {
      spark.createDataFrame(TestDossiers.typed(rows), TestDossiers.TYPED_SCHEMA).coalesce(1).write()
          .parquet(parquet.toString());

      // Spark's jars only, as the build lists them: none of our classes, which must come from the job jar.
      String classPath = Files.readString(Path.of("target", "spark-classpath.txt")).strip();
      assertTrue(Arrays.stream(classPath.split(File.pathSeparator)).noneMatch(p -> p.contains("cchc")), classPath);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(Arrays.asList(System.getProperty("cchc.spark.javaOptions", "").trim().split("\\s+")));
      command.addAll(List.of("-Xmx1g", "-cp", classPath, "org.apache.spark.deploy.SparkSubmit",
          "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
          "--conf", "spark.sql.shuffle.partitions=4",
          "--class", "io.github.cchc.spark.DossierJob", jar.toString(),
          "--input", parquet.toString(), "--format", "parquet", "--org", org.toString(), "--period", "2024",
          "--out", out.toString()));
      command.removeIf(String::isEmpty);
      Path log = dir.resolve("spark-submit.log");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "spark-submit finished");
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(DossierJob.REJECTED, p.exitValue(), output);
      assertTrue(output.contains("5000 dòng, "), output);

      DossierQuery query = DossierQuery.of(List.of(ReportPeriod.ofYear(2023), ReportPeriod.ofYear(2024)));
      DossierCounts rolled = TestSpark.reference(TestDossiers.vietnameseCsv(rows)).table().aggregate(query)
          .rolledUp();
      Set<String> expected = SparkDossiers.of(spark, TestDossiers.DIRECTORY).indicators(rolled).collectAsList()
          .stream().map(Row::toString).collect(Collectors.toSet());
      Set<String> written = spark.read().parquet(out.resolve("indicators").toString()).collectAsList().stream()
          .map(Row::toString).collect(Collectors.toSet());
      assertEquals(expected, written);
      assertTrue(Files.readString(out.resolve("phu-luc-ii-P.md")).contains("Phụ lục II"));
    } finally {
      spark.stop();
    }
  }
}
