package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScorecardJson} has the overloads of every format class, and they agree. */
class ScorecardJsonOverloadsTest {

  @TempDir
  Path dir;

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void scorecardsReadAndWriteAlikeThroughEveryOverload() throws IOException {
    Scorecard card = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    String text = ScorecardJson.writeScorecard(card);
    assertEquals(card, ScorecardJson.readScorecard(text));
    assertEquals(card, ScorecardJson.readScorecard(text, "x.json"));
    assertEquals(card, ScorecardJson.readScorecard(new StringReader(text), "x.json"));
    assertEquals(card, ScorecardJson.readScorecard(utf8(text), "x.json"));
    StringWriter chars = new StringWriter();
    ScorecardJson.writeScorecard(card, chars);
    assertEquals(text, chars.toString());
    Path file = dir.resolve("card.json");
    ScorecardJson.writeScorecard(card, file);
    assertEquals(card, ScorecardJson.readScorecard(file));
  }

  @Test
  void assessmentsResultsAndRankingsWriteAlikeThroughEveryOverload() throws IOException {
    Scorecard card = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    List<Assessment> assessments;
    try (InputStream in = getClass().getResourceAsStream("walkthrough/assessments-2024.json")) {
      assessments = ScorecardJson.readAssessments(in, "assessments-2024.json");
    }
    String all = ScorecardJson.writeAssessments(assessments);
    assertEquals(assessments, ScorecardJson.readAssessments(all));
    assertEquals(assessments, ScorecardJson.readAssessments(new StringReader(all), "x.json"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScorecardJson.writeAssessments(assessments, bytes);
    assertEquals(all, bytes.toString(StandardCharsets.UTF_8));
    Path file = dir.resolve("all.json");
    ScorecardJson.writeAssessments(assessments, file);
    assertEquals(assessments, ScorecardJson.readAssessments(file));

    Assessment one = assessments.get(0);
    String single = ScorecardJson.writeAssessment(one);
    assertEquals(one, ScorecardJson.readAssessment(single));
    assertEquals(one, ScorecardJson.readAssessment(single, "x.json"));
    assertEquals(one, ScorecardJson.readAssessment(utf8(single), "x.json"));
    assertEquals(one, ScorecardJson.readAssessment(new StringReader(single), "x.json"));
    ScorecardJson.writeAssessment(one, dir.resolve("one.json"));
    assertEquals(one, ScorecardJson.readAssessment(dir.resolve("one.json")));
    StringWriter chars = new StringWriter();
    ScorecardJson.writeAssessment(one, chars);
    assertEquals(single, chars.toString());

    List<ScoreResult> results = assessments.stream().map(card::score).toList();
    StringWriter resultChars = new StringWriter();
    ScorecardJson.writeResults(results, resultChars);
    assertEquals(ScorecardJson.writeResults(results), resultChars.toString());
    ScorecardJson.writeResults(results, dir.resolve("results.json"));
    assertEquals(ScorecardJson.writeResults(results), Files.readString(dir.resolve("results.json")));
    Ranking ranking = Ranking.of(results);
    ScorecardJson.writeRanking(ranking, dir.resolve("ranking.json"));
    StringWriter rankingChars = new StringWriter();
    ScorecardJson.writeRanking(ranking, rankingChars);
    assertEquals(ScorecardJson.writeRanking(ranking), Files.readString(dir.resolve("ranking.json")));
    assertEquals(ScorecardJson.writeRanking(ranking), rankingChars.toString());
  }

  @Test
  void aFileThatCannotBeReadIsAnUncheckedIoException() {
    assertThrows(UncheckedIOException.class, () -> ScorecardJson.readScorecard(dir.resolve("missing.json")));
    assertThrows(UncheckedIOException.class, () -> ScorecardJson.readAssessments(dir.resolve("missing.json")));
  }
}
