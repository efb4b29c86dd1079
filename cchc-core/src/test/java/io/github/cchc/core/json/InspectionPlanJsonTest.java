package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.coverage.CountRule;
import io.github.cchc.core.coverage.DongThapFixture;
import io.github.cchc.core.coverage.IncludeRule;
import io.github.cchc.core.coverage.ParentSelection;
import io.github.cchc.core.coverage.PerParentRule;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.coverage.SubordinatesRule;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class InspectionPlanJsonTest {

  static final String ISSUE_EXAMPLE = """
      {"year": 2024,
       "coverage": [
        {"rule": "share", "kinds": ["DEPARTMENT"], "atLeastPercent": 50},
        {"rule": "share", "kinds": ["DEPARTMENT", "DISTRICT"], "moreThanPercent": 30},
        {"rule": "count", "kinds": ["COMMUNE"], "atLeast": 10},
        {"rule": "perParent", "kinds": ["COMMUNE"], "parentKinds": ["DISTRICT"], "min": 1, "max": 2, "parents": "ALL"},
        {"rule": "include", "units": ["SL-STC", "SL-MS"]},
        {"rule": "subordinates", "min": 2, "max": 3}],
       "targets": [{"unit": "DT-SNV"}, {"unit": "DT-CL", "subordinates": ["DT-CL-P1", "DT-CL-P2"]}]}
      """;

  /** The repository root, where docs/ lives. */
  static Path root() {
    return Examples.docs().toAbsolutePath().getParent();
  }

  @Test
  @DisplayName("The rule vocabulary of the issue is accepted exactly as written")
  void readsTheVocabularyAsWritten() {
    InspectionPlan plan = InspectionPlanJson.read(ISSUE_EXAMPLE);
    assertEquals(2024, plan.year());
    assertEquals(List.of(
        new ShareRule(Set.of(OrgKind.DEPARTMENT), java.util.Optional.empty(), BigDecimal.valueOf(50), false),
        new ShareRule(EnumSet.of(OrgKind.DEPARTMENT, OrgKind.DISTRICT), java.util.Optional.empty(),
            BigDecimal.valueOf(30), true),
        CountRule.atLeast(10, Set.of(OrgKind.COMMUNE)),
        new PerParentRule(Set.of(OrgKind.COMMUNE), Set.of(OrgKind.DISTRICT), 1, 2, ParentSelection.ALL),
        IncludeRule.of("SL-STC", "SL-MS"),
        SubordinatesRule.of(2, 3)), plan.coverage());
    assertEquals(List.of(InspectionTarget.of("DT-SNV"), InspectionTarget.of("DT-CL", List.of("DT-CL-P1", "DT-CL-P2"))),
        plan.targets());
    assertTrue(plan.team().isEmpty() && plan.window().isEmpty() && plan.timing().isEmpty());
  }

  @Test
  void writingAndReadingGivesThePlanBack() {
    InspectionPlan plan = InspectionPlanJson.read(ISSUE_EXAMPLE);
    assertEquals(plan, InspectionPlanJson.read(InspectionPlanJson.write(plan)));
    InspectionPlan dongThap = InspectionPlanJson.read(root().resolve(
        "docs/examples/dong-thap-2024-inspection-plan.json"));
    assertEquals(dongThap, InspectionPlanJson.read(InspectionPlanJson.write(dongThap)));
  }

  @Test
  @DisplayName("Kế hoạch kiểm tra CCHC Đồng Tháp 2024: the example file reads with its team, window and rules")
  void readsTheDongThapExample() {
    InspectionPlan plan = InspectionPlanJson.read(root().resolve(
        "docs/examples/dong-thap-2024-inspection-plan.json"));
    assertEquals(List.of(YearQuarter.of(2024, 2), YearQuarter.of(2024, 3)), plan.window().orElseThrow().quarters());
    assertEquals("Quý II, III năm 2024", plan.window().orElseThrow().label());
    assertEquals("DT-SNV", plan.team().orElseThrow().headAgency().orElseThrow());
    assertEquals(List.of("Ban Dân vận Tỉnh ủy", "Ban Pháp chế Hội đồng nhân dân Tỉnh"),
        plan.team().orElseThrow().observers());
    assertEquals(Set.of(InspectionForm.SELF, InspectionForm.DIRECT_ANNOUNCED, InspectionForm.ONLINE), plan.forms());
    assertEquals(3, plan.coverage().size());
  }

  @Test
  @DisplayName("The example org directory is the test fixture, written by OrgDirectoryJson")
  void theExampleDirectoryMatchesTheFixture() throws Exception {
    Path file = root().resolve("docs/examples/org-dong-thap-2024.json");
    OrgDirectory fixture = DongThapFixture.directory();
    if (Boolean.getBoolean("cchc.regenerate")) {
      OrgDirectoryJson.write(fixture, file);
    }
    assertEquals(OrgDirectoryJson.write(fixture), Files.readString(file));
    assertEquals(fixture, OrgDirectoryJson.read(file));
  }

  @Test
  @DisplayName("min above max is an error naming the rule index, path and line")
  void minAboveMaxNamesTheRule() {
    String json = """
        {"year": 2024,
         "coverage": [
          {"rule": "share", "kinds": ["DEPARTMENT"], "atLeastPercent": 50},
          {"rule": "perParent", "kinds": ["COMMUNE"], "parentKinds": ["DISTRICT"], "min": 3, "max": 2}],
         "targets": []}
        """;
    InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(json, "p.json"));
    assertEquals("$.coverage[1]", e.path());
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("p.json: $.coverage[1] (line 4, column"), e.getMessage());
    assertEquals("A 'perParent' rule has min 3 above max 2", e.problem());
  }

  @Test
  void bothPercentagesAreAnError() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read("""
        {"year": 2024, "targets": [], "coverage": [
          {"rule": "share", "kinds": ["DEPARTMENT"], "atLeastPercent": 50, "moreThanPercent": 30}]}
        """));
    assertEquals("$.coverage[0].moreThanPercent", e.path());
    assertTrue(e.problem().contains("not both"), e.problem());
  }

  @Test
  void percentagesOutsideTheRangeAreAnError() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read("""
        {"year": 2024, "targets": [], "coverage": [
          {"rule": "count", "kinds": ["COMMUNE"], "atLeast": 1},
          {"rule": "share", "kinds": ["DEPARTMENT"], "atLeastPercent": 120}]}
        """));
    assertEquals("$.coverage[1]", e.path());
    assertTrue(e.problem().contains("atLeastPercent 120, outside 0..100"), e.problem());
  }

  @Test
  void aFieldOfAnotherRuleIsAnError() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read("""
        {"year": 2024, "targets": [], "coverage": [{"rule": "include", "units": ["A"], "min": 1}]}
        """));
    assertEquals("$.coverage[0].min", e.path());
    assertEquals("unknown field \"min\"; the known fields are units", e.problem());
  }

  @Test
  void unknownFieldsRulesAndKindsAreErrors() {
    InputFormatException unknownField = assertThrows(InputFormatException.class,
        () -> InspectionPlanJson.read("{\"year\": 2024, \"coverage\": [], \"targets\": [], \"budget\": 1}"));
    assertEquals("$.budget", unknownField.path());
    InputFormatException unknownRule = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(
        "{\"year\": 2024, \"targets\": [], \"coverage\": [{\"rule\": \"most\"}]}"));
    assertEquals("$.coverage[0].rule", unknownRule.path());
    InputFormatException unknownKind = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(
        "{\"year\": 2024, \"targets\": [], \"coverage\": [{\"rule\": \"count\", \"kinds\": [\"WARD\"], "
            + "\"atLeast\": 1}]}"));
    assertEquals("$.coverage[0].kinds[0]", unknownKind.path());
    assertTrue(unknownKind.problem().startsWith("unknown value \"WARD\"; expected one of PROVINCE, DEPARTMENT"),
        unknownKind.problem());
    assertTrue(unknownRule.problem().startsWith("unknown rule \"most\"; expected one of share, count"),
        unknownRule.problem());
  }

  @Test
  void yearCoverageAndTargetsAreRequired() {
    for (String json : List.of("{\"coverage\": [], \"targets\": []}", "{\"year\": 2024, \"targets\": []}",
        "{\"year\": 2024, \"coverage\": []}")) {
      InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(json));
      assertTrue(e.problem().contains("required"), e.problem());
    }
  }

  @Test
  void aTargetListingASubordinateTwiceIsAnError() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(
        "{\"year\": 2024, \"coverage\": [], \"targets\": [{\"unit\": \"A\", \"subordinates\": [\"B\", \"B\"]}]}"));
    assertEquals("$.targets[0]", e.path());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @Test
  @DisplayName("Hà Nội 2023 (61/KH-UBND): header, legal basis, months window, report 3 working days ahead")
  void readsTheHaNoiHeader() {
    InspectionPlan plan = InspectionPlanJson.read("""
        {"number": "61/KH-UBND", "issuer": "UBND thành phố Hà Nội", "place": "Hà Nội", "issueDate": "2023-03-01",
         "legalBases": ["Quyết định số 280/QĐ-UBND ngày 11/01/2023 của UBND thành phố Hà Nội"],
         "year": 2023, "forms": ["DIRECT_ANNOUNCED", "SURPRISE", "DIGITAL_SYSTEMS", "REPORTS", "RE_INSPECTION"],
         "window": {"from": "2023-03-01", "to": "2023-12-31"},
         "timing": {"reportLead": {"days": 3, "type": "WORKING"}},
         "coverage": [], "targets": []}
        """);
    assertEquals("61/KH-UBND", plan.number().orElseThrow().toString());
    assertEquals(java.time.LocalDate.of(2023, 1, 11), plan.legalBases().get(0).date().orElseThrow());
    assertEquals("Từ 01/03/2023 đến 31/12/2023", plan.window().orElseThrow().label());
    assertEquals("3 working days", plan.timing().orElseThrow().reportLead().orElseThrow().toString());
    assertEquals(plan, InspectionPlanJson.read(InspectionPlanJson.write(plan)));
  }

  @Test
  void aBadNumberNamesItsPath() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(
        "{\"number\": \"KH UBND\", \"year\": 2024, \"coverage\": [], \"targets\": []}"));
    assertEquals("$.number", e.path());
    assertEquals(1, e.line());
  }

  @Test
  void readsThePlannersInputs() {
    InspectionPlan plan = InspectionPlanJson.read(ISSUE_EXAMPLE);
    io.github.cchc.core.coverage.PlanningRequest r = InspectionPlanJson.readPlanningRequest("""
        {"history": [{"unit": "DT-STC", "year": 2023}, {"unit": "DT-SYT", "year": 2022, "form": "SURPRISE"}],
         "signals": {"DT-STC": {"procedures": 120, "openFindings": 2}},
         "weights": {"procedures": 1, "openFindings": 10.5},
         "mustInclude": ["DT-SNV"], "mustExclude": ["DT-CA"], "seed": 2024}
        """, "h.json", plan.coverage(), java.time.LocalDate.of(2024, 4, 1));
    assertEquals(plan.coverage(), r.rules());
    assertEquals(List.of(io.github.cchc.core.coverage.PastInspection.of("DT-STC", 2023),
        new io.github.cchc.core.coverage.PastInspection("DT-SYT", 2022, InspectionForm.SURPRISE)), r.history());
    assertEquals(new BigDecimal("10.5"), r.weights().get("openFindings"));
    assertEquals(BigDecimal.valueOf(120), r.signals().get("DT-STC").get("procedures"));
    assertEquals(Set.of("DT-SNV"), r.mustInclude());
    assertEquals(2024L, r.seed());
    assertEquals(BigDecimal.valueOf(100), r.recentInspectionPenalty());
    InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.readPlanningRequest(
        "{\"history\": [{\"unit\": \"DT-STC\", \"year\": \"2023\"}]}", "h.json", List.of(),
        java.time.LocalDate.of(2024, 4, 1)));
    assertEquals("$.history[0].year", e.path());
  }

  @Test
  @DisplayName("a percentage written with a huge exponent is refused at once, naming the rule")
  void aPercentageWithAHugeExponentIsRefused() {
    for (String percent : List.of("1e999999999", "1e-999999999", "33.3333333")) {
      InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(
          "{\"year\": 2024, \"coverage\": [{\"rule\": \"share\", \"kinds\": [\"DEPARTMENT\"], "
              + "\"atLeastPercent\": " + percent + "}], \"targets\": []}"));
      if (percent.contains("e")) {
        assertEquals("$.coverage[0].atLeastPercent", e.path(), percent);
        assertEquals("the number " + percent + " is beyond 1e-1000 .. 1e1000", e.problem());
      } else {
        assertEquals("$.coverage[0]", e.path(), percent);
        assertTrue(e.problem().contains("atLeastPercent"), e.problem());
      }
    }
  }

  @Test
  @DisplayName("a planner's weight or signal beyond what can be weighed exactly is refused")
  void aHugeWeightOrSignalIsRefused() {
    Map<String, String> paths = Map.of("{\"weights\": {\"procedures\": 1e999999999}}", "$.weights.procedures",
        "{\"signals\": {\"DT-STC\": {\"procedures\": 1e-999999999}}}", "$.signals.DT-STC.procedures");
    paths.forEach((json, path) -> {
      InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.readPlanningRequest(
          json, "h.json", List.of(), java.time.LocalDate.of(2024, 4, 1)));
      assertEquals(path, e.path(), json);
      assertTrue(e.problem().endsWith(" is beyond 1e-1000 .. 1e1000"), e.problem());
    });
    InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.readPlanningRequest(
        "{\"recentInspectionPenalty\": -1e13}", "h.json", List.of(), java.time.LocalDate.of(2024, 4, 1)));
    assertEquals("$", e.path());
    assertTrue(e.problem().startsWith("The planning request's "), e.problem());
  }

  @Test
  @DisplayName("the document null is refused, not read as an empty plan")
  void theDocumentNullIsRefused() {
    for (java.util.function.Function<String, ?> reader : List.<java.util.function.Function<String, ?>>of(
        InspectionPlanJson::read, PlanJson::read, OrgDirectoryJson::read)) {
      InputFormatException e = assertThrows(InputFormatException.class, () -> reader.apply(" null "));
      assertEquals("$", e.path());
      assertEquals("expected an object, found null", e.problem());
    }
  }

  @Test
  @DisplayName("numbers out of range, empty documents and too deep nesting are named as such, not as Jackson says")
  void readerLimitsAreExplainedInTheUsersTerms() {
    InputFormatException big = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(
        "{\"year\": 99999999999, \"coverage\": [], \"targets\": []}"));
    assertEquals("$.year", big.path());
    assertEquals("the number 99999999999 is out of range for an integer", big.problem());

    InputFormatException decimal = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(
        "{\"year\": 1e999999999, \"coverage\": [], \"targets\": []}"));
    assertEquals("$.year", decimal.path());
    assertEquals("expected an integer, found a decimal number", decimal.problem());

    for (String empty : List.of("", "  \n ")) {
      InputFormatException e = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(empty));
      assertEquals("$", e.path());
      assertEquals("the document is empty", e.problem());
    }

    InputFormatException deep = assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(
        "{\"notes\": " + "[".repeat(3000) + "]".repeat(3000) + "}"));
    assertEquals("nesting deeper than 1,000 levels", deep.problem());
    assertEquals("lồng sâu quá 1.000 cấp", deep.problem(java.util.Locale.forLanguageTag("vi")));
  }
}
