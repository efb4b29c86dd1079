package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dcchc.golden.update=true} to write the golden files from the current output instead, then review the diff.
 */
public final class Golden {

  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("cchc.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError("No golden file " + file + "; run with -Dcchc.golden.update=true to create it");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from golden " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
