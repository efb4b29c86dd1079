package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command end to end through picocli, on the project's example files. */
class CommandsTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static final String PLAN = EXAMPLES.resolve("thai-binh-2024-plan.json").toString();
  private static final String INSPECTION = EXAMPLES.resolve("dong-thap-2024-inspection-plan.json").toString();
  private static final String ORG = EXAMPLES.resolve("org-dong-thap-2024.json").toString();

  @TempDir Path dir;

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("Kế hoạch Thái Bình 2024: thiếu sản phẩm ở VI.2 là lỗi, nên mã thoát là 1")
  void validateTheThaiBinhPlanFindsItsRealDefects() {
    Run run = Run.of("validate", PLAN, "--format", "json");
    assertEquals(1, run.exitCode(), run::toString);
    JsonNode json = run.json();
    assertFalse(json.get("valid").asBoolean());
    assertEquals(2024, json.get("year").asInt());
    List<String> rules = new ArrayList<>();
    json.get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
    assertTrue(rules.contains("task.output-required"), rules::toString);
    assertTrue(rules.contains("task.code-missing"), rules::toString);
    assertTrue(rules.contains("task.code-duplicate"), rules::toString);
    assertEquals("tasks[32].outputs", json.get("findings").get(0).get("path").asText());
  }

  @Test
  void validateTextIsVietnameseByDefaultAndEnglishOnRequest() {
    assertTrue(Run.of("validate", PLAN).out().contains("KHÔNG HỢP LỆ"));
    assertTrue(Run.of("validate", PLAN, "--lang", "en").out().contains("INVALID"));
  }

  @Test
  void aBrokenPlanFileIsOneLineNamingFileLineAndColumn() throws IOException {
    Path broken = write("broken-plan.json", "{\n  \"year\": 2024,\n  \"tasks\": [ {\"title\": } ]\n}\n");
    Run run = Run.of("validate", broken.toString());
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cchc: " + broken + ":3:"), run::toString);
  }

  @Test
  void aMissingFileIsBadInput() {
    Run run = Run.of("validate", dir.resolve("nope.json").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("nope.json: không có tệp này"), run::toString);
  }

  @Test
  @DisplayName("Đồng Tháp 2024: các quy tắc theo đúng thứ tự trong kế hoạch")
  void coverageJsonHasTheRulesInPlanOrder() {
    Run run = Run.of("coverage", INSPECTION, "--org", ORG, "--format", "json");
    JsonNode json = run.json();
    assertEquals(json.get("satisfied").asBoolean() ? 0 : 1, run.exitCode(), run::toString);
    JsonNode rules = json.get("rules");
    assertEquals(3, rules.size());
    assertEquals("share", rules.get(0).get("rule").asText());
    assertEquals("perParent", rules.get(1).get("rule").asText());
    assertEquals("share", rules.get(2).get("rule").asText());
    for (JsonNode rule : rules) {
      for (String field : new String[] {"satisfied", "population", "required", "actual", "missing"}) {
        assertTrue(rule.has(field), field);
      }
    }
    // 50% of 20 departments is 10.
    assertEquals(10, rules.get(2).get("required").asInt());
  }

  @Test
  void aProposalMeetsEveryRuleAndItsTargetsPassTheCheck() throws IOException {
    Path history = write("history.json", "{\"history\": [{\"unit\": \"DT-SNV\", \"year\": 2023}, "
        + "{\"unit\": \"DT-STC\", \"year\": 2022, \"form\": \"SURPRISE\"}]}");
    Run run = Run.of("propose", "--org", ORG, "--rules", INSPECTION, "--history", history.toString(),
        "--seed", "7", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode json = run.json();
    assertTrue(json.get("feasible").asBoolean());
    assertTrue(json.get("verdict").get("satisfied").asBoolean());
    assertTrue(json.get("targets").size() > 0);
    assertEquals(run.out(), Run.of("propose", "--org", ORG, "--rules", INSPECTION, "--history",
        history.toString(), "--seed", "7", "--format", "json").out(), "same seed, same proposal");
  }

  @Test
  void aHistoryWithAnUnknownFieldNamesFileLineAndColumn() throws IOException {
    Path history = write("history.json", "{\"history\": [\n  {\"unit\": \"DT-SNV\", \"yeer\": 2023}]}");
    Run run = Run.of("propose", "--org", ORG, "--rules", INSPECTION, "--history", history.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cchc: " + history + ":2:"), run::toString);
    assertTrue(run.err().contains("$.history[0]"), run::toString);
    Path old = write("old-history.json", "{\"inspections\": [{\"unit\": \"DT-SNV\", \"year\": 2023}]}");
    Run wrong = Run.of("propose", "--org", ORG, "--rules", INSPECTION, "--history", old.toString(), "--lang", "en");
    assertEquals(2, wrong.exitCode(), wrong::toString);
    assertTrue(wrong.err().contains("unknown field \"inspections\"") && wrong.err().contains("history"),
        wrong::toString);
    assertFalse(run.err().contains("DeserializationFeature"), run::toString);
  }

  @Test
  void aBrokenOrgFileNamesItsLineAndColumn() throws IOException {
    Path org = write("org.json", "{\"units\": [\n  {\"id\": \"DT\", \"name\": \"Tỉnh\", \"kind\": \"PROVINCE\"},\n"
        + "  {\"id\": \"DT-X\", \"name\": \"Sở X\", \"kind\": \"SỞ\"}]}");
    Run run = Run.of("coverage", INSPECTION, "--org", org.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cchc: " + org + ":3:"), run::toString);
    assertTrue(run.err().contains("$.units[1].kind"), run::toString);
  }

  @Test
  void aDossierFileWithoutARequiredColumnIsRejectedAsAWhole() throws IOException {
    Path csv = write("no-due.csv", "id,unit,received,finished,channel\nA1,DT-SNV,2024-03-05,,DIRECT\n");
    Run run = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cchc: " + csv + ":1: "), run::toString);
  }

  @Test
  void aContradictionBetweenIncludeAndExcludeIsExitCodeOne() {
    Run run = Run.of("propose", "--org", ORG, "--rules", INSPECTION, "--include", "DT-SNV", "--exclude", "DT-SNV",
        "--format", "json");
    assertEquals(1, run.exitCode(), run::toString);
    assertFalse(run.json().get("feasible").asBoolean());
    assertTrue(run.json().get("conflicts").size() > 0);
  }

  @Test
  void scheduleVisitsFallOnWorkingDaysInTheWindow() {
    Run run = Run.of("schedule", INSPECTION, "--org", ORG, "--teams", "2", "--days", "2", "--blackout",
        "2024-04-02", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode visits = run.json().get("visits");
    assertTrue(visits.size() > 0);
    var calendar = io.github.cchc.core.calendar.WorkingCalendar.standard();
    for (JsonNode v : visits) {
      var start = java.time.LocalDate.parse(v.get("start").asText());
      var end = java.time.LocalDate.parse(v.get("end").asText());
      assertTrue(calendar.isWorkingDay(start) && calendar.isWorkingDay(end), v::toString);
      assertFalse(start.isBefore(java.time.LocalDate.of(2024, 4, 1)) || end.isAfter(
          java.time.LocalDate.of(2024, 9, 30)), v::toString);
      assertFalse(v.get("start").asText().equals("2024-04-02"), v::toString);
      assertEquals(2, v.get("workingDays").asInt());
    }
  }

  @Test
  void aWindowTooShortIsExplainedWithExitCodeOne() {
    Run run = Run.of("schedule", INSPECTION, "--teams", "1", "--days", "8", "--lang", "en");
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("do not fit"), run::toString);
  }

  @Test
  void indicatorsListRejectedRowsWithLineNumbersAndExitOne() throws IOException {
    Path csv = resource("dossiers-bad-rows.csv");
    Run run = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024Q1", "--format", "json");
    assertEquals(1, run.exitCode(), run::toString);
    JsonNode json = run.json();
    assertEquals("2024Q1", json.get("period").asText());
    assertEquals(2, json.get("rowsRejected").asInt());
    List<Integer> lines = new ArrayList<>();
    json.get("rejected").forEach(r -> r.get("lines").forEach(l -> lines.add(l.asInt())));
    assertTrue(lines.containsAll(List.of(5, 6)), lines::toString);
    JsonNode first = json.get("units").get(0);
    assertEquals("DT-SNV", first.get("unit").asText());
    assertEquals(1, first.get("indicators").get("dossiers.received").asInt());
    assertEquals(1, first.get("indicators").get("dossiers.pendingOverdue").asInt());
  }

  @Test
  @DisplayName("Tổng hợp lên cấp trên: tỉnh bằng tổng các đơn vị trực thuộc")
  void indicatorsRollupShowsEveryAncestorWithSummedFigures() throws IOException {
    Path csv = resource("dossiers-bad-rows.csv");
    JsonNode units = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024Q1", "--rollup",
        "--format", "json").json().get("units");
    List<String> ids = new ArrayList<>();
    units.forEach(u -> ids.add(u.get("unit").asText()));
    assertEquals(List.of("DT", "DT-SNV", "DT-CL", "DT-CL-P1"), ids);
    JsonNode province = units.get(0).get("indicators");
    assertEquals(3, province.get("dossiers.received").asInt());
    assertEquals(1, province.get("dossiers.finishedOnTime").asInt());
    assertEquals(2, province.get("dossiers.onTimeRate").get("denominator").asInt());
  }

  @Test
  void aCleanDossierFileExitsZero() throws IOException {
    Path csv = write("clean.csv", "Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hẹn trả,Ngày hoàn thành,Hình thức nộp\n"
        + "A1,DT-SNV,05/03/2024,20/03/2024,19/03/2024,trực tuyến toàn trình\n");
    Run run = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024-03", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(1, run.json().get("units").get(0).get("indicators").get("dossiers.finishedOnTime").asInt());
  }

  @Test
  void aBadPeriodIsAUsageError() throws IOException {
    Path csv = resource("dossiers-bad-rows.csv");
    Run run = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024Q5");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("--period: giá trị '2024Q5': Số thứ tự của quý phải từ 1 đến 4, gặp 5"),
        run::toString);
    assertTrue(!run.err().contains("java.time"), run::toString);
  }

  @Test
  @DisplayName("Xếp hạng ba sở: đồng hạng được cùng thứ hạng, có thay đổi so với năm trước")
  void scoreRanksTheUnitsWithChange() throws IOException {
    Path y2024 = resource("assessments-2024.json");
    Path y2023 = resource("assessments-2023.json");
    Run run = Run.of("score", "builtin:example-department", y2024.toString(), "--previous", y2023.toString(),
        "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode units = run.json().get("units");
    assertEquals(3, units.size());
    int previousRank = 0;
    double previousIndex = Double.MAX_VALUE;
    for (JsonNode u : units) {
      assertTrue(u.get("rank").asInt() >= previousRank);
      assertTrue(u.get("index").asDouble() <= previousIndex);
      assertTrue(u.has("classification") && u.has("change"));
      previousRank = u.get("rank").asInt();
      previousIndex = u.get("index").asDouble();
    }
  }

  @Test
  void aBrokenAssessmentsFileNamesTheFile() throws IOException {
    Path broken = write("assessments.json", "{\"assessments\": [\n  {\"unit\": 1,, }]}");
    Run run = Run.of("score", "builtin:example-department", broken.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cchc: " + broken + ":2:"), run::toString);
  }

  @Test
  void aTruncatedAssessmentsFileSaysWhereTheDocumentIsBrokenInOneCleanLine() throws IOException {
    Path broken = write("truncated.json", "{\"assessments\": [");
    Run run = Run.of("score", "builtin:example-department", broken.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cchc: " + broken + ":1:"), run::toString);
    assertTrue(run.err().contains(": $.assessments: tài liệu kết thúc khi mảng mở ở dòng 1, cột 17 chưa được đóng"),
        run::toString);
    assertTrue(!run.err().contains("Unexpected end-of-input"), run::toString);
    assertTrue(!run.err().contains("Source:"), run::toString);
  }

  @Test
  void theToolWithoutACommandIsAUsageErrorAndItsHelpListsEveryCommand() {
    Run none = Run.of();
    assertEquals(2, none.exitCode());
    assertEquals(1, none.err().lines().count(), none::toString);
    Run help = Run.of("--help");
    assertEquals(0, help.exitCode());
    for (String command : new String[] {"validate", "coverage", "propose", "schedule", "calendar", "indicators",
        "score", "report", "demo"}) {
      assertTrue(help.out().contains("\n  " + command + " "), command);
    }
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : new String[] {"validate", "coverage", "propose", "schedule", "indicators", "score",
        "demo"}) {
      Run run = Run.of(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().contains("Example:"), command);
      assertTrue(run.out().contains("--format"), command);
    }
  }
}
