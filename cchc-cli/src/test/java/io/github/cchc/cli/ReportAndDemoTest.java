package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAndDemoTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static final String PLAN = EXAMPLES.resolve("thai-binh-2024-plan.json").toString();
  private static final String INSPECTION = EXAMPLES.resolve("dong-thap-2024-inspection-plan.json").toString();
  private static final String ORG = EXAMPLES.resolve("org-dong-thap-2024.json").toString();

  @TempDir Path dir;

  @Test
  void reportWritesTheRequestedFormat() throws IOException {
    Path md = dir.resolve("phu-luc-i.md");
    Run run = Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--format", "md", "-o", md.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(md + "\n", run.out());
    assertTrue(Files.readString(md).startsWith("# Phụ lục I"));

    Path xlsx = dir.resolve("kiem-tra.xlsx");
    assertEquals(0, Run.of("report", "inspection", INSPECTION, "--org", ORG, "--format", "xlsx", "-o",
        xlsx.toString()).exitCode());
    byte[] bytes = Files.readAllBytes(xlsx);
    assertEquals('P', bytes[0]);
    assertEquals('K', bytes[1]);

    Path json = dir.resolve("kiem-tra.json");
    assertEquals(0, Run.of("report", "inspection", INSPECTION, "--org", ORG, "--format", "json", "--lang", "en",
        "-o", json.toString()).exitCode());
    new ObjectMapper().readTree(json.toFile());
  }

  @Test
  void csvOfSeveralTablesIsOneFilePerTable() {
    Path csv = dir.resolve("kiem-tra.csv");
    Run run = Run.of("report", "inspection", INSPECTION, "--org", ORG, "--format", "csv", "-o", csv.toString());
    assertEquals(0, run.exitCode(), run::toString);
    List<String> files = run.out().lines().toList();
    assertTrue(files.size() > 1, files::toString);
    for (String f : files) {
      assertTrue(f.startsWith(dir.resolve("kiem-tra-").toString()) && f.endsWith(".csv"), f);
      assertTrue(Files.exists(Path.of(f)), f);
    }
  }

  @Test
  void aReportNeedsAnOutputFile() {
    Run run = Run.of("report", "completed-tasks", PLAN, "--period", "2024");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--output"), run::toString);
  }

  @Test
  void everyReportCommandHasHelpWithAnExample() {
    for (String kind : new String[] {"completed-tasks", "statistics", "periodic", "inspection", "scorecard",
        "dashboard"}) {
      Run run = Run.of("report", kind, "--help");
      assertEquals(0, run.exitCode(), kind);
      assertTrue(run.out().contains("Example:"), kind);
      assertTrue(run.out().contains("md|html|csv|xlsx|json|docx"), kind);
      assertTrue(run.out().contains("--heading"), kind);
    }
  }

  @Test
  @DisplayName("Demo: mọi báo cáo ở mọi định dạng, index.html liên kết đến từng tệp")
  void demoWritesEveryReportInEveryFormatAndAnIndexLinkingThem() throws IOException {
    Path out = dir.resolve("demo");
    Run run = Run.of("demo", "--out", out.toString(), "--dossiers", "3000", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode summary = run.json();
    assertEquals(150, summary.get("organisation").get("COMMUNE").asInt());
    assertEquals(3000, summary.get("dossiers").get("rowsRead").asInt());
    assertEquals(0, summary.get("dossiers").get("rowsRejected").asInt());
    assertTrue(summary.get("inspection").get("coverageSatisfied").asBoolean());
    assertEquals(6, summary.get("reports").asInt());
    Path index = Path.of(summary.get("index").asText());
    assertEquals(out.resolve("index.html").toAbsolutePath().normalize(), index);

    String html = Files.readString(index, StandardCharsets.UTF_8);
    assertTrue(html.contains("<li>Tổ chức: 185 đơn vị: 18 sở, ban, ngành; 8 huyện, thành phố; 150 xã"), html);
    Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
    int count = 0;
    while (links.find()) {
      assertTrue(Files.size(out.resolve(links.group(1))) > 0, links.group(1));
      count++;
    }
    try (Stream<Path> reports = Files.list(out.resolve("reports"))) {
      List<Path> files = reports.toList();
      assertEquals(summary.get("files").asInt(), files.size());
      for (String ext : new String[] {".md", ".html", ".csv", ".xlsx", ".json", ".docx"}) {
        assertEquals(6, files.stream().map(Path::toString).filter(f -> f.endsWith(ext))
            .map(f -> f.replaceFirst("-\\d\\d-[^/]*\\.csv$", ".csv")).distinct().count(), ext);
      }
      assertTrue(count >= files.size(), "every report file is linked");
      assertTrue(html.contains(".docx\""), "the index links the Word documents");
    }
    // The demo writes its heading as an example of the heading file, which the commands read.
    Path heading = out.resolve("data").resolve("heading-thai-binh-2024.json");
    Path docx = dir.resolve("phu-luc-i.docx");
    Run withHeading = Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--heading", heading.toString(),
        "-o", docx.toString());
    assertEquals(0, withHeading.exitCode(), withHeading::toString);
    assertEquals("", withHeading.err(), "no log line from the Word library");
  }

  @Test
  void theDemoIsDeterministicAndItsDataFeedsTheCommands() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Run first = Run.of("demo", "--out", a.toString(), "--dossiers", "2000", "--lang", "en");
    Run second = Run.of("demo", "--out", b.toString(), "--dossiers", "2000", "--lang", "en");
    assertEquals(0, first.exitCode(), first::toString);
    assertEquals(withoutTimeAndPaths(first.out()), withoutTimeAndPaths(second.out()));
    assertTrue(first.out().contains("Open "), first::toString);
    for (String name : new String[] {"dossiers-2023-2024.csv", "org-thai-binh-demo.json",
        "inspection-plan-2024.json", "assessments-2024.json"}) {
      assertEquals(Files.readString(a.resolve("data").resolve(name)), Files.readString(b.resolve("data").resolve(name)),
          name);
    }
    Path data = a.resolve("data");
    Run coverage = Run.of("coverage", data.resolve("inspection-plan-2024.json").toString(), "--org",
        data.resolve("org-thai-binh-demo.json").toString());
    assertEquals(0, coverage.exitCode(), coverage::toString);
    Run indicators = Run.of("indicators", data.resolve("dossiers-2023-2024.csv").toString(), "--org",
        data.resolve("org-thai-binh-demo.json").toString(), "--period", "2024Q1", "--rollup");
    assertEquals(0, indicators.exitCode(), indicators::toString);
    Run validate = Run.of("validate", data.resolve("thai-binh-2024-plan-tracked.json").toString());
    assertEquals(1, validate.exitCode(), "the real plan's missing product stays an error");
    assertFalse(validate.out().isEmpty());
  }

  private static String withoutTimeAndPaths(String summary) {
    return summary.lines().filter(l -> !l.contains("Time:") && !l.startsWith("Open ") && !l.contains("Reports:"))
        .reduce("", (x, y) -> x + y + "\n");
  }
}
