package io.github.cchc.benchmarks;

import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Repeats one engine operation for a while, to be profiled with Java Flight Recorder, and prints the fastest pass:
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=agg.jfr,settings=profile -cp CLASSPATH \
 *     io.github.cchc.benchmarks.ProfileMain aggregate 10000000 25
 * jfr print --events jdk.ExecutionSample agg.jfr
 * </pre>
 *
 * <p>Arguments: {@code aggregate} (B1, one thread) or {@code read-csv} (B2), the number of dossiers or rows, and the
 * seconds to run.
 */
public final class ProfileMain {

  private ProfileMain() {}

  /**
   * Runs the operation.
   *
   * @param args the operation, the size and the seconds
   * @throws Exception if the file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException("Usage: ProfileMain aggregate|read-csv SIZE SECONDS");
    }
    int size = Integer.parseInt(args[1]);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[2]));
    NationalDataset d = NationalDataset.generate(size, NationalDataset.DEFAULT_SEED);
    long best = Long.MAX_VALUE;
    int passes = 0;
    switch (args[0]) {
      case "aggregate" -> {
        DossierTable table = LibraryEngine.table(d);
        while (System.nanoTime() < until) {
          long t0 = System.nanoTime();
          LibraryEngine.aggregate(table, 1);
          best = Math.min(best, System.nanoTime() - t0);
          passes++;
        }
      }
      case "read-csv" -> {
        Path file = Files.createTempFile("dossiers-", ".csv");
        try {
          DossierCsvWriter.write(d, size, file);
          DossierCsvReader reader = DossierCsvReader.of(d.directory).expectedSize(size);
          while (System.nanoTime() < until) {
            long t0 = System.nanoTime();
            reader.read(file);
            best = Math.min(best, System.nanoTime() - t0);
            passes++;
          }
        } finally {
          Files.deleteIfExists(file);
        }
      }
      default -> throw new IllegalArgumentException("Unknown operation '" + args[0] + "'");
    }
    System.out.printf("%s of %,d: %d passes, fastest %.1f ms (%.1f M/s)%n", args[0], size, passes, best / 1e6,
        size / (best / 1e9) / 1e6);
  }
}
