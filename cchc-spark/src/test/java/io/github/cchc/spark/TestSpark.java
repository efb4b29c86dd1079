package io.github.cchc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a test class, and the single-machine answer Spark's is compared with. */
final class TestSpark {
  private TestSpark() {}

  /** A local session on two threads, no UI, few shuffle partitions. */
  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("cchc-spark tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.debug.maxToStringFields", "100")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh")
        .getOrCreate();
  }

  /** What the library's CSV reader makes of the same text. */
  static DossierLoad reference(String csv) {
    try {
      return DossierCsvReader.of(TestDossiers.DIRECTORY).read(
          new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "ref.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that Spark's answer is the single machine's: the counts of every unit, period and count (and field)
   * before and after the roll-up, the rows read, and for every reason the rows, the first value and the ids of the
   * rows at the reader's first lines.
   */
  static void assertSameAnswer(String csv, List<TestDossiers.Dossier> rows, DossierQuery query,
      DossierAggregation spark, boolean details) {
    DossierLoad load = reference(csv);
    assertEquals(load.table().aggregate(query), spark.counts(), "per-unit counts");
    assertEquals(load.table().aggregate(query).rolledUp(), spark.rolledUp(), "rolled-up counts");
    assertEquals(load.rowsRead(), spark.rowsRead(), "rows read");
    assertEquals(load.rejections().size(), spark.rejections().size(), () -> load.rejections() + " vs "
        + spark.rejections());
    for (int i = 0; i < load.rejections().size(); i++) {
      DossierLoad.Rejection a = load.rejections().get(i);
      DossierAggregation.Rejection b = spark.rejections().get(i);
      assertEquals(a.reason(), b.reason());
      assertEquals(a.rows(), b.rows(), a.reason().toString());
      if (details) {
        assertEquals(a.detail(), b.detail(), a.reason().toString());
      }
      List<String> ids = new ArrayList<>();
      for (long line : a.firstLines()) {
        ids.add(rows.get((int) line - 2).id());
      }
      assertEquals(ids, b.firstIds(), a.reason().toString());
    }
  }
}
