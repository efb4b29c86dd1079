package io.github.cchc.spark;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.ReportOptions;
import io.github.cchc.reporting.StatisticsAppendix;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierProfile;
import io.github.cchc.scoring.dossier.DossierQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The job for {@code spark-submit}: reads a dataset of dossiers, aggregates it with {@link SparkDossiers} and writes
 * the indicators of every unit, rolled up the hierarchy, with the Phụ lục II appendix of each top-level unit.
 *
 * <pre>
 * spark-submit --master local[2] --class io.github.cchc.spark.DossierJob cchc-spark-job.jar \
 *     --input ho-so-2024.parquet --format parquet --org org.json --period 2024 --out ket-qua
 * </pre>
 *
 * <p>Options: {@code --input PATH} (a file or a directory, any path Spark reads: local, {@code hdfs://}, {@code
 * s3a://}), {@code --format parquet|csv}, {@code --org ORG.json} (the organisation directory, read by the driver
 * through the same file systems), {@code --period P} ({@code 2024}, {@code 2024Q1}, …; for a year the year before is
 * aggregated too, for the appendix's previous-year column), {@code --out DIR}; and optionally {@code --profile 766},
 * {@code --sep ;} (the CSV delimiter, comma by default), {@code --multi-line} (CSV cells hold line breaks), {@code
 * --no-duplicate-check} and {@code --lang en}.
 *
 * <p>It writes {@code DIR/indicators/} (Parquet: unit, unitName, period, indicator, kind, numerator, denominator,
 * percent), {@code DIR/phu-luc-ii-UNIT.md} and {@code .html} for each top-level unit, and {@code DIR/findings.txt}
 * (one line per reason rows were rejected). The exit code is 0 when every row was accepted, 1 when rows were
 * rejected (as the command-line tool's), 2 for a wrong option or an unreadable input.
 */
public final class DossierJob {
  /** Every row accepted. */
  static final int OK = 0;
  /** Rows rejected. */
  static final int REJECTED = 1;
  /** A wrong option or unreadable input. */
  static final int USAGE = 2;

  private DossierJob() {}

  /** A wrong option, told in one line. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Runs the job in the session {@code spark-submit} made, then exits with its code.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    int code;
    SparkSession spark = SparkSession.builder().appName("cchc dossier indicators").getOrCreate();
    try {
      code = run(spark, args, System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param args the options
   * @param out where the summary goes
   * @param err where errors go
   * @return the exit code
   */
  static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    boolean english = List.of(args).contains("--lang") && List.of(args).indexOf("--lang") + 1 < args.length
        && "en".equals(args[List.of(args).indexOf("--lang") + 1]);
    try {
      Options o = Options.parse(args, english);
      return run(spark, o, out);
    } catch (UsageException e) {
      err.println(e.getMessage());
      return USAGE;
    } catch (InputFormatException e) {
      err.println(e.message(english ? Locale.ENGLISH : Locale.forLanguageTag("vi")));
      return USAGE;
    }
  }

  private static int run(SparkSession spark, Options o, PrintStream out) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    OrgDirectory directory = readDirectory(o, hadoop);
    List<ReportPeriod> periods = o.period.type() == ReportPeriod.Type.YEAR
        ? List.of(o.period.previous(), o.period) : List.of(o.period);
    DossierQuery query = DossierQuery.of(periods).withProfile(o.profile);
    DataFrameReader reader = spark.read();
    Dataset<Row> input;
    if (o.csv) {
      input = reader.option("header", "true").option("sep", o.sep).option("multiLine", o.multiLine)
          .option("encoding", "UTF-8").csv(o.input);
    } else {
      input = reader.parquet(o.input);
    }
    SparkDossiers dossiers = SparkDossiers.of(spark, directory).duplicateCheck(o.duplicateCheck);
    DossierAggregation result = dossiers.aggregate(input, o.input, query);
    DossierCounts rolled = result.rolledUp();
    dossiers.indicators(rolled).coalesce(1).write().mode(SaveMode.Overwrite).parquet(o.out + "/indicators");
    ReportOptions options = ReportOptions.of(o.english ? ReportLocale.ENGLISH : ReportLocale.VIETNAMESE);
    List<String> written = new ArrayList<>();
    for (OrgUnit unit : directory.units()) {
      if (unit.parent().isPresent()) {
        continue;
      }
      Report report = StatisticsAppendix.report(rolled.toPhuLucII(), unit.id(),
          o.period.year(), options);
      String name = "phu-luc-ii-" + fileName(unit.id());
      write(hadoop, o.out + "/" + name + ".md", MarkdownRenderer.render(report));
      write(hadoop, o.out + "/" + name + ".html", HtmlRenderer.render(report));
      written.add(name);
    }
    StringBuilder findings = new StringBuilder();
    for (Finding f : result.findings()) {
      findings.append(f.ruleId()).append(": ").append(o.english ? f.messageEn() : f.messageVi()).append('\n');
    }
    write(hadoop, o.out + "/findings.txt", findings.toString());
    out.println(o.input + ": " + result.rowsRead() + (o.english ? " rows read, " : " dòng, ")
        + result.rowsRejected() + (o.english ? " rejected; indicators in " : " bị loại; chỉ số tại ")
        + o.out + "/indicators" + (o.english ? ", appendix: " : ", phụ lục: ") + String.join(", ", written));
    for (Finding f : result.findings()) {
      out.println("  " + (o.english ? f.messageEn() : f.messageVi()));
    }
    return result.isClean() ? OK : REJECTED;
  }

  // A unit id as a file name: letters, digits, '-' and '_' kept, anything else as '_'.
  static String fileName(String id) {
    StringBuilder sb = new StringBuilder();
    id.codePoints().forEach(c -> sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')
        ? (char) c : '_'));
    return sb.toString();
  }

  private static OrgDirectory readDirectory(Options o, Configuration hadoop) {
    Path path = new Path(o.org);
    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
      return OrgDirectoryJson.read(in, o.org);
    } catch (IOException e) {
      throw new UsageException((o.english ? "Cannot read the organisation directory " : "Không đọc được danh mục "
          + "đơn vị ") + o.org + ": " + e.getMessage());
    }
  }

  private static void write(Configuration hadoop, String file, String text) {
    Path path = new Path(file);
    try (OutputStream out = path.getFileSystem(hadoop).create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** The options of one run. */
  static final class Options {
    String input;
    boolean csv;
    String org;
    ReportPeriod period;
    String out;
    DossierProfile profile = DossierProfile.STANDARD;
    String sep = ",";
    boolean multiLine;
    boolean duplicateCheck = true;
    boolean english;

    static Options parse(String[] args, boolean english) {
      Options o = new Options();
      o.english = english;
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--multi-line" -> o.multiLine = true;
          case "--no-duplicate-check" -> o.duplicateCheck = false;
          case "--input", "--format", "--org", "--period", "--out", "--profile", "--sep", "--lang" -> {
            if (i + 1 >= args.length) {
              throw new UsageException(o.t("Thiếu giá trị sau " + a, "Missing value after " + a));
            }
            values.put(a, args[++i]);
          }
          default -> throw new UsageException(o.t("Tùy chọn không hợp lệ: '" + a + "'", "Unknown option: '" + a + "'")
              + o.usage());
        }
      }
      for (String required : List.of("--input", "--format", "--org", "--period", "--out")) {
        if (!values.containsKey(required)) {
          throw new UsageException(o.t("Thiếu tùy chọn " + required, "Missing option " + required) + o.usage());
        }
      }
      o.input = values.get("--input");
      o.org = values.get("--org");
      o.out = values.get("--out");
      String format = values.get("--format").toLowerCase(Locale.ROOT);
      if (!format.equals("csv") && !format.equals("parquet")) {
        throw new UsageException(o.t("--format: cần parquet hoặc csv, nhận '" + values.get("--format") + "'",
            "--format: expected parquet or csv, got '" + values.get("--format") + "'"));
      }
      o.csv = format.equals("csv");
      try {
        o.period = ReportPeriod.parse(values.get("--period"));
      } catch (DateTimeException | IllegalArgumentException e) {
        throw new UsageException(o.t("--period: cần một kỳ như 2024, 2024S1, 2024Q1 hoặc 2024-03, nhận '",
            "--period: expected a period such as 2024, 2024S1, 2024Q1 or 2024-03, got '")
            + values.get("--period") + "'");
      }
      String profile = values.getOrDefault("--profile", "standard").strip().toLowerCase(Locale.ROOT);
      o.profile = switch (profile) {
        case "766" -> DossierProfile.PROFILE_766;
        case "standard" -> DossierProfile.STANDARD;
        default -> throw new UsageException(o.t("--profile: cần 766 hoặc standard, nhận '",
            "--profile: expected 766 or standard, got '") + values.get("--profile") + "'");
      };
      o.sep = values.getOrDefault("--sep", ",");
      String lang = values.getOrDefault("--lang", "vi");
      if (!lang.equals("vi") && !lang.equals("en")) {
        throw new UsageException(o.t("--lang: cần vi hoặc en, nhận '", "--lang: expected vi or en, got '") + lang
            + "'");
      }
      return o;
    }

    private String t(String vi, String en) {
      return english ? en : vi;
    }

    private String usage() {
      return t(". Cách dùng: ", ". Usage: ") + "--input PATH --format parquet|csv --org ORG.json --period P --out DIR"
          + " [--profile 766] [--sep ;] [--multi-line] [--no-duplicate-check] [--lang en]";
    }
  }
}
