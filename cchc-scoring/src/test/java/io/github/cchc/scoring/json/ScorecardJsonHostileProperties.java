package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Scorecard;
import io.github.cchc.testing.Choices;
import io.github.cchc.testing.Gens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the scorecard and assessment readers: random bytes and valid documents broken by mutation (cut
 * short, a token replaced by null, a string, a number or an empty array or object, a field dropped or doubled).
 * Reading either succeeds or throws {@link InputFormatException} (the document is not well-formed) or a {@link
 * ModelRuleException} (a rule of the model is broken); nothing else gets out.
 */
class ScorecardJsonHostileProperties {

  private static final String[] SCORECARDS = {
      text(BuiltInScorecard.EXAMPLE_DEPARTMENT.resourceName()),
      text(BuiltInScorecard.EXAMPLE_COMMUNE.resourceName()),
      text(BuiltInScorecard.SERVICE_INDEX_766.resourceName())};
  private static final String[] ASSESSMENTS = {
      text("walkthrough/assessments-2024.json"), text("walkthrough/assessments-2023.json")};

  private static final String[] REPLACEMENTS = {"null", "[null]", "{}", "[]", "\"\"", "\"x\"", "0", "-1", "1e999999",
      "1e-999999", "1e999999999", "-1E+999999999", "1e-999999999", "true", "{\"x\": null}", "\"1/0\"", "\"-5%\"", "\"1e2147483647/1\"", "\"NaN%\"", "\"2024Q5\"",
      "99999999999999999999999999", "0.000000000000000000000000001", "\"\uFEFF\"", "[{}]", "[[]]"};

