package io.github.cchc.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;

/**
 * A user's Jackson 3 mapper refuses what a user's Jackson 2 mapper refuses, with the same message: the JSON path,
 * the line and column, and the problem in the same words.
 */
class SameRefusalsTest {

  private static final tools.jackson.databind.ObjectMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

  private static final String PLAN =
      "{\"number\": \"1/KH-UBND\", \"issuer\": \"x\", \"place\": \"y\", \"year\": 2024, \"title\": \"t\"";

  private static final Map<String, Class<?>> REFUSED = Map.ofEntries(
      Map.entry(PLAN + ", \"budget\": 1}", Plan.class),
      Map.entry(PLAN.replace("2024", "\"2024\"") + "}", Plan.class),
      Map.entry(PLAN + ", \"title\": \"u\"}", Plan.class),
      Map.entry(PLAN + ", \"tasks\": [{\"area\": \"DIRECTION\", \"title\": \"a\", \"title\": \"b\"}]}", Plan.class),
      Map.entry(PLAN + ", \"tasks\": [{\"area\": \"DIRECTION\", \"title\": \"a\", \"leads\": [{\"unit\": \"A\", "
          + "\"unit\": \"B\"}]}]}", Plan.class),
      Map.entry(PLAN + ", \"purposes\": [null]}", Plan.class),
      Map.entry(PLAN + ", \"issueDate\": \"2024-02-30\"}", Plan.class),
      Map.entry(PLAN + ", \"tasks\": [{\"area\": \"NOWHERE\", \"title\": \"a\"}]}", Plan.class),
      Map.entry("{\"year\": 2024, \"coverage\": [{\"rule\": \"share\", \"kinds\": [\"DEPARTMENT\"], "
          + "\"atLeastPercent\": 1e5000}], \"targets\": []}", InspectionPlan.class),
      Map.entry("{\"year\": 2024, \"coverage\": [{\"rule\": \"most\", \"kinds\": [\"DEPARTMENT\"]}], "
          + "\"targets\": []}", InspectionPlan.class),
      Map.entry("{\"id\": \"P\", \"name\": \"n\", \"maxPoints\": \"100\", \"areas\": []}", Scorecard.class));

  @TestFactory
  Stream<DynamicTest> bothMappersRefuseWithTheSameMessage() {
    return REFUSED.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Exception two = assertThrows(com.fasterxml.jackson.core.JacksonException.class,
          () -> JACKSON2.readValue(e.getKey(), e.getValue()));
      DatabindException three = assertThrows(DatabindException.class, () -> JACKSON3.readValue(e.getKey(),
          e.getValue()));
      assertEquals(two.getMessage(), three.getMessage());
    }));
  }

  @TestFactory
  Stream<DynamicTest> aDuplicateKeyIsRefusedWhereverTheUsersTypesPutTheValue() {
    String json = "{\"plans\": [" + PLAN + "}, " + PLAN + ", \"year\": 2025}]}";
    return Stream.of(DynamicTest.dynamicTest("in a list in a map", () -> {
      DatabindException e = assertThrows(DatabindException.class,
          () -> JACKSON3.readValue(json, new TypeReference<Map<String, List<Plan>>>() {}));
      // Just past the second "year", as Jackson 2 reports it.
      int column = json.indexOf("\"year\": 2025") + 1 + "\"year\"".length();
      assertEquals("$.plans[1].year (line 1, column " + column + "): the field \"year\" is given twice",
          e.getMessage());
    }));
  }
}
