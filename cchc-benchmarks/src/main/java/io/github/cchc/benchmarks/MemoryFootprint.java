package io.github.cchc.benchmarks;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.scoring.dossier.DossierIdSet;
import io.github.cchc.scoring.dossier.DossierTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * B4, memory: the bytes reachable from what each approach holds per dossier, walked with JOL's {@link GraphLayout}
 * (every object counted once, shared ones too), divided by the number of dossiers.
 */
final class MemoryFootprint {

  static {
    // Object sizes come from field offsets; attaching the Serviceability Agent only adds tens of seconds of retries.
    if (System.getProperty("jol.skipHotspotSAAttach") == null) {
      System.setProperty("jol.skipHotspotSAAttach", "true");
    }
    quietJolStart();
  }

  /**
   * Starts JOL's view of the VM with its start-up notices held back. JOL prints "# WARNING: Unable to attach
   * Serviceability Agent" on standard output whenever it does not attach it, to say that object addresses are
   * guesses; sizes, the only thing measured here, do not depend on it. The notices are shown if start-up fails.
   */
  private static void quietJolStart() {
    PrintStream out = System.out;
    ByteArrayOutputStream held = new ByteArrayOutputStream();
    System.setOut(new PrintStream(held, true, StandardCharsets.UTF_8));
    try {
      VM.current();
    } catch (RuntimeException | Error e) {
      out.print(held.toString(StandardCharsets.UTF_8));
      throw e;
    } finally {
      System.setOut(out);
    }
  }

  private MemoryFootprint() {}

  /**
   * The bytes reachable from an object graph.
   *
   * @param root the root
   * @return the total size of every object reachable from it
   */
  static long bytes(Object root) {
    return GraphLayout.parseInstance(root).totalSize();
  }

  /**
   * The bytes the engine's table holds, less the directory it shares with the rest of the application.
   *
   * @param table the table
   * @param directory its directory
   * @return the bytes of the table's own objects
   */
  static long engineBytes(DossierTable table, OrgDirectory directory) {
    return bytes(table) - bytes(directory);
  }

  /**
   * The list the streams baseline holds: one record per dossier, dates and unit ids shared.
   *
   * @param d the dataset
   * @return the footprint
   */
  static BenchReport.Memory naiveShared(NationalDataset d) {
    List<StreamsBaseline.DossierRecord> records = StreamsBaseline.records(d);
    return new BenchReport.Memory("one record per dossier, shared dates and unit ids (streams baseline)", d.size,
        bytes(records));
  }

  /**
   * One record per dossier as a CSV loader would build it: a {@link LocalDate} of its own for each date read, the
   * unit id shared.
   *
   * @param d the dataset
   * @return the footprint
   */
  static BenchReport.Memory naiveAsParsed(NationalDataset d) {
    List<StreamsBaseline.DossierRecord> list = new ArrayList<>(d.size);
    for (int i = 0; i < d.size; i++) {
      int f = d.finished[i];
      list.add(new StreamsBaseline.DossierRecord(d.unitIds[d.unit[i]], LocalDate.ofEpochDay(d.received[i]),
          LocalDate.ofEpochDay(d.due[i]), f == NationalDataset.NOT_FINISHED ? null : LocalDate.ofEpochDay(f),
          Channel.ofCode(d.channel[i]), (d.flags[i] & NationalDataset.DIGITIZED) != 0,
          (d.flags[i] & NationalDataset.APOLOGY) != 0));
    }
    return new BenchReport.Memory("one record per dossier, a LocalDate object per date (as parsed)", d.size,
        bytes(list));
  }

  /** A dossier id as the benchmark's CSV writes it: {@code HS-2024-00000001}, 16 bytes. */
  static String dossierId(int i) {
    return String.format("HS-%d-%08d", StudyYear.YEAR, i + 1);
  }

  /**
   * The duplicate-id set of the CSV reader, holding {@code n} ids of 16 bytes.
   *
   * @param n the number of ids
   * @return the footprint
   */
  static BenchReport.Memory idSet(int n) {
    DossierIdSet ids = new DossierIdSet();
    for (int i = 0; i < n; i++) {
      ids.add(dossierId(i));
    }
    return new BenchReport.Memory("duplicate-id set of the CSV reader (DossierIdSet), ids of 16 bytes", n,
        bytes(ids));
  }

  /**
   * A {@code HashSet<String>} holding the same ids, for comparison.
   *
   * @param n the number of ids
   * @return the footprint
   */
  static BenchReport.Memory idHashSet(int n) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      ids.add(dossierId(i));
    }
    return new BenchReport.Memory("the same ids in a HashSet<String>", n, bytes(ids));
  }
}
