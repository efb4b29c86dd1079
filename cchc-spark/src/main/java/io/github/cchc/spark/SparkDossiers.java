package io.github.cchc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.RejectReason;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The dossier indicators of a Spark dataset, computed by the library's own code inside the executors: each
 * partition's rows go through the same row checks as the CSV reader ({@link
 * io.github.cchc.scoring.dossier.DossierRowCheck}) into the same per-unit and period counts ({@link DossierCounts}),
 * the partitions' counts are merged with {@link DossierCounts#merge} (exact, in any order), and the driver rolls
 * them up the hierarchy with {@link DossierCounts#rolledUp()}. The rules are not written again in Spark SQL: one
 * definition of on-time, late, pending-overdue at a period's end and the 766 profile serves the library and Spark
 * alike.
 *
 * <pre>{@code
 * Dataset<Row> dossiers = spark.read().parquet("s3a://lake/ho-so/2024/");
 * DossierAggregation result = SparkDossiers.of(spark, directory)
 *     .aggregate(dossiers, DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER));
 * result.findings().forEach(System.out::println);
 * DossierCounts province = result.rolledUp();
 * SparkDossiers.of(spark, directory).indicators(province).write().parquet("s3a://lake/chi-so/2024/");
 * }</pre>
 *
 * <p>The dataset may come from any source (Parquet, CSV, JDBC, Delta): its columns are found by name, in English or
 * Vietnamese as the CSV reader names them ({@code received} or {@code Ngày tiếp nhận}); other columns are ignored.
 * Dates may be {@code DATE} or {@code TIMESTAMP} columns (a timestamp's time of day read in the session's time zone)
 * or text in the CSV reader's forms; yes/no columns booleans, 0/1 or the CSV reader's words. The directory is
 * broadcast to the executors once.
 *
 * <p>With the duplicate check (the default, as in the CSV reader) a row whose id repeats an earlier accepted row's
 * is rejected, "earlier" by the rows' order in the dataset: this takes one more pass over the dataset and a shuffle
 * of the accepted rows' ids before the counting pass. A dataset that is not deterministic (a random sample, a source
 * that changes between reads) should be cached first, as both passes must see the same rows in the same order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkDossiers {
  /** The name of the column that holds each row's position while it is counted. */
  static final String POSITION = "__cchc_position";
  /** Rows held in columns at a time in a partition. */
  static final int CHUNK_ROWS = 1 << 20;

  /** How the partitions are counted: {@code mapPartitions} and a tree reduce, or a typed {@link Aggregator}. */
  enum Engine {
    MAP_PARTITIONS,
    AGGREGATOR
  }

  private final SparkSession spark;
  private final OrgDirectory directory;
  private final boolean duplicateCheck;
  private final Engine engine;

  private SparkDossiers(SparkSession spark, OrgDirectory directory, boolean duplicateCheck, Engine engine) {
    this.spark = spark;
    this.directory = directory;
    this.duplicateCheck = duplicateCheck;
    this.engine = engine;
  }

  /**
   * Returns the aggregation for the units of a directory, with the duplicate check.
   *
   * @param spark the session
   * @param directory the units dossiers may belong to
   * @return the aggregation
   */
  public static SparkDossiers of(SparkSession spark, OrgDirectory directory) {
    return new SparkDossiers(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(directory, "directory"),
        true, Engine.MAP_PARTITIONS);
  }

  /**
   * Returns this aggregation with or without the check for duplicate ids. Without it the dataset is read once and
   * no id is shuffled; a dataset whose ids are known to be unique can go without.
   *
   * @param check true to reject rows whose id an earlier accepted row had (the default)
   * @return the aggregation
   */
  public SparkDossiers duplicateCheck(boolean check) {
    return new SparkDossiers(spark, directory, check, engine);
  }

  // For the measurements and the tests: the other way of counting the partitions.
  SparkDossiers engine(Engine engine) {
    return new SparkDossiers(spark, directory, duplicateCheck, engine);
  }

  /**
   * Aggregates a dataset of dossiers, named "dataset" in findings.
   *
   * @param dossiers the dossiers, one row each
   * @param query what to aggregate
   * @return the counts and the rejected rows
   */
  public DossierAggregation aggregate(Dataset<Row> dossiers, DossierQuery query) {
    return aggregate(dossiers, "dataset", query);
  }

  /**
   * Aggregates a dataset of dossiers.
   *
   * @param dossiers the dossiers, one row each
   * @param source a name for the dataset in findings, such as its path
   * @param query what to aggregate
   * @return the counts and the rejected rows; a dataset without a required column, or with one named twice, is
   *     rejected whole, as the CSV reader rejects such a file
   */
  public DossierAggregation aggregate(Dataset<Row> dossiers, String source, DossierQuery query) {
    Objects.requireNonNull(dossiers, "dossiers");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(query, "query");
    DossierColumns columns = DossierColumns.of(dossiers.schema());
    if (!columns.usable()) {
      RejectReason reason = columns.missing.isEmpty() ? RejectReason.DUPLICATE_COLUMN : RejectReason.MISSING_COLUMN;
      String detail = columns.missing.isEmpty() ? columns.repeated : columns.missing;
      return new DossierAggregation(source, DossierCounts.empty(directory, query), 0,
          List.of(new DossierAggregation.Rejection(reason, 0, List.of(), detail)));
    }
    Dataset<Row> positioned = dossiers.withColumn(POSITION, monotonically_increasing_id());
    int position = positioned.schema().fieldIndex(POSITION);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<PortableDirectory> dir = context.broadcast(new PortableDirectory(directory));
    String zone = spark.conf().get("spark.sql.session.timeZone");
    PartitionCounter counter = new PartitionCounter(dir, new QuerySpec(query), columns, position, zone, CHUNK_ROWS);
    Broadcast<Map<String, Long>> repeated = null;
    try {
      if (duplicateCheck) {
        repeated = context.broadcast(firstOfRepeatedIds(positioned, counter));
      }
      Broadcast<Map<String, Long>> firsts = repeated;
      Partial total = engine == Engine.AGGREGATOR
          ? positioned.select(new DossierAggregator(counter, firsts).toColumn()).first().partial()
          : positioned.javaRDD()
              .mapPartitions(rows -> List.of(counter.count(rows, firsts)).iterator())
              .treeReduce((a, b) -> Partial.merge(a, b, dir.value().get()), 2);
      DossierCounts counts = total.counts(directory);
      return new DossierAggregation(source, counts == null ? DossierCounts.empty(directory, query) : counts,
          total.rows, rejections(total.rejections));
    } finally {
      dir.destroy();
      if (repeated != null) {
        repeated.destroy();
      }
    }
  }

  // The ids that more than one accepted row has, each with the position of its first such row.
  private static Map<String, Long> firstOfRepeatedIds(Dataset<Row> positioned, PartitionCounter counter) {
    Dataset<Tuple2<String, Long>> accepted = positioned.mapPartitions(
        (MapPartitionsFunction<Row, Tuple2<String, Long>>) counter::acceptedIds,
        Encoders.tuple(Encoders.STRING(), Encoders.LONG()));
    Map<String, Long> first = new HashMap<>();
    for (Row r : accepted.groupBy(col("_1")).agg(min(col("_2")).as("first"), count(lit(1)).as("n"))
        .where(col("n").gt(1)).select("_1", "first").collectAsList()) {
      first.put(r.getString(0), r.getLong(1));
    }
    return first;
  }

  private static List<DossierAggregation.Rejection> rejections(RejectionTally tally) {
    List<DossierAggregation.Rejection> list = new ArrayList<>();
    for (RejectReason r : RejectReason.values()) {
      if (tally.rows(r) > 0) {
        list.add(new DossierAggregation.Rejection(r, tally.rows(r), tally.firstIds(r), tally.detail(r)));
      }
    }
    return list;
  }

  /** The schema of {@link #indicators(DossierCounts)}. */
  static final StructType INDICATOR_SCHEMA = new StructType()
      .add("unit", DataTypes.StringType, false)
      .add("unitName", DataTypes.StringType, false)
      .add("period", DataTypes.StringType, false)
      .add("indicator", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("numerator", DataTypes.LongType, false)
      .add("denominator", DataTypes.LongType, true)
      .add("percent", DataTypes.createDecimalType(7, 2), true);

  /**
   * Returns the indicators of some counts as a dataset, one row per unit, period and indicator, for writing back to
   * the lake: every {@code dossiers.*} indicator of every unit that has a non-zero count, as {@link
   * DossierCounts#toObservations()} lists them. Columns: {@code unit}, {@code unitName}, {@code period} (its code,
   * such as {@code 2024Q1}), {@code indicator} (such as {@code dossiers.onTimeRate}), {@code kind} ({@code COUNT} or
   * {@code RATIO}), {@code numerator} (the count), {@code denominator} (null for a count) and {@code percent} (the
   * ratio as a percentage to two decimals, {@link RoundingMode#HALF_UP}, null for a count or a zero denominator).
   *
   * @param counts the counts, usually {@link DossierAggregation#rolledUp()}
   * @return the dataset
   */
  public Dataset<Row> indicators(DossierCounts counts) {
    Objects.requireNonNull(counts, "counts");
    Map<String, String> names = new HashMap<>();
    for (OrgUnit u : counts.directory().units()) {
      names.put(u.id(), u.name());
    }
    List<Row> rows = new ArrayList<>();
    for (Observation o : counts.toObservations().observations()) {
      IndicatorValue v = o.value();
      boolean ratio = v.kind() == IndicatorValue.Kind.RATIO;
      Long denominator = ratio && v.denominator().isPresent() ? v.denominator().getAsLong() : null;
      BigDecimal percent = ratio ? v.share(2, RoundingMode.HALF_UP).orElse(null) : null;
      rows.add(RowFactory.create(o.unitId(), names.get(o.unitId()), period(o.period()), o.indicator().code(),
          v.kind().name(), v.numerator(), denominator, percent));
    }
    return spark.createDataFrame(rows, INDICATOR_SCHEMA);
  }

  private static String period(ReportPeriod p) {
    return p.toString();
  }
}