  private static String text(String resource) {
    try (InputStream in = ScorecardJsonHostileProperties.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces one JSON value (after a colon or inside an array), drops a field, inserts a character or cuts the text,
   * one to three times. Every mutation makes the same draws, its place a fraction of the length, so that the
   * mutations shrink apart from each other.
   */
  static String mutate(String json, Choices r) {
    String s = json;
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n; k++) {
      int at = (int) ((long) r.nextInt(1_000_001) * s.length() / 1_000_000);
      int kind = r.nextInt(5);
      String replacement = r.pick(REPLACEMENTS);
      char inserted = (char) r.nextInt(0x20, 0x2FF);
      switch (kind) {
        case 0 -> s = s.substring(0, at);
        case 1 -> { // a value replaced
          int colon = s.indexOf(':', at);
          if (colon < 0) {
            continue;
          }
          int end = valueEnd(s, colon + 1);
          s = s.substring(0, colon + 1) + " " + replacement + s.substring(end);
        }
        case 2 -> { // an array element replaced
          int bracket = s.indexOf('[', at);
          if (bracket < 0) {
            continue;
          }
          int end = valueEnd(s, bracket + 1);
          s = s.substring(0, bracket + 1) + replacement + s.substring(end);
        }
        case 3 -> { // a field dropped: from a quote to the next comma
          int quote = s.indexOf('"', at);
          int comma = quote < 0 ? -1 : s.indexOf(',', quote);
          if (comma < 0) {
            continue;
          }
          s = s.substring(0, quote) + s.substring(comma + 1);
        }
        default -> s = s.substring(0, at) + inserted + s.substring(at);
      }
    }
    return s;
  }

  // The end of the JSON value that starts at or after i: balanced brackets, strings skipped.
  private static int valueEnd(String s, int i) {
    int depth = 0;
    boolean string = false;
    for (int p = i; p < s.length(); p++) {
      char c = s.charAt(p);
      if (string) {
        if (c == '\\') {
          p++;
        } else if (c == '"') {
          string = false;
          if (depth == 0) {
            return p + 1;
          }
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        if (depth == 0) {
          return p;
        }
        depth--;
        if (depth == 0) {
          return p + 1;
        }
      } else if (c == ',' && depth == 0) {
        return p;
      }
    }
    return s.length();
  }

  private static InputStream in(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Reading either works or fails with one of the documented exceptions. */
  static <T> void readsOrNamesTheProblem(String json, Function<InputStream, T> reader) {
    try {
      reader.apply(in(json));
    } catch (InputFormatException | ModelRuleException expected) {
      // documented
    } catch (RuntimeException e) {
      fail("undocumented " + e + " for:\n" + json, e);
    }
  }

  @Test
  void aBrokenScorecardIsReadOrNamed() {
    qt().withExamples(300).forAll(Gens.from(r -> mutate(r.pick(SCORECARDS), r)))
        .checkAssert(json -> readsOrNamesTheProblem(json, ScorecardJson::readScorecard));
  }

  @Test
  void brokenAssessmentsAreReadOrNamed() {
    qt().withExamples(300).forAll(Gens.from(r -> mutate(r.pick(ASSESSMENTS), r))).checkAssert(json -> {
      readsOrNamesTheProblem(json, ScorecardJson::readAssessments);
      readsOrNamesTheProblem(json, ScorecardJson::readAssessment);
    });
  }

  @Test
  void scoringWhatWasReadNeverThrowsAnythingElse() {
    Scorecard card = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    qt().withExamples(200).forAll(Gens.from(r -> mutate(ASSESSMENTS[0], r))).checkAssert(json -> {
      List<Assessment> assessments;
      try {
        assessments = ScorecardJson.readAssessments(in(json));
      } catch (InputFormatException | ModelRuleException documented) {
        return;
      }
      for (Assessment a : assessments) {
        try {
          card.score(a);
        } catch (ModelRuleException | UnknownReferenceException documented) {
          // named with its criterion
        } catch (RuntimeException e) {
          fail("undocumented " + e + " scoring:\n" + json, e);
        }
      }
    });
  }

  @Test
  void randomTextIsNamed() {
    qt().withExamples(200).forAll(Gens.anyText(255)).checkAssert(text -> {
      readsOrNamesTheProblem(text, ScorecardJson::readScorecard);
      readsOrNamesTheProblem(text, ScorecardJson::readAssessments);
      readsOrNamesTheProblem(text, ScorecardJson::readAssessment);
    });
  }

  @Test
  void absurdNumbersAreRefusedAtTheirPath() {
    String answers = "{\"unit\": \"S\", \"period\": \"2024\", \"answers\": {\"1.5\": {\"points\": 1e999999999}}}";
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> ScorecardJson.readAssessment(in(answers)));
    assertEquals("$.answers.1.5.points", e.path());
    String card = SCORECARDS[0].replaceFirst("\"maxPoints\": 100", "\"maxPoints\": 1E-999999999");
    e = assertThrows(InputFormatException.class, () -> ScorecardJson.readScorecard(in(card)));
    assertEquals("$.maxPoints", e.path());
  }

  @Test
  void nullsWhereObjectsBelongAreNamed() {
    for (String json : List.of("null", "", "[null]", "{\"assessments\": [null]}", "{\"assessments\": null}")) {
      assertThrows(InputFormatException.class, () -> ScorecardJson.readAssessments(in(json)), json);
    }
    assertThrows(InputFormatException.class, () -> ScorecardJson.readScorecard(in("null")));
    assertThrows(InputFormatException.class, () -> ScorecardJson.readAssessment(in("null")));
    String card = SCORECARDS[0].replaceFirst("\"areas\": \\[", "\"areas\": [null, ");
    InputFormatException e = assertThrows(InputFormatException.class, () -> ScorecardJson.readScorecard(in(card)));
    assertEquals("$.areas[0]", e.path());
    String answers = "{\"unit\": \"S\", \"period\": \"2024\", \"answers\": {\"1.1\": null}}";
    e = assertThrows(InputFormatException.class, () -> ScorecardJson.readAssessment(in(answers)));
    assertEquals("$.answers.1.1", e.path());
  }
}
