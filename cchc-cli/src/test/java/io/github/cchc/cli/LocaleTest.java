package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under LC_ALL=C the JVM cannot read non-ASCII arguments: one line says to use a UTF-8 locale. */
class LocaleTest {
  private static final String ORG = Path.of("..", "docs", "examples", "org-dong-thap-2024.json").toAbsolutePath()
      .toString();

  private static Process run(Path dir, String locale, String file) throws Exception {
    ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "indicators", file, "--org", ORG,
        "--period", "2024", "--lang", "en").directory(dir.toFile())
        .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile());
    b.environment().remove("LANG");
    b.environment().remove("LC_CTYPE");
    b.environment().put("LC_ALL", locale);
    return b.start();
  }

  @Test
  @DisplayName("LC_ALL=C và tên tệp có dấu: một dòng bảo dùng LC_ALL=C.UTF-8, mã thoát 2")
  void aNonUtf8LocaleIsOneLineNamingTheRemedy(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("hồ-sơ"));
    Files.writeString(sub.resolve("tệp.csv"), "id,unit,received,due,finished,channel\n"
        + "A1,DT-SNV,2024-03-05,2024-03-10,,DIRECT\n", StandardCharsets.UTF_8);
    Process p = run(dir, "C", "hồ-sơ/tệp.csv");
    assertEquals(2, p.waitFor());
    List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertEquals(1, err.size(), err.toString());
    assertTrue(err.get(0).contains("LC_ALL=C.UTF-8"), err.toString());
    assertFalse(err.get(0).contains("Exception"), err.toString());
    Process utf8 = run(dir, "C.UTF-8", "hồ-sơ/tệp.csv");
    assertEquals(0, utf8.waitFor(), Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
