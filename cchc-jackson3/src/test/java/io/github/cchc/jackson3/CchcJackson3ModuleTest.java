package io.github.cchc.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.json.PlanJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.timeframe.Timeframe;
import io.github.cchc.scoring.json.BuiltInScorecard;
import io.github.cchc.scoring.json.ScorecardJson;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A user's own Jackson 3 mapper reads and writes the cchc types exactly as the library does. */
class CchcJackson3ModuleTest {

  private static final ObjectMapper USER = JsonMapper.builder().findAndAddModules().build();

  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .findAndAddModules()
      .build();

  /** The library's layout: two spaces, one element a line, {@code "field": value}. */
  private static String pretty(ObjectMapper mapper, Object value) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer().with(printer).writeValueAsString(value) + "\n";
  }

  private static Path example(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("docs/examples"))) {
      dir = dir.getParent();
    }
    return dir.resolve("docs/examples").resolve(name);
  }

  @Test
  void theModuleIsFoundByServiceLoader() {
    assertTrue(USER.registeredModules().stream().anyMatch(m -> m instanceof CchcJackson3Module));
  }

  @Test
  void everyExampleReadsAndWritesTheLibrarysBytes() throws IOException {
    Plan plan = USER.readValue(Files.readString(example("thai-binh-2024-plan.json")), Plan.class);
    assertEquals(PlanJson.read(example("thai-binh-2024-plan.json")), plan);
    assertEquals(PlanJson.write(plan), pretty(USER, plan));
    for (String name : List.of("org-three-tier.json", "org-two-tier.json", "org-dong-thap-2024.json")) {
      OrgDirectory directory = USER.readValue(Files.readString(example(name)), OrgDirectory.class);
      assertEquals(OrgDirectoryJson.read(example(name)), directory, name);
      assertEquals(OrgDirectoryJson.write(directory), pretty(USER, directory), name);
    }
    InspectionPlan inspection = USER.readValue(Files.readString(example("dong-thap-2024-inspection-plan.json")),
        InspectionPlan.class);
    assertEquals(InspectionPlanJson.write(inspection), pretty(USER, inspection));
    for (BuiltInScorecard builtIn : BuiltInScorecard.values()) {
      Scorecard card = builtIn.load();
      assertEquals(ScorecardJson.writeScorecard(card), pretty(USER, card), builtIn.name());
      assertEquals(card, USER.readValue(pretty(USER, card), Scorecard.class), builtIn.name());
    }
  }

  @Test
  void valuesAndRulesHaveTheirDocumentedForms() {
    assertEquals("\"Quý I/2024\"", USER.writeValueAsString(Timeframe.parse("Quý I/2024")));
    CoverageRule rule = USER.readValue("{\"rule\": \"share\", \"kinds\": [\"DEPARTMENT\"], \"atLeastPercent\": 50}",
        CoverageRule.class);
    assertTrue(rule instanceof ShareRule);
    assertEquals("{\"rule\":\"share\",\"kinds\":[\"DEPARTMENT\"],\"atLeastPercent\":50}", USER.writeValueAsString(rule));
  }

  @Test
  void aLenientMapperIsAsStrictAsTheLibrary() {
    String plan = "{\"number\": \"1/KH-UBND\", \"issuer\": \"x\", \"place\": \"y\", \"year\": 2024, \"title\": \"t\"";
    Map<String, String> refused = Map.of(
        plan + ", \"budget\": 1}", "$.budget",
        plan.replace("2024", "\"2024\"") + "}", "$.year",
        plan + ", \"purposes\": [null]}", "$.purposes[0]",
        plan + ", \"issueDate\": \"2024-02-30\"}", "$.issueDate");
    refused.forEach((json, path) -> {
      for (ObjectMapper mapper : List.of(USER, LENIENT)) {
        DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(json, Plan.class), json);
        assertTrue(e.getMessage().startsWith(path), e.getMessage());
        assertFalse(e.getMessage().contains("io.github") || e.getMessage().contains("java."), e.getMessage());
      }
    });
    assertTrue(assertThrows(DatabindException.class, () -> USER.readValue(plan.replace("2024", "\"2024\"") + "}",
        Plan.class)).getMessage().endsWith("expected an integer, found a string"));
  }
}
