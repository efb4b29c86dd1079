package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.scorecard.Answer;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Criterion;
import io.github.cchc.scoring.scorecard.DeadlineStatus;
import io.github.cchc.scoring.scorecard.MethodKind;
import io.github.cchc.scoring.scorecard.Rate;
import io.github.cchc.scoring.scorecard.Scorecard;
import io.github.cchc.scoring.scorecard.ScoringMethod;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScorecardJsonTest {

  private static InputStream in(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Set<MethodKind> methods(Scorecard s) {
    return s.criteria().values().stream().flatMap(c -> c.method().stream()).map(ScoringMethod::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MethodKind.class)));
  }

  @Test
  @DisplayName("766/QĐ-TTg: five groups 18, 20, 22, 22, 18, total 100, and notes instead of invented sub-criteria")
  void serviceIndex766() {
    Scorecard s = BuiltInScorecard.SERVICE_INDEX_766.load();
    assertFalse(s.example());
    assertEquals(new BigDecimal("100"), s.maxPoints());
    assertEquals(List.of("18", "20", "22", "22", "18"),
        s.areas().stream().map(a -> a.maxPoints().toPlainString()).toList());
    assertEquals(List.of("Công khai, minh bạch", "Tiến độ, kết quả giải quyết", "Số hóa hồ sơ",
        "Cung cấp dịch vụ trực tuyến", "Mức độ hài lòng"), s.areas().stream().map(Criterion::name).toList());
    assertTrue(s.source().orElseThrow().contains("766/QĐ-TTg"));
    String note = s.note().orElseThrow();
    assertTrue(note.contains("not in this library's sources"));
    for (String threshold : List.of("80%", "50%", "90%")) {
      assertTrue(note.contains(threshold), threshold);
    }
    assertTrue(s.areas().stream().allMatch(a -> a.note().orElseThrow().contains("not in this library's sources")));
  }

  @ParameterizedTest
  @EnumSource(value = BuiltInScorecard.class, names = {"EXAMPLE_DEPARTMENT", "EXAMPLE_COMMUNE"})
  @DisplayName("The example scorecards are labelled as examples and each shows every method")
  void examples(BuiltInScorecard builtIn) {
    Scorecard s = builtIn.load();
    assertTrue(s.example());
    assertTrue(s.name().startsWith("VÍ DỤ"));
    assertTrue(s.note().orElseThrow().startsWith("EXAMPLE"));
    assertEquals(EnumSet.allOf(MethodKind.class), methods(s));
    assertEquals(new BigDecimal("100"), s.maxPoints());
  }

  @ParameterizedTest
  @EnumSource(BuiltInScorecard.class)
  void writeThenReadGivesAnEqualScorecard(BuiltInScorecard builtIn) {
    Scorecard s = builtIn.load();
    String json = ScorecardJson.writeScorecard(s);
    assertEquals(s, ScorecardJson.readScorecard(in(json)));
    assertEquals(json, ScorecardJson.writeScorecard(ScorecardJson.readScorecard(in(json))));
  }

  @Test
  void builtInDerivedIndicators() {
    Scorecard s = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    assertEquals(Set.of("tasks.doneRate", "inspection.selfInspectedShare", "dossiers.onTimeRate",
        "dossiers.onlineFullRate", "dossiers.apologyRate", "dossiers.digitizedRate"), s.indicatorIds());
    UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
        () -> s.requireKnownIndicators(id -> id.startsWith("dossiers.")));
    assertEquals(Optional.of("criterion 1.2"), e.referrer());
  }

  @ParameterizedTest
  @EnumSource(BuiltInScorecard.class)
  @DisplayName("Every built-in scorecard's derived criteria name indicators of the built-in catalogue")
  void builtInScorecardsValidateAgainstTheBuiltInCatalogue(BuiltInScorecard builtIn) {
    Scorecard s = builtIn.load();
    assertSame(s, s.requireKnownIndicators(IndicatorCatalog.knownIds()));
    assertSame(s, s.requireKnownIndicators(IndicatorCatalog.builtIn().codes()));
    for (String id : s.indicatorIds()) {
      assertTrue(IndicatorCatalog.builtIn().indicator(id).isPresent(), id);
    }
  }

  @Test
  void anIndicatorOutsideTheCatalogueIsNamedWithItsCriterion() {
    Scorecard s = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    Set<String> known = new java.util.HashSet<>(IndicatorCatalog.knownIds());
    known.remove("inspection.selfInspectedShare");
    UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
        () -> s.requireKnownIndicators(known));
    assertEquals(Optional.of("criterion 1.4"), e.referrer());
    assertEquals("inspection.selfInspectedShare", e.id());
    assertFalse(e.nearest().contains(e.id()));
  }

  private static final String ONE_AREA = """
      {
        "id": "x",
        "name": "Thử",
        "maxPoints": 3,
        "areas": [
          {
            "code": "1",
            "name": "Khu vực",
            "maxPoints": 3,
            "children": [
              {"code": "1.1", "name": "a", "maxPoints": 1, "method": "YES_NO"},
              {"code": "1.2", "name": "b", "maxPoints": 2, "method": "%s"}
            ]
          }
        ]
      }
      """;

  @Test
  @DisplayName("Unknown method: path, line and the accepted words")
  void unknownMethod() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readScorecard(in(ONE_AREA.formatted("PERCENT"))));
    assertEquals("$.areas[0].children[1].method", e.path());
    assertEquals(12, e.line());
    assertTrue(e.getMessage().contains("\"PERCENT\"") && e.getMessage().contains("LINEAR_THRESHOLD")
        && e.getMessage().contains("line 12"), e.getMessage());
  }

  @Test
  void unknownField() {
    String json = ONE_AREA.formatted("MANUAL").replace("\"method\": \"YES_NO\"}",
        "\"method\": \"YES_NO\", \"evidense\": []}");
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readScorecard(in(json)));
    assertEquals("$.areas[0].children[0].evidense", e.path(), e.getMessage());
    assertEquals(11, e.line());
    assertTrue(e.getMessage().contains("unknown field \"evidense\""), e.getMessage());
    // a misspelt required field is reported as missing
    InputFormatException missing = assertThrows(InputFormatException.class, () -> ScorecardJson.readScorecard(
        in(ONE_AREA.formatted("MANUAL").replace("\"maxPoints\": 1,", "\"maxPoint\": 1,"))));
    assertTrue(missing.getMessage().contains("criterion 1.1: missing \"maxPoints\""), missing.getMessage());
  }

  @Test
  void methodParametersMustFit() {
    InputFormatException noThreshold = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readScorecard(in(ONE_AREA.formatted("LINEAR_THRESHOLD"))));
    assertTrue(noThreshold.getMessage().contains("criterion 1.2") && noThreshold.getMessage().contains(
        "thresholdPercent"), noThreshold.getMessage());
    assertEquals("$.areas[0].children[1]", noThreshold.path());
    String derived = ONE_AREA.formatted("DERIVED").replace("\"method\": \"DERIVED\"",
        "\"method\": \"DERIVED\", \"indicator\": \"dossiers.onTimeRate\"");
    InputFormatException neither = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readScorecard(in(derived)));
    assertTrue(neither.getMessage().contains("exactly one of"), neither.getMessage());
    String stray = ONE_AREA.formatted("YES_NO").replace("\"method\": \"YES_NO\"}\n",
        "\"method\": \"YES_NO\", \"thresholdPercent\": 80}\n");
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readScorecard(in(stray)));
    assertTrue(e.getMessage().contains("\"thresholdPercent\" does not go with YES_NO"), e.getMessage());
  }

  @Test
  void repeatedFieldIsAnError() {
    String json = ONE_AREA.formatted("MANUAL").replace("\"name\": \"a\",", "\"name\": \"a\", \"name\": \"b\",");
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readScorecard(in(json)));
    assertEquals(11, e.line());
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void syntaxError() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readScorecard(in("{\"id\": \"x\",\n  \"name\": }")));
    assertEquals(2, e.line());
  }

  @Test
  @DisplayName("Content errors name the file's path, with the model's error, which names the criterion, as cause")
  void contentErrorsFromJson() {
    assertEquals("1.2", modelError(ONE_AREA.formatted("MANUAL").replace("\"code\": \"1.1\"", "\"code\": \"1.2\""))
        .subject());
    assertEquals("1", modelError(ONE_AREA.formatted("MANUAL").replace("\"maxPoints\": 2,", "\"maxPoints\": 2.5,"))
        .subject());
    String late = ONE_AREA.formatted("DEADLINE").replace("\"method\": \"DEADLINE\"",
        "\"method\": \"DEADLINE\", \"late\": 2.5");
    assertEquals("1.2", modelError(late).subject());
  }

  private static ModelRuleException modelError(String json) {
    InputFormatException e = assertThrows(InputFormatException.class, () -> ScorecardJson.readScorecard(in(json)));
    assertTrue(e.path().startsWith("$"), e.getMessage());
    assertTrue(e.message(Locale.forLanguageTag("vi")).contains("Tiêu chí"), e.message(Locale.forLanguageTag("vi")));
    return assertInstanceOf(ModelRuleException.class, e.getCause());
  }

  @Test
  void deadlineDefaults() {
    String json = ONE_AREA.formatted("DEADLINE").replace("\"method\": \"DEADLINE\"",
        "\"method\": \"DEADLINE\", \"late\": 1");
    ScoringMethod.Deadline d = (ScoringMethod.Deadline) ScorecardJson.readScorecard(in(json)).criterion("1.2")
        .orElseThrow().method().orElseThrow();
    assertEquals(new BigDecimal("2"), d.metPoints());
    assertEquals(BigDecimal.ZERO, d.missingPoints());
  }

  private static final String ASSESSMENTS = """
      [
        {
          "unit": "STC",
          "unitName": "Sở Tài chính",
          "period": "2024",
          "scorecard": "example-commune",
          "answers": {
            "1.1": {"deadline": "LATE"},
            "1.2": {"rate": "17/20"},
            "1.3": {"yes": true},
            "2.3": {"rate": "60%"},
            "2.4": {"points": 4.5},
            "3.1": {"survey": {"A": 50, "B": 30, "C": 15, "D": 5}},
            "3.2": {"survey": {"A": 40, "B": 40, "C": 20}}
          },
          "appraisals": {
            "1.3": {"yes": false, "reason": "Không có biên bản đối thoại"}
          },
          "indicators": {"dossiers.onTimeRate": "95/100", "dossiers.onlineFullRate": "30%"}
        }
      ]
      """;

  @Test
  void readsAndScoresAssessments() {
    List<Assessment> list = ScorecardJson.readAssessments(in(ASSESSMENTS));
    assertEquals(1, list.size());
    Assessment a = list.get(0);
    assertEquals(Answer.deadline(DeadlineStatus.LATE), a.answers().get("1.1"));
    assertEquals(Answer.rate(Rate.of(17, 20)), a.answers().get("1.2"));
    assertEquals(Rate.parse("30%"), a.indicators().get("dossiers.onlineFullRate"));
    // 2.5 + 5 + 0 (appraised) | 11.25 + 6 + 7.5 + 4.5 | 20 × 0.71 + 20 × 0.68: 7.5 + 29.25 + 27.8 = 64.55
    assertEquals(new BigDecimal("64.55"), BuiltInScorecard.EXAMPLE_COMMUNE.load().score(a).index());
    assertEquals(a, ScorecardJson.readAssessment(in(ScorecardJson.writeAssessment(a))));
    assertEquals(list, ScorecardJson.readAssessments(in(ScorecardJson.writeAssessments(list))));
  }

  @Test
  void surveySharesFromJsonAreCheckedWhenScored() {
    Assessment a = ScorecardJson.readAssessments(in(ASSESSMENTS.replace("\"D\": 5", "\"D\": 4"))).get(0);
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> BuiltInScorecard.EXAMPLE_COMMUNE.load().score(a));
    assertEquals("3.1", e.subject());
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }

  @Test
  void badAssessments() {
    InputFormatException twoKinds = assertThrows(InputFormatException.class, () -> ScorecardJson
        .readAssessments(in(ASSESSMENTS.replace("{\"yes\": true}", "{\"yes\": true, \"points\": 1}"))));
    assertEquals("$[0].answers.1.3", twoKinds.path());
    assertEquals(10, twoKinds.line());
    InputFormatException badRate = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readAssessments(in(ASSESSMENTS.replace("\"95/100\"", "\"0.95\""))));
    assertTrue(badRate.getMessage().contains("dossiers.onTimeRate") && badRate.getMessage().contains("0.95"),
        badRate.getMessage());
    InputFormatException badWord = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readAssessments(in(ASSESSMENTS.replace("\"LATE\"", "\"SOON\""))));
    assertEquals("$[0].answers.1.1.deadline", badWord.path());
    InputFormatException noReason = assertThrows(InputFormatException.class, () -> ScorecardJson
        .readAssessments(in(ASSESSMENTS.replace(", \"reason\": \"Không có biên bản đối thoại\"", ""))));
    assertTrue(noReason.getMessage().contains("reason"), noReason.getMessage());
    InputFormatException badPeriod = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readAssessments(in(ASSESSMENTS.replace("\"2024\"", "\"2024Q5\""))));
    assertTrue(badPeriod.getMessage().contains("2024Q5"), badPeriod.getMessage());
  }

  @Test
  void assessmentsAsAnObject() {
    String wrapped = "{\"assessments\": " + ASSESSMENTS + "}";
    assertEquals(ScorecardJson.readAssessments(in(ASSESSMENTS)), ScorecardJson.readAssessments(in(wrapped)));
  }

  @Test
  void writesPlainDecimalsAndReadableSpacing() {
    String json = ScorecardJson.writeScorecard(BuiltInScorecard.EXAMPLE_COMMUNE.load());
    assertTrue(json.contains("\"late\": 2.5"), json);
    assertTrue(json.contains("\"example\": true"), json);
    assertFalse(json.contains("E+"), json);
    assertEquals(Map.of(), ScorecardJson.readAssessment(in("{\"unit\": \"U\", \"period\": \"2024\"}")).answers());
  }
}
