package io.github.cchc.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.internal.InputMismatch;
import io.github.cchc.core.json.internal.InputParseError;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.testing.CoreModelGens;
import io.github.cchc.testing.Gens;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged documents (a character dropped, doubled or replaced, a value changed) are read alike by a user's Jackson 2
 * and Jackson 3 mappers: both give equal values, or both refuse, naming the same JSON path and, where the document is
 * well-formed JSON, in the same words.
 */
class SameRefusalsProperties {

  private static final tools.jackson.databind.ObjectMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
  /** Jackson 3 refuses content after the root value by default, Jackson 2 not: the modules do not see the root. */
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final String REPLACEMENTS = "\"{}[],:0-9.eE -aTnull\\\u00e0";

  private static String damage(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    for (int n = 1 + random.nextInt(2); n > 0; n--) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(3)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, b.charAt(at));
        default -> b.setCharAt(at, REPLACEMENTS.charAt(random.nextInt(REPLACEMENTS.length())));
      }
    }
    return b.toString();
  }

  private static Object read2(String text, Class<?> type) {
    try {
      return JACKSON2.readValue(text, type);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return e;
    }
  }

  private static Object read3(String text, Class<?> type) {
    try {
      return JACKSON3.readValue(text, type);
    } catch (tools.jackson.core.JacksonException e) {
      return e;
    }
  }

  private static String path(String message) {
    int end = message.indexOf(": ");
    int line = message.indexOf(" (line ");
    return line >= 0 && line < end ? message.substring(0, line) : end >= 0 ? message.substring(0, end) : message;
  }

  @Test
  void damagedDocumentsAreReadAlikeByBothVersions() throws IOException {
    record Doc(String text, Class<?> type) {}
    List<Doc> docs = List.of(
        new Doc(Files.readString(CoreModelGens.example("dong-thap-2024-inspection-plan.json")), InspectionPlan.class),
        new Doc(Files.readString(CoreModelGens.example("org-dong-thap-2024.json")), OrgDirectory.class),
        new Doc(Files.readString(CoreModelGens.example("thai-binh-2024-plan.json")), Plan.class));
    qt().withExamples(300).forAll(Gens.oneOf(docs), Gens.randoms(20)).checkAssert((doc, random) -> {
      String text = damage(doc.text(), random);
      Object two = read2(text, doc.type());
      Object three = read3(text, doc.type());
      if ((two instanceof InputMismatch || two instanceof InputParseError)
          && three instanceof Jackson3Mappings.Mismatch e3) {
        assertEquals(((Exception) two).getMessage(), e3.getMessage(), text);
      } else if (two instanceof Exception e2 && three instanceof Exception e3) {
        // What Jackson itself refuses outside the library's types (content after the root value): at one place.
        assertEquals(path(e2.getMessage()), path(e3.getMessage()), text);
        assertFalse(e3.getMessage().contains("io.github.cchc"), e3.getMessage());
      } else {
        assertEquals(two, three, text);
      }
    });
  }
}
