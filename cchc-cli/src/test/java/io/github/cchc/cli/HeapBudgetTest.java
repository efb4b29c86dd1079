package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool in a JVM of its own with a small heap: the goal of 5,000,000 dossiers read within 512 MB (about 107 bytes
 * of heap a row, the duplicate-id set included) at a fifth of the size, 1,000,000 rows of a real export's shape
 * within 112 MB (5 MB of that for the JVM's own start); and a heap too small for the file ends in one line saying how
 * to give more, with exit code 3, never a stack trace.
 */
class HeapBudgetTest {
  private static final String ORG = Path.of("..", "docs", "examples", "org-dong-thap-2024.json").toString();
  private static final String[] UNITS = {"DT-SNV", "DT-STP", "DT-SKHDT", "DT-VP"};
  private static final int ROWS = 1_000_000;

  @TempDir static Path dir;
  static Path csv;

  /** A file shaped like a one-stop system's export: quoted Vietnamese names, ids of 14 characters. */
  @BeforeAll
  static void writeFile() throws IOException {
    csv = dir.resolve("ho-so.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("id,unit,procedure,field,received,due,finished,channel,digitized,paidOnline,apology,"
          + "supplementRequests\n");
      for (int i = 0; i < ROWS; i++) {
        int day = 1 + i % 28;
        int month = 1 + i / 28 % 12;
        w.write(String.format("HS2024-%07d,%s,\"Cấp giấy phép xây dựng số %d\",\"Xây dựng\",2024-%02d-%02d,"
            + "2024-%02d-%02d,%s,%s,true,false,false,0%n", i, UNITS[i % UNITS.length], i % 40, month, day,
            month, Math.min(28, day + 5), i % 7 == 0 ? "" : String.format("2024-%02d-%02d", month, day + 1 > 28
            ? 28 : day + 1), i % 3 == 0 ? "ONLINE_FULL" : "DIRECT"));
      }
    }
  }

  private static Process run(String heap, Path err, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        heap, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
        .start();
  }

  @Test
  @DisplayName("1.000.000 hồ sơ đọc được trong 112 MB heap: cùng định mức byte mỗi dòng với 5.000.000 trong 512 MB")
  void aMillionRowsFitTheBudgetOfFiveMillionIn512Megabytes() throws Exception {
    Path err = dir.resolve("budget-err.txt");
    Process p = run("-Xmx112m", err, "indicators", csv.toString(), "--org", ORG, "--period", "2024",
        "--format", "json");
    int code = p.waitFor();
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, code, errText);
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertTrue(out.matches("(?s).*\"rowsRead\"\\s*:\\s*" + ROWS + "\\b.*"), () -> out.substring(0,
        Math.min(out.length(), 400)));
  }

  @Test
  @DisplayName("Hết bộ nhớ: mã thoát 3, một dòng nói cách cấp thêm (-Xmx), không có stack trace")
  void runningOutOfMemoryIsOneLineAndExitThree() throws Exception {
    for (String lang : List.of("vi", "en")) {
      Path err = dir.resolve("oom-err-" + lang + ".txt");
      Process p = run("-Xmx24m", err, "indicators", csv.toString(), "--org", ORG, "--period", "2024",
          "--lang", lang);
      int code = p.waitFor();
      String errText = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(3, code, errText);
      List<String> lines = errText.lines().filter(l -> !l.isBlank()).toList();
      assertEquals(1, lines.size(), errText);
      assertTrue(lines.get(0).contains("-Xmx"), errText);
      assertTrue(lines.get(0).contains(lang.equals("vi") ? "hết bộ nhớ" : "ran out of memory"), errText);
      assertFalse(errText.contains("OutOfMemoryError") || errText.contains("\tat "), errText);
    }
  }
}
