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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phụ lục II from the CLI and the demo: every row the inputs can fill is filled, in the seed's layout, no other row. */
class PhuLucIICommandTest {

  /** The rows the issue found blank although the data is there. */
  private static final List<String> ONCE_BLANK = List.of("I.1.1", "I.1.2", "2.4.1", "2.4.2", "2.4.3", "2.4.7",
      "2.4.8", "6.6.3", "6.6.4", "6.6.5", "6.7.2");

  @TempDir static Path dir;
  static Path out;
  static Path data;
  static JsonNode summary;

  @BeforeAll
  static void demo() {
    out = dir.resolve("demo");
    Run run = Run.of("demo", "--out", out.toString(), "--dossiers", "3000", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    summary = run.json();
    data = out.resolve("data");
  }

  private static String arg(String name) {
    return data.resolve(name).toString();
  }

  /** The rows of the first table of a JSON report, by the text of their STT cell (the second 6.1 row left out). */
  static Map<String, JsonNode> rows(Path json) throws IOException {
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    JsonNode table = report.get("blocks").get(0);
    if (!"table".equals(table.get("type").asText())) {
      throw new AssertionError("no table first in " + json);
    }
    Map<String, JsonNode> rows = new HashMap<>();
    for (JsonNode row : table.get("rows")) {
      rows.putIfAbsent(row.get("cells").get(0).path("text").asText(), row);
    }
    rows.put("", table); // the whole table, for its row count
    return rows;
  }

  private static String text(JsonNode row, int cell) {
    return row.get("cells").get(cell).path("text").asText();
  }

  @Test
  @DisplayName("Tái hiện của issue: report statistics … --format md cho dòng 2.4.1 có số liệu")
  void theIssuesReproductionGivesAFilledRow() throws IOException {
    Path md = dir.resolve("pl2.md");
    Run run = Run.of("report", "statistics", arg("dossiers-2023-2024.csv"), "--org", arg("org-thai-binh-demo.json"),
        "--unit", "TB", "--year", "2024", "--format", "md", "-o", md.toString());
    assertEquals(0, run.exitCode(), run::toString);
    List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
    String row = lines.stream().filter(l -> l.startsWith("| 2.4.1 ")).findFirst().orElseThrow();
    assertTrue(row.matches("\\| 2\\.4\\.1 \\| Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hạn \\| \\.\\.\\. hồ sơ = "
        + "\\.\\.\\.% \\| [0-9.]+ hồ sơ = [0-9,]+% \\| [0-9.]+ hồ sơ = [0-9,]+% \\|  \\|"), row);
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("| tasks.") || l.startsWith("| dossiers.")), md::toString);
    assertEquals(139 + 2, lines.stream().filter(l -> l.startsWith("| ")).count(), "header, rule and the 139 rows");
  }

  @Test
  @DisplayName("Demo: mọi dòng có dữ liệu đều được điền; số liệu khớp với dữ liệu demo")
  void theDemosAppendixFillsEveryRowItsDataCanFillWithTheDemosFigures() throws IOException {
    Map<String, JsonNode> rows = rows(out.resolve("reports").resolve("02-phu-luc-ii-thong-ke.json"));
    assertEquals(139, rows.get("").get("rows").size());
    for (String code : ONCE_BLANK) {
      assertFalse(text(rows.get(code), 4).isEmpty(), code);
    }
    // Rows from the plan, the inspection plan and its findings, as the demo's files hold them.
    JsonNode plan = new ObjectMapper().readTree(data.resolve("thai-binh-2024-plan-tracked.json").toFile());
    assertEquals(plan.get("tasks").size(), rows.get("I.1.1").get("cells").get(4).get("value").asInt());
    assertEquals(summary.get("plan").get("tasks").asInt(), rows.get("I.1.1").get("cells").get(4).get("value").asInt());
    JsonNode inspection = new ObjectMapper().readTree(data.resolve("inspection-plan-2024.json").toFile());
    assertEquals(inspection.get("targets").size(), rows.get("I.2.1").get("cells").get(4).get("value").asInt());
    assertEquals(inspection.get("findings").size(), rows.get("I.2.3").get("cells").get(4).get("value").asInt());
    long remediated = 0;
    for (JsonNode f : inspection.get("findings")) {
      remediated += "REMEDIATED".equals(f.get("status").asText()) ? 1 : 0;
    }
    assertEquals(remediated, rows.get("I.2.4").get("cells").get(4).get("value").asLong());
    // The on-time share of 2.4.1 is the summary's on-time percentage; the count and share cell keeps both.
    JsonNode onTime = rows.get("2.4.1").get("cells").get(4);
    assertEquals("COUNT_WITH_SHARE", onTime.get("type").asText());
    assertEquals(summary.get("dossiers").get("onTimePercent").decimalValue().compareTo(
        onTime.get("percent").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP)), 0);
    // Rows of the observations file, in their units' forms.
    assertEquals("6/410", text(rows.get("2.4.4"), 4));
    assertEquals("240/185", text(rows.get("6.7.1"), 4));
    assertEquals("18/18", text(rows.get("6.5.1"), 4));
    assertEquals("Cần tệp số liệu bổ sung", text(rows.get("1.1"), 5));
  }

  @Test
  @DisplayName("statistics với --plan, --inspection-plan, --observations; tệp số liệu thay số tính được, có cảnh báo")
  void statisticsTakesThePlanTheInspectionPlanAndObservationsFiles() throws IOException {
    Path extra = dir.resolve("so-lieu.csv");
    Files.writeString(extra, "code,unit,period,value\n2.4.1,TB,2024,10/20\nI.3.1,TB,2023,7\n", StandardCharsets.UTF_8);
    Path json = dir.resolve("pl2.json");
    Run run = Run.of("report", "statistics", arg("dossiers-2023-2024.csv"), "--org", arg("org-thai-binh-demo.json"),
        "--unit", "TB", "--year", "2024", "--plan", arg("thai-binh-2024-plan-tracked.json"), "--inspection-plan",
        arg("inspection-plan-2024.json"), "--observations", arg("so-lieu-bo-sung-2024.csv"), "--observations",
        extra.toString(), "--format", "json", "-o", json.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains("tệp số liệu bổ sung thay số liệu tính được: 2.4.1 TB 2024"), run::toString);
    Map<String, JsonNode> rows = rows(json);
    assertEquals("10 hồ sơ = 50%", text(rows.get("2.4.1"), 4));
    assertEquals("7", text(rows.get("I.3.1"), 3));
    assertEquals("38", text(rows.get("I.1.3"), 3), "from the demo's file");
    for (String code : List.of("I.1.1", "I.1.2", "I.2.1", "I.2.2", "I.2.3", "I.2.4", "2.4.4", "6.7.1")) {
      assertFalse(text(rows.get(code), 4).isEmpty(), code);
    }
    // Two files giving the same figure are not added up.
    Files.writeString(extra, "code,unit,period,value\nI.1.3,TB,2023Q4,7\n", StandardCharsets.UTF_8);
    Run twice = Run.of("report", "statistics", "--org", arg("org-thai-binh-demo.json"), "--unit", "TB", "--year",
        "2024", "--observations", arg("so-lieu-bo-sung-2024.csv"), "--observations", extra.toString(), "-o",
        json.toString());
    assertEquals(2, twice.exitCode(), twice::toString);
    assertEquals("cchc: " + extra + ": chỉ tiêu I.1.3 của đơn vị TB kỳ 2023Q4 đã có trong tệp số liệu trước (kỳ "
        + "2023); mỗi số liệu chỉ ghi ở một tệp\n", twice.err());
    // Without the dossiers, the dossier rows stay blank and say what they need.
    Run none = Run.of("report", "statistics", "--org", arg("org-thai-binh-demo.json"), "--unit", "TB", "--year",
        "2024", "--format", "json", "-o", json.toString());
    assertEquals(0, none.exitCode(), none::toString);
    assertEquals("Cần dữ liệu hồ sơ TTHC", text(rows(json).get("2.4.1"), 5));
  }

  @Test
  @DisplayName("Lỗi trong tệp số liệu: một dòng, tệp:dòng:cột, tiếng Việt hoặc tiếng Anh")
  void aBadObservationsFileIsOneLineNamingItsPlaceInEitherLanguage() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "code,unit,period,value\n2.4.4,TB,2024,3\n", StandardCharsets.UTF_8);
    String[] args = {"report", "statistics", "--org", arg("org-thai-binh-demo.json"), "--unit", "TB", "--year", "2024",
        "--observations", bad.toString(), "-o", dir.resolve("x.md").toString()};
    Run vi = Run.of(args);
    assertEquals(2, vi.exitCode(), vi::toString);
    assertEquals("cchc: " + bad + ":2:4: value: chỉ tiêu 2.4.4 cần hai số a/b (như 3/120), gặp '3'\n", vi.err());
    String[] en = java.util.Arrays.copyOf(args, args.length + 2);
    en[args.length] = "--lang";
    en[args.length + 1] = "en";
    Run english = Run.of(en);
    assertEquals("cchc: " + bad + ":2:4: value: indicator 2.4.4 needs two whole numbers a/b (such as 3/120), found '3'\n",
        english.err());
    Files.writeString(bad, "code,unit,period,value\nI.1.3,XX,2024,3\n", StandardCharsets.UTF_8);
    Run unit = Run.of(args);
    assertTrue(unit.err().contains(":2:2: unit: đơn vị không có trong danh mục đơn vị: 'XX'"), unit::toString);
  }

  @Test
  @DisplayName("Báo cáo định kỳ: Phụ lục II từ kế hoạch, hồ sơ, kế hoạch kiểm tra và tệp số liệu")
  void thePeriodicReportsAppendixTakesTheSameInputs() throws IOException {
    Path md = dir.resolve("bao-cao.md");
    Run run = Run.of("report", "periodic", arg("thai-binh-2024-plan-tracked.json"), "--period", "2024",
        "--dossiers", arg("dossiers-2023-2024.csv"), "--org", arg("org-thai-binh-demo.json"), "--unit", "TB",
        "--inspection-plan", arg("inspection-plan-2024.json"), "--observations", arg("so-lieu-bo-sung-2024.csv"),
        "--format", "md", "-o", md.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(text.contains("### III. Phương hướng nhiệm vụ trong thời gian tới"), text);
    assertTrue(text.contains("### IV. Đề xuất, kiến nghị"), text);
    assertFalse(text.contains("Phần III"), text);
    assertTrue(text.contains("(kèm theo Báo cáo số ...../BC-... ngày .../.../ 2024 của ...)"), text);
    String demo = Files.readString(out.resolve("reports").resolve("02-phu-luc-ii-thong-ke.md"), StandardCharsets.UTF_8);
    for (String code : ONCE_BLANK) {
      String line = text.lines().filter(l -> l.startsWith("| " + code + " ")).findFirst().orElseThrow();
      assertTrue(demo.contains(line), "the periodic report's " + code + " is the demo appendix's: " + line);
    }
    Run needsUnit = Run.of("report", "periodic", arg("thai-binh-2024-plan-tracked.json"), "--period", "2024",
        "--observations", arg("so-lieu-bo-sung-2024.csv"), "-o", md.toString());
    assertEquals(2, needsUnit.exitCode(), needsUnit::toString);
  }
}
