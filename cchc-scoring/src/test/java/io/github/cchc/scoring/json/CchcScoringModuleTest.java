package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Rate;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A user's own {@code ObjectMapper} reads and writes the scoring types in the documented forms, as strictly. */
class CchcScoringModuleTest {

  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  private static final String ASSESSMENT = """
      {"unit": "TB-SNV", "period": "2024", "answers": {"1.1": %s}}
      """;

  @Test
  void everyBuiltInScorecardGoesThroughAUsersMapperUnchanged() throws IOException {
    for (BuiltInScorecard builtIn : BuiltInScorecard.values()) {
      Scorecard card = builtIn.load();
      String written = USER.writer(LibraryJson.prettyPrinter()).writeValueAsString(card) + "\n";
      assertEquals(ScorecardJson.writeScorecard(card), written, builtIn.name());
      assertEquals(card, USER.readValue(written, Scorecard.class), builtIn.name());
    }
  }

  @Test
  void assessmentsAndRatesGoThroughAUsersMapper() throws IOException {
    Assessment assessment = ScorecardJson.readAssessment(in(ASSESSMENT.formatted("{\"rate\": \"45/50\"}")));
    assertEquals(assessment, USER.readValue(USER.writeValueAsString(assessment), Assessment.class));
    assertEquals(Rate.parse("45/50"), USER.readValue("\"45/50\"", Rate.class));
  }

  @Test
  void wrongTypesAreRefusedAsInEveryOtherFormat() {
    for (String answer : List.of("{\"points\": \"2\"}", "{\"yes\": \"true\"}", "{\"yes\": 2}")) {
      InputFormatException e = assertThrows(InputFormatException.class,
          () -> ScorecardJson.readAssessment(in(ASSESSMENT.formatted(answer))), answer);
      assertTrue(e.path().startsWith("$.answers.1.1."), e.getMessage());
      assertTrue(e.problem().startsWith("expected "), e.problem());
      assertTrue(e.problem(Locale.forLanguageTag("vi")).startsWith("cần "), e.problem(Locale.forLanguageTag("vi")));
      assertThrows(JsonMappingException.class, () -> USER.readValue(ASSESSMENT.formatted(answer), Assessment.class));
    }
    String card = ScorecardJson.writeScorecard(BuiltInScorecard.EXAMPLE_COMMUNE.load())
        .replaceFirst("\"maxPoints\": (\\d+)", "\"maxPoints\": \"$1\"");
    InputFormatException e = assertThrows(InputFormatException.class, () -> ScorecardJson.readScorecard(in(card)));
    assertEquals("$.maxPoints", e.path());
    assertEquals("expected a number, found a string", e.problem());
  }

  private static ByteArrayInputStream in(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
