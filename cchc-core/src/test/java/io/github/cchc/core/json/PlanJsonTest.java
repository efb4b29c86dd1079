package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {

  /** A small plan; {@code TASK} is replaced by the test's task fields. */
  static final String TEMPLATE = """
      {
        "number": "12/KH-UBND",
        "issuer": "Ủy ban nhân dân xã Vũ Quý",
        "place": "Kiến Xương",
        "issueDate": "2024-01-20",
        "year": 2024,
        "title": "Cải cách hành chính năm 2024",
        "tasks": [
          {
            TASK
          }
        ]
      }
      """;

  static final String GOOD_TASK = """
      "code": "1",
            "area": "DIRECTION",
            "title": "Kế hoạch CCHC năm 2024",
            "outputs": ["Kế hoạch của UBND xã"],
            "leads": [{"unit": "TB-KX-VQ"}],
            "coordinators": [{"group": "Các ban, ngành, đoàn thể xã"}],
            "timeframe": "Quý I/2024\"""";

  private static String plan(String taskFields) {
    return TEMPLATE.replace("TASK", taskFields);
  }

  private static InputFormatException failure(String json) {
    return assertThrows(InputFormatException.class, () -> PlanJson.read(json, "plan.json"));
  }

  @Test
  void aSmallPlanIsRead() {
    Plan plan = PlanJson.read(plan(GOOD_TASK));
    Task task = plan.tasks().get(0);

    assertEquals("12/KH-UBND", plan.number().toString());
    assertEquals(LocalDate.of(2024, 1, 20), plan.issueDate().orElseThrow());
    assertEquals(ReformArea.DIRECTION, task.area());
    assertEquals(List.of(AgencyRef.unit("TB-KX-VQ")), task.leads());
    assertEquals(List.of(AgencyRef.group("Các ban, ngành, đoàn thể xã")), task.coordinators());
    assertEquals(LocalDate.of(2024, 3, 31), task.dueDate().orElseThrow());
    assertEquals(TaskStatus.NOT_STARTED, task.status());
    assertTrue(task.timeframeText().isEmpty());
  }

  @Test
  void readsFromEverySourceAndWritesToEverySink(@TempDir Path dir) {
    Plan plan = PlanJson.read(plan(GOOD_TASK));
    Path file = dir.resolve("plan.json");
    PlanJson.write(plan, file);
    StringWriter writer = new StringWriter();
    PlanJson.write(plan, writer);

    assertEquals(plan, PlanJson.read(file));
    assertEquals(plan, PlanJson.read(new StringReader(writer.toString()), "reader"));
    assertEquals(plan, PlanJson.read(
        new ByteArrayInputStream(PlanJson.write(plan).getBytes(StandardCharsets.UTF_8)), "stream"));
  }

  @Test
  void trackingIsReadAndWritten() {
    Plan plan = PlanJson.read(plan(GOOD_TASK + """
        ,
              "status": "DONE",
              "completionDate": "2024-02-02",
              "completion": {"number": "15/KH-UBND", "date": "2024-02-02", "summary": "Kế hoạch CCHC năm 2024"}"""));
    Task task = plan.tasks().get(0);

    assertEquals(TaskStatus.DONE, task.status());
    assertEquals("15/KH-UBND", task.completion().orElseThrow().number().toString());
    assertEquals(plan, PlanJson.read(PlanJson.write(plan)));
  }

  @Test
  void aMerelyBadPlanIsReadAndLeftToTheValidator() {
    Plan plan = PlanJson.read(plan("""
        "area": "DIRECTION",
              "title": " ",
              "outputs": []"""));
    assertTrue(PlanValidator.validate(plan).stream().anyMatch(f -> f.path().equals("tasks[0].title")));
    assertTrue(PlanValidator.validate(plan).stream().anyMatch(f -> f.path().equals("tasks[0].outputs")));
  }

  @Test
  @org.junit.jupiter.api.DisplayName("Dự thảo: \"Số: /KH-UBND\", chưa có ngày ban hành")
  void aDraftWithABlankNumberAndNoDateIsRead() {
    Plan draft = PlanJson.read(plan(GOOD_TASK).replace("12/KH-UBND", "/KH-UBND")
        .replace("\"issueDate\": \"2024-01-20\",", ""));

    assertTrue(draft.isDraft());
    assertTrue(draft.number().isDraft());
    assertEquals(draft, PlanJson.read(PlanJson.write(draft)));
    assertTrue(PlanValidator.validate(draft).stream().anyMatch(f ->
        f.ruleId().equals(PlanValidator.RULE_ISSUED_BY_31_JANUARY)
            && f.severity() == io.github.cchc.core.finding.Severity.INFO));
  }

  @Test
  void malformedJsonNamesTheLine() {
    InputFormatException e = failure(plan(GOOD_TASK).replace("\"year\": 2024,", "\"year\": 2024"));
    assertEquals(7, e.line());
    assertEquals("unexpected character '\"'; expected a comma or '}'", e.problem());
    assertEquals("ký tự '\"' không đúng chỗ; cần dấu phẩy hoặc '}'", e.problem(java.util.Locale.forLanguageTag("vi")));
  }

  @Test
  void aTruncatedDocumentSaysWhereTheOpenBracketIsInOurWords() {
    InputFormatException e = failure("{\"year\": 2024, \"tasks\": [");
    assertEquals("the document ends before the array opened at line 1, column 25 is closed with ']'", e.problem());
    assertTrue(!e.getMessage().contains("Source:") && !e.getMessage().contains("REDACTED"), e.getMessage());
  }

  @Test
  void aWrongTypeIsNamed() {
    InputFormatException e = failure(plan(GOOD_TASK).replace("\"year\": 2024", "\"year\": \"2024\""));
    assertEquals("$.year", e.path());
    assertEquals(6, e.line());
    assertTrue(e.problem().contains("expected an integer, found a string"), e.problem());

    InputFormatException outputs = failure(plan(GOOD_TASK.replace("[\"Kế hoạch của UBND xã\"]", "\"Kế hoạch\"")));
    assertEquals("$.tasks[0].outputs", outputs.path());
    assertTrue(outputs.problem().contains("expected an array"), outputs.problem());
  }

  @Test
  void anUnknownAreaListsTheAllowedValues() {
    InputFormatException e = failure(plan(GOOD_TASK.replace("DIRECTION", "VIII")));
    assertEquals("$.tasks[0].area", e.path());
    assertEquals(11, e.line());
    assertTrue(e.problem().contains("\"VIII\"") && e.problem().contains("DIRECTION, INSTITUTIONS"), e.problem());
  }

  @Test
  void anUnknownStatusListsTheAllowedValues() {
    InputFormatException e = failure(plan(GOOD_TASK + ",\n\"status\": \"FINISHED\""));
    assertEquals("$.tasks[0].status", e.path());
    assertTrue(e.problem().contains("NOT_STARTED, IN_PROGRESS, DONE, CANCELLED"), e.problem());
  }

  @Test
  void anUnknownFieldIsRejected() {
    InputFormatException e = failure(plan(GOOD_TASK + ",\n\"deadline\": \"2024-03-31\""));
    assertEquals("$.tasks[0].deadline", e.path());
    assertTrue(e.problem().contains("unknown field \"deadline\"") && e.problem().contains("timeframe"),
        e.problem());
  }

  @Test
  void anUnparseableTimeframeIsNamedWithItsLine() {
    InputFormatException e = failure(plan(GOOD_TASK.replace("Quý I/2024", "Mùa xuân năm sau")));
    assertEquals("$.tasks[0].timeframe", e.path());
    assertEquals(16, e.line());
    assertEquals("plan.json", e.source());
    assertTrue(e.problem().startsWith("Cannot read timeframe \"Mùa xuân năm sau\" at index 0"), e.problem());
    assertTrue(e.problem(Locale.forLanguageTag("vi")).startsWith("Không đọc được thời hạn \"Mùa xuân năm sau\""),
        e.problem(Locale.forLanguageTag("vi")));
    assertTrue(e.getMessage().startsWith("plan.json: $.tasks[0].timeframe (line 16, column "), e.getMessage());
  }

  @Test
  void anUnparseableDocumentNumberIsNamed() {
    InputFormatException e = failure(plan(GOOD_TASK).replace("12/KH-UBND", "kế hoạch mười hai"));
    assertEquals("$.number", e.path());
    assertEquals(2, e.line());
    assertTrue(e.problem().startsWith("Cannot read document number \"kế hoạch mười hai\""), e.problem());
  }

  @Test
  void anUnparseableLegalBasisIsNamed() {
    InputFormatException e = failure(plan(GOOD_TASK).replace("\"year\": 2024,",
        "\"year\": 2024,\n\"legalBases\": [\"Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ\", \"???\"],"));
    assertEquals("$.legalBases[1]", e.path());
    assertEquals(7, e.line());
  }

  @Test
  void aBadDateIsNamed() {
    InputFormatException e = failure(plan(GOOD_TASK).replace("2024-01-20", "20/01/2024"));
    assertEquals("$.issueDate", e.path());
    assertTrue(e.problem().contains("yyyy-MM-dd"), e.problem());
  }

  @Test
  void anAgencyIsEitherAUnitOrAGroup() {
    InputFormatException both = failure(plan(GOOD_TASK.replace("{\"unit\": \"TB-KX-VQ\"}",
        "{\"unit\": \"TB-KX-VQ\", \"group\": \"UBND xã\"}")));
    assertEquals("$.tasks[0].leads[0]", both.path());
    InputFormatException neither = failure(plan(GOOD_TASK.replace("{\"unit\": \"TB-KX-VQ\"}", "{}")));
    assertEquals("$.tasks[0].leads[0]", neither.path());
    InputFormatException blank = failure(plan(GOOD_TASK.replace("\"TB-KX-VQ\"", "\"\"")));
    assertEquals("$.tasks[0].leads[0].unit", blank.path());
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    InputFormatException e = failure(plan(GOOD_TASK).replace("\"title\": \"Cải cách hành chính năm 2024\",", ""));
    assertTrue(e.problem().contains("\"title\""), e.problem());
    InputFormatException area = failure(plan(GOOD_TASK.replace("\"area\": \"DIRECTION\",", "")));
    assertTrue(area.path().startsWith("$.tasks[0]"), area.path());
    assertTrue(area.problem().contains("\"area\""), area.problem());
  }

  @Test
  void aCompletionNeedsItsThreeFields() {
    InputFormatException e = failure(plan(GOOD_TASK
        + ",\n\"completion\": {\"number\": \"15/KH-UBND\", \"date\": \"2024-02-02\", \"summary\": \" \"}"));
    assertEquals("$.tasks[0].completion.summary", e.path());
  }

  @Test
  void aNullInAListIsRejected() {
    InputFormatException e = failure(plan(GOOD_TASK.replace("[\"Kế hoạch của UBND xã\"]",
        "[\"Kế hoạch của UBND xã\", null]")));
    assertEquals("$.tasks[0].outputs[1]", e.path());
  }

  @Test
  void decomposedTextIsReadAsNfc() {
    Plan plan = PlanJson.read(plan(GOOD_TASK).replace("Cải cách", "Ca\u0309i ca\u0301ch"));
    assertEquals("Cải cách hành chính năm 2024", plan.title());
  }
}
