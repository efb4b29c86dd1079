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

/** A unit name that tries to drive the terminal is shown, not obeyed, by every command's text output. */
class TerminalTextTest {

  private static final String HOSTILE = "\\u001B[2J\\u001B[31mRED\\nFAKE LINE\\u202E";

  @TempDir
  Path dir;

  private static Path docs() {
    return Files.isDirectory(Path.of("..", "docs")) ? Path.of("..", "docs") : Path.of("docs");
  }

  @Test
  @DisplayName("A unit name with ESC sequences and a line break prints no ESC and forges no line")
  void hostileUnitNameIsShownVisibly() throws Exception {
    Path examples = docs().resolve("examples");
    String org = Files.readString(examples.resolve("org-dong-thap-2024.json"), StandardCharsets.UTF_8);
    // Every unit's name made hostile, so whichever name a command prints carries the attack.
    String hostile = org.replaceAll("\"name\"\\s*:\\s*\"", "\"name\": \"" + HOSTILE.replace("\\", "\\\\"));
    Path orgFile = dir.resolve("org.json");
    Files.writeString(orgFile, hostile, StandardCharsets.UTF_8);
    String plan = examples.resolve("dong-thap-2024-inspection-plan.json").toString();
    boolean shown = false;
    for (String[] args : List.of(
        new String[] {"coverage", plan, "--org", orgFile.toString()},
        new String[] {"coverage", plan, "--org", orgFile.toString(), "--lang", "en"},
        new String[] {"propose", plan, "--org", orgFile.toString()},
        new String[] {"schedule", plan, "--org", orgFile.toString()})) {
      Run run = Run.of(args);
      for (String text : List.of(run.out(), run.err())) {
        assertFalse(text.contains("\u001B"), () -> String.join(" ", args) + ": " + run);
        assertFalse(text.contains("\u202E"), () -> String.join(" ", args) + ": " + run);
        assertTrue(text.lines().noneMatch(l -> l.startsWith("FAKE LINE")), () -> String.join(" ", args) + ": " + run);
      }
      shown |= run.out().contains("␛[2J␛[31mRED␊FAKE LINE[U+202E]");
    }
    assertTrue(shown, "the name is printed, made visible, by at least one command");
  }

  @Test
  @DisplayName("The terminal writer shows control characters; the error stream keeps its progress line's CR")
  void writerShowsControls() throws Exception {
    java.io.StringWriter sink = new java.io.StringWriter();
    try (NfcWriter w = new NfcWriter(sink)) {
      w.write("a\u001Bb\rc\n");
    }
    assertEquals("a␛b␍c\n", sink.toString());
    java.io.StringWriter err = new java.io.StringWriter();
    try (NfcWriter w = new NfcWriter(err, true)) {
      w.write("50%\r\u0007\n");
    }
    assertEquals("50%\r␇\n", err.toString());
  }
}
