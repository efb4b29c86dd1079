package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final byte[] ROWS = "a\nb\nc\nd\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void inATerminalTheBarShowsRowsPerSecondAndTimeLeftThenClears() throws IOException {
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(err), Lang.EN, "ho-so.csv", ROWS.length, true);
        InputStream in = progress.track(new ByteArrayInputStream(ROWS))) {
      in.readAllBytes();
    }
    String text = err.toString();
    assertTrue(text.startsWith("\rho-so.csv ["), text);
    assertTrue(text.contains("rows/s") && text.contains("left"), text);
    assertTrue(text.endsWith("\r"), "the bar is cleared: " + text);
  }

  @Test
  void inAPipeNothingIsPrinted() throws IOException {
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(err), Lang.VI, "ho-so.csv", ROWS.length, false);
        InputStream in = progress.track(new ByteArrayInputStream(ROWS))) {
      assertEquals(ROWS.length, in.readAllBytes().length);
    }
    assertEquals("", err.toString());
  }

  @Test
  void theToolRunInProcessHasNoTerminalAndPrintsNoProgress() {
    // Tests run without a console, as a pipe does.
    Run run = Run.of("indicators", Path.of("src", "test", "resources", "io", "github", "cchc", "cli",
        "dossiers-bad-rows.csv").toString(), "--org", Path.of("..", "docs", "examples", "org-dong-thap-2024.json")
        .toString(), "--period", "2024Q1");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals("", run.err());
  }
}
