package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without {@code --format} the output file's extension decides; a contradiction is a usage error. */
class ReportFormatChoiceTest {

  private static final String PLAN = Path.of("..", "docs", "examples", "thai-binh-2024-plan.json").toString();

  @TempDir Path dir;

  @Test
  void theExtensionDecidesWithoutFormat() throws IOException {
    Path xlsx = dir.resolve("r.xlsx");
    Run run = Run.of("report", "completed-tasks", PLAN, "--period", "2024", "-o", xlsx.toString());
    assertEquals(0, run.exitCode(), run.err());
    byte[] bytes = Files.readAllBytes(xlsx);
    assertEquals('P', bytes[0], "a zip (XLSX), not HTML");
    assertEquals('K', bytes[1]);

    Path md = dir.resolve("r.MD");
    assertEquals(0, Run.of("report", "completed-tasks", PLAN, "--period", "2024", "-o", md.toString()).exitCode());
    assertTrue(Files.readString(md, StandardCharsets.UTF_8).startsWith("#"), "Markdown");
  }

  @Test
  void withoutFormatOrAKnownExtensionTheReportIsHtml() throws IOException {
    Path out = dir.resolve("bao-cao");
    assertEquals(0, Run.of("report", "completed-tasks", PLAN, "--period", "2024", "-o", out.toString()).exitCode());
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void aFormatThatContradictsTheExtensionIsAUsageErrorInEitherLanguage() {
    Path html = dir.resolve("x.html");
    Run vi = Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--format", "csv", "-o", html.toString());
    assertEquals(2, vi.exitCode());
    assertTrue(vi.err().contains("--format csv không khớp với đuôi tệp của -o 'x.html' (.html)"), vi.err());
    assertFalse(Files.exists(html));
    Run en = Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--format", "csv", "-o", html.toString(),
        "--lang", "en");
    assertEquals(2, en.exitCode());
    assertTrue(en.err().contains("--format csv contradicts the extension of -o 'x.html' (.html)"), en.err());
  }

  @Test
  void aFormatThatAgreesWithTheExtensionIsFine() {
    Path json = dir.resolve("x.json");
    assertEquals(0, Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--format", "json", "-o",
        json.toString()).exitCode());
  }

  @Test
  void fileNamesNameTheirFormat() {
    assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.ofFileName("a.HTM"));
    assertEquals(Optional.of(ReportFormat.MD), ReportFormat.ofFileName("a.b.markdown"));
    assertEquals(Optional.of(ReportFormat.DOCX), ReportFormat.ofFileName("a.DOCX"));
    assertEquals(Optional.empty(), ReportFormat.ofFileName("a.doc"));
    assertEquals(Optional.empty(), ReportFormat.ofFileName("README"));
  }
}
