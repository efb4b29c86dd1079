package io.github.cchc.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and writes {@code bench-results.json} and {@code bench-results.md}.
 *
 * <p>First every engine's answer is cross-checked against the reference at the full size, in this process; a
 * difference stops the run before anything is timed. Then JMH runs each benchmark in a forked JVM (whose setup checks
 * the answer again), and the memory figures are taken here with JOL.
 *
 * <pre>
 * ./mvnw -q -B -Pbench -pl cchc-benchmarks -am package -DskipTests
 * ./mvnw -q -B -Pbench -pl cchc-benchmarks -am package -DskipTests -Dbench.args="--quick"
 * </pre>
 *
 * <p>Options: {@code --out DIR}, {@code --dossiers N} (10,000,000), {@code --csv-rows N} (1,000,000),
 * {@code --growth N,N,...} (1,000,000,10,000,000,30,000,000; {@code none} to skip), {@code --warmup K} (3),
 * {@code --iterations K} (5), {@code --fork-heap -XmxNg} (-Xmx6g), {@code --quick} (1,000,000 dossiers, 200,000 CSV
 * rows, no growth, 1 warmup and 2 measured iterations).
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  /** The run's settings, from the command line. */
  static final class Settings {
    Path out = Path.of("target");
    int dossiers = NationalDataset.DEFAULT_DOSSIERS;
    int csvRows = 1_000_000;
    int[] growth = {1_000_000, 10_000_000, 30_000_000};
    int warmup = 3;
    int iterations = 5;
    String forkHeap = "-Xmx6g";

    static Settings parse(String[] args) {
      Settings s = new Settings();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--out" -> s.out = Path.of(value(args, ++i, a));
          case "--dossiers" -> s.dossiers = Integer.parseInt(value(args, ++i, a).replace("_", ""));
          case "--csv-rows" -> s.csvRows = Integer.parseInt(value(args, ++i, a).replace("_", ""));
          case "--growth" -> {
            String v = value(args, ++i, a);
            s.growth = v.equals("none") ? new int[0]
                : Arrays.stream(v.split(",")).mapToInt(x -> Integer.parseInt(x.trim().replace("_", ""))).toArray();
          }
          case "--warmup" -> s.warmup = Integer.parseInt(value(args, ++i, a));
          case "--iterations" -> s.iterations = Integer.parseInt(value(args, ++i, a));
          case "--fork-heap" -> s.forkHeap = value(args, ++i, a);
          case "--quick" -> {
            s.dossiers = 1_000_000;
            s.csvRows = 200_000;
            s.growth = new int[0];
            s.warmup = 1;
            s.iterations = 2;
          }
          default -> throw new IllegalArgumentException("Unknown option '" + a + "'; see the class documentation");
        }
      }
      return s;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException("Option " + option + " needs a value");
      }
      return args[i];
    }
  }

  /**
   * Runs the benchmarks.
   *
   * @param args the options
   * @throws Exception if a benchmark fails or an answer differs; nothing is written then
   */
  public static void main(String[] args) throws Exception {
    Settings s = Settings.parse(args);
    long started = System.nanoTime();
    BenchReport report = new BenchReport(Machine.describe());
    report.setting("dossiers", s.dossiers);
    report.setting("seed", NationalDataset.DEFAULT_SEED);
    report.setting("csvRows", s.csvRows);
    report.setting("jmh", "1 fork, " + s.warmup + " warm-up and " + s.iterations + " measured iterations of 1 s, "
        + "average time; fork heap " + s.forkHeap);

    CrossChecks.run(s.dossiers, s.csvRows).forEach(report::crossCheck);
    System.gc();

    // B1: every engine on the same dataset.
    collect(report, "B1", jmh(s, Pattern.quote(AggregationBenchmark.class.getName()) + "\\.\\w+$",
        Map.of("dossiers", new String[] {Integer.toString(s.dossiers)})));
    // B2: ingestion of the CSV.
    collect(report, "B2", jmh(s, Pattern.quote(IngestionBenchmark.class.getName()) + "\\.\\w+$",
        Map.of("rows", new String[] {Integer.toString(s.csvRows)})));
    // B3: the planner and scheduler for the whole country.
    collect(report, "B3", jmh(s, Pattern.quote(PlannerBenchmark.class.getName()) + "\\.\\w+$", Map.of()));
    // Growth with N: the engine (1 thread) and the reference loop at the other sizes; B1 gives the main size.
    int[] growth = Arrays.stream(s.growth).filter(n -> n != s.dossiers).toArray();
    if (growth.length > 0) {
      collect(report, "growth", jmh(s, Pattern.quote(AggregationBenchmark.class.getName()) + "\\.(engine|columnLoop)$",
          Map.of("dossiers", Arrays.stream(growth).mapToObj(Integer::toString).toArray(String[]::new),
              "engineThreads", new String[] {"1"})));
    }

    // B4: memory, in this process: the engine at the full size, the records at up to a million (JOL walks every one).
    NationalDataset full = NationalDataset.generate(s.dossiers, NationalDataset.DEFAULT_SEED);
    report.memory(new BenchReport.Memory("cchc engine: DossierTable, less the shared directory", full.size,
        MemoryFootprint.engineBytes(LibraryEngine.table(full), full.directory)));
    full = null;
    NationalDataset sample = NationalDataset.generate(Math.min(s.dossiers, 1_000_000), NationalDataset.DEFAULT_SEED);
    report.memory(new BenchReport.Memory("the dataset's own columns (generator, all 9 columns)", sample.size,
        MemoryFootprint.bytes(new Object[] {sample.unit, sample.received, sample.due, sample.finished,
            sample.channel, sample.flags, sample.supplements, sample.field, sample.procedure})));
    report.memory(MemoryFootprint.naiveShared(sample));
    report.memory(MemoryFootprint.naiveAsParsed(sample));
    report.memory(MemoryFootprint.idSet(s.dossiers));
    report.memory(MemoryFootprint.idHashSet(sample.size));

    ratios(report, s);
    report.machine("loadAverageAtEnd", Machine.loadAverage());
    report.setting("totalSeconds", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    report.write(s.out);
    System.out.println(report.markdown());
    System.out.println("Wrote " + s.out.resolve("bench-results.json") + " and bench-results.md");
  }

  private static void ratios(BenchReport r, Settings s) {
    long n = s.dossiers;
    Optional<Figure> streams = r.find("B1", "streams", 1, n);
    Optional<Figure> duck1 = r.find("B1", "duckdb", 1, n);
    Optional<Figure> duck2 = r.find("B1", "duckdb", 2, n);
    Optional<Figure> engine1 = r.find("B1", "engine", 1, n);
    Optional<Figure> engine2 = r.find("B1", "engine", 2, n);
    Optional<Figure> loop = r.find("B1", "columnLoop", 1, n);
    engine1.ifPresent(f -> rate(r, "B1 cchc engine, 1 thread, per thread", f.perSecondPerThread()));
    engine2.ifPresent(f -> rate(r, "B1 cchc engine, 2 threads, per thread", f.perSecondPerThread()));
    r.rateRatio("B1 cchc engine ÷ DuckDB, 1 thread each", engine1, duck1, null);
    r.rateRatio("B1 cchc engine ÷ DuckDB, 2 threads each", engine2, duck2, 5.0);
    r.rateRatio("B1 cchc engine 1 thread ÷ Java streams", engine1, streams, 30.0);
    r.rateRatio("B1 cchc engine 2 threads ÷ 1 thread", engine2, engine1, null);
    r.rateRatio("B1 DuckDB 2 threads ÷ 1 thread", duck2, duck1, null);
    r.rateRatio("B1 DuckDB 1 thread ÷ Java streams", duck1, streams, null);
    r.rateRatio("B1 reference loop ÷ cchc engine, 1 thread each", loop, engine1, null);
    r.rateRatio("B2 cchc reader ÷ DuckDB read_csv, 1 thread each", r.find("B2", "engineReadCsv", 1, -1),
        r.find("B2", "duckdbReadCsv", 1, -1), 1.5);
    r.find("B3", "planCountry", 1, -1).ifPresent(f -> r.ratio(new BenchReport.Ratio(
        "B3 planner and scheduler, 34 provinces", f.msPerOp(), "ms", Optional.of("< 1,000 ms"),
        Optional.of(f.msPerOp() < 1000))));
    r.memoryFigures().stream().filter(m -> m.holder().startsWith("cchc engine")).findFirst()
        .ifPresent(m -> r.ratio(new BenchReport.Ratio("B4 cchc engine, bytes per dossier", m.bytesPerDossier(), "B",
            Optional.of("≤ 24 B"), Optional.of(m.bytesPerDossier() <= 24))));
  }

  private static void rate(BenchReport r, String name, double perSecond) {
    double millions = perSecond / 1e6;
    r.ratio(new BenchReport.Ratio(name, millions, "M dossiers/s", Optional.of("≥ 150 M/s"),
        Optional.of(millions >= 150)));
  }

  private static Collection<RunResult> jmh(Settings s, String include, Map<String, String[]> params)
      throws RunnerException {
    ChainedOptionsBuilder o = new OptionsBuilder()
        .include(include)
        .forks(1)
        .warmupIterations(s.warmup)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(s.iterations)
        .measurementTime(TimeValue.seconds(1))
        .jvmArgs(s.forkHeap)
        .shouldFailOnError(true);
    params.forEach(o::param);
    return new Runner(o.build()).run();
  }

  private static void collect(BenchReport report, String benchmark, Collection<RunResult> results) {
    List<RunResult> sorted = new ArrayList<>(results);
    for (RunResult r : sorted) {
      String method = r.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      Map<String, String> p = new LinkedHashMap<>();
      for (String key : r.getParams().getParamsKeys()) {
        p.put(key, r.getParams().getParam(key));
      }
      int threads = Integer.parseInt(p.getOrDefault("duckdbThreads", p.getOrDefault("engineThreads", "1")));
      long items = Long.parseLong(p.getOrDefault("dossiers", p.getOrDefault("rows", "1")));
      report.figure(new Figure(benchmark, method, threads, items, r.getPrimaryResult().getScore(),
          r.getPrimaryResult().getScoreError(), r.getPrimaryResult().getStatistics().getMin()));
    }
  }
}
