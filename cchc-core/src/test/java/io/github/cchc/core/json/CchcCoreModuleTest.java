package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.core.timeframe.Timeframe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's own {@code ObjectMapper} reads and writes the core types in the documented forms, as strictly. */
class CchcCoreModuleTest {

  /** What a user writes: no configuration but the modules found on the class path. */
  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  /** A lenient mapper, as some applications have (Spring Boot's ignores unknown fields, renames fields). */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .findAndAddModules()
      .build();

  private static Path example(String name) {
    return Examples.docs().resolve("examples").resolve(name);
  }

  private static String pretty(ObjectMapper mapper, Object value) throws IOException {
    return mapper.writer(LibraryJson.prettyPrinter()).writeValueAsString(value) + "\n";
  }

  @Test
  void theModuleIsFoundByServiceLoader() {
    assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof CchcCoreModule));
    assertTrue(USER.getRegisteredModuleIds().contains("cchc-core"));
  }

  @Test
  void aUsersMapperReadsEveryExampleAndWritesTheLibrarysBytes() throws IOException {
    Plan plan = USER.readValue(Files.readString(example("thai-binh-2024-plan.json")), Plan.class);
    assertEquals(PlanJson.read(example("thai-binh-2024-plan.json")), plan);
    assertEquals(PlanJson.write(plan), pretty(USER, plan));
    assertEquals(PlanJson.write(plan), pretty(LENIENT, plan));
    for (String name : List.of("org-three-tier.json", "org-two-tier.json", "org-dong-thap-2024.json")) {
      OrgDirectory directory = USER.readValue(Files.readString(example(name)), OrgDirectory.class);
      assertEquals(OrgDirectoryJson.read(example(name)), directory, name);
      assertEquals(OrgDirectoryJson.write(directory), pretty(USER, directory), name);
    }
    InspectionPlan inspection = USER.readValue(Files.readString(example("dong-thap-2024-inspection-plan.json")),
        InspectionPlan.class);
    assertEquals(InspectionPlanJson.read(example("dong-thap-2024-inspection-plan.json")), inspection);
    assertEquals(InspectionPlanJson.write(inspection), pretty(USER, inspection));
    assertEquals(InspectionPlanJson.write(inspection), pretty(LENIENT, inspection));
  }

  @Test
  void valueTypesAreTheirCanonicalStrings() throws IOException {
    Timeframe timeframe = Timeframe.parse("Quý I/2024");
    assertEquals("\"Quý I/2024\"", USER.writeValueAsString(timeframe));
    assertEquals(timeframe, USER.readValue("\"Quý I/2024\"", Timeframe.class));
    DocumentNumber number = DocumentNumber.parse("175/KH-UBND");
    assertEquals(number, USER.readValue(USER.writeValueAsString(number), DocumentNumber.class));
    ReportPeriod period = ReportPeriod.parse("2024Q1");
    assertEquals(period, USER.readValue(USER.writeValueAsString(period), ReportPeriod.class));
    Map<String, Timeframe> inMap = USER.readValue("{\"a\": \"Năm 2024\"}", new TypeReference<>() {});
    assertEquals(Timeframe.parse("Năm 2024"), inMap.get("a"));
  }

  @Test
  void coverageRulesAreChosenByTheirRuleName() throws IOException {
    CoverageRule rule = USER.readValue("{\"kinds\": [\"DEPARTMENT\"], \"rule\": \"share\", \"atLeastPercent\": 50}",
        CoverageRule.class);
    assertTrue(rule instanceof ShareRule, rule::toString);
    assertEquals("{\"rule\":\"share\",\"kinds\":[\"DEPARTMENT\"],\"atLeastPercent\":50}", USER.writeValueAsString(rule));
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> USER.readValue(
        "{\"rule\": \"include\", \"units\": [\"A\"], \"min\": 1}", CoverageRule.class));
    assertTrue(e.getMessage().contains("unknown field \"min\"; the known fields are units"), e.getMessage());
  }

  @Test
  void aLenientMapperIsAsStrictAsTheLibrary() {
    String plan = "{\"number\": \"1/KH-UBND\", \"issuer\": \"x\", \"place\": \"y\", \"year\": 2024, \"title\": \"t\"";
    Map<String, String> refused = Map.of(
        plan + ", \"budget\": 1}", "unknown field \"budget\"",
        plan.replace("2024", "\"2024\"") + "}", "expected an integer, found a string",
        plan + ", \"title\": \"u\"}", "the field \"title\" is given twice",
        plan + ", \"purposes\": [null]}", "null is not allowed here",
        plan + ", \"issueDate\": \"2024-02-30\"}", "30 February 2024 does not exist",
        // A parser that allows NaN gives a decimal number; the default one refuses the token.
        plan.replace("2024", "NaN") + "}", "NaN is not a number here|expected an integer, found a decimal number");
    refused.forEach((json, problem) -> {
      for (ObjectMapper mapper : List.of(USER, LENIENT)) {
        JacksonException e = assertThrows(JacksonException.class, () -> mapper.readValue(json, Plan.class), json);
        assertTrue(java.util.Arrays.stream(problem.split("\\|")).anyMatch(e.getMessage()::contains), e.getMessage());
        assertFalse(e.getMessage().contains("io.github") || e.getMessage().contains("java."), e.getMessage());
      }
    });
    // The mapper itself is not changed.
    assertFalse(LENIENT.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertTrue(LENIENT.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS));
    assertFalse(LENIENT.getFactory().isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
  }

  @Test
  void thePathOfAnErrorIncludesWhereTheUsersOwnTypesPutTheValue() {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> USER.readValue(
        "{\"plans\": [{\"year\": \"x\"}]}", new TypeReference<Map<String, List<Plan>>>() {}));
    assertTrue(e.getMessage().startsWith("$.plans[0].year"), e.getMessage());
  }
}
