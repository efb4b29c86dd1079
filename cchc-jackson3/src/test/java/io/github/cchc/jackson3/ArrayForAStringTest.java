package io.github.cchc.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.testing.CoreModelGens;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * An array where a list holds strings, found by {@link SameRefusalsProperties}: a user's Jackson 2 and Jackson 3
 * mappers refuse it at the same element, in the same words.
 */
class ArrayForAStringTest {

  private static final tools.jackson.databind.ObjectMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

  @Test
  void anArrayInPlaceOfAnInspectionFormIsRefusedAtTheFormByBoth() throws Exception {
    String text = Files.readString(CoreModelGens.example("dong-thap-2024-inspection-plan.json"))
        .replaceFirst("\"forms\": \\[", "\"forms\":[[");
    Exception two = assertThrows(com.fasterxml.jackson.core.JacksonException.class,
        () -> JACKSON2.readValue(text, InspectionPlan.class));
    Exception three = assertThrows(tools.jackson.core.JacksonException.class,
        () -> JACKSON3.readValue(text, InspectionPlan.class));
    assertEquals(two.getMessage(), three.getMessage());
  }
}
