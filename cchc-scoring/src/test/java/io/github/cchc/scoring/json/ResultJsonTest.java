package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.cchc.scoring.scorecard.AppraisalDifference;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.CriterionScore;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import io.github.cchc.scoring.scorecard.YearOverYear;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JSON output of results and rankings, checked field by field against the objects it was written from. */
class ResultJsonTest {

  // Decimals are compared with their scale: 87.50 must be written as 87.50.
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private static final Path DOC = Path.of("../docs/scorecards.md");

  private static List<ScoreResult> now;
  private static Ranking ranking;

  private static List<Assessment> read(String name) throws IOException {
    try (InputStream in = ResultJsonTest.class.getResourceAsStream("walkthrough/" + name)) {
      return ScorecardJson.readAssessments(in);
    }
  }

  @BeforeAll
  static void score() throws IOException {
    Scorecard card = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    now = read("assessments-2024.json").stream().map(card::score).toList();
    List<ScoreResult> before = read("assessments-2023.json").stream().map(card::score).toList();
    ranking = Ranking.of(now, before);
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static BigDecimal decimal(JsonNode node) {
    assertTrue(node.isNumber(), () -> "a number: " + node);
    return node.decimalValue();
  }

  @Test
  @DisplayName("Each result is written with its index, points, classification, rescaling and every criterion")
  void resultsCarryEveryFigure() throws IOException {
    JsonNode root = JSON.readTree(ScorecardJson.writeResults(now));
    assertEquals(Set.of("results"), keys(root));
    assertEquals(now.size(), root.get("results").size());
    for (int i = 0; i < now.size(); i++) {
      ScoreResult r = now.get(i);
      JsonNode n = root.get("results").get(i);
      assertEquals(r.unitId(), n.get("unit").asText());
      assertEquals(r.unitName(), n.get("unitName").asText());
      assertEquals(r.scorecardId(), n.get("scorecard").asText());
      assertEquals(r.period().toString(), n.get("period").asText());
      assertEquals(r.index(), decimal(n.get("index")));
      assertEquals(r.achieved(), decimal(n.get("achieved")));
      assertEquals(r.applicableMax(), decimal(n.get("applicableMax")));
      assertEquals(r.selfIndex(), decimal(n.get("selfIndex")));
      assertEquals(r.indexDifference(), decimal(n.get("indexDifference")));
      assertEquals(r.classification().map(c -> c.code()).orElse(null),
          n.has("classification") ? n.get("classification").get("code").asText() : null);
      assertEquals(r.rescaling().isRescaled(), n.get("rescaling").get("rescaled").asBoolean());
      assertEquals(r.rescaling().factor(), decimal(n.get("rescaling").get("factor")));
      assertEquals(r.areas().size(), n.get("areas").size());
      assertEquals(r.appraisals().size(), n.get("appraisals").size());
      assertEquals(r.findings().size(), n.get("findings").size());
      List<CriterionScore> flat = new ArrayList<>();
      r.areas().forEach(a -> flatten(a, flat));
      List<JsonNode> written = new ArrayList<>();
      n.get("areas").forEach(a -> flattenJson(a, written));
      assertEquals(flat.size(), written.size());
      for (int k = 0; k < flat.size(); k++) {
        CriterionScore s = flat.get(k);
        JsonNode w = written.get(k);
        assertEquals(s.code(), w.get("code").asText());
        assertEquals(s.status().name(), w.get("status").asText());
        assertEquals(s.achieved(), decimal(w.get("achieved")));
        assertEquals(s.applicableMax(), decimal(w.get("applicableMax")));
        assertEquals(s.index().orElse(null), w.has("index") ? decimal(w.get("index")) : null);
        assertEquals(s.rate().map(Object::toString).orElse(null), w.has("rate") ? w.get("rate").asText() : null);
        assertEquals(s.reason().orElse(null), w.has("reason") ? w.get("reason").asText() : null);
        assertEquals(!s.children().isEmpty(), w.has("children"));
      }
      for (int k = 0; k < r.appraisals().size(); k++) {
        AppraisalDifference d = r.appraisals().get(k);
        JsonNode w = n.get("appraisals").get(k);
        assertEquals(d.code(), w.get("code").asText());
        assertEquals(d.difference(), decimal(w.get("difference")));
        assertEquals(d.reason(), w.get("reason").asText());
      }
    }
  }

  private static void flatten(CriterionScore s, List<CriterionScore> out) {
    out.add(s);
    s.children().forEach(c -> flatten(c, out));
  }

  private static void flattenJson(JsonNode n, List<JsonNode> out) {
    out.add(n);
    if (n.has("children")) {
      n.get("children").forEach(c -> flattenJson(c, out));
    }
  }

  @Test
  @DisplayName("The ranking is written in rank order with ties, the change from last year and the full result")
  void rankingInRankOrder() throws IOException {
    JsonNode root = JSON.readTree(ScorecardJson.writeRanking(ranking));
    assertEquals(Set.of("ranking"), keys(root));
    Iterator<JsonNode> written = root.get("ranking").elements();
    for (Ranking.Entry e : ranking.entries()) {
      JsonNode n = written.next();
      assertEquals(e.rank(), n.get("rank").asInt());
      assertEquals(e.result().unitId(), n.get("unit").asText());
      assertEquals(e.result().index(), decimal(n.get("index")));
      assertEquals(e.result().unitId(), n.get("result").get("unit").asText());
      assertEquals(e.change().isPresent(), n.has("change"));
      if (e.change().isPresent()) {
        YearOverYear y = e.change().get();
        assertEquals(y.change(), decimal(n.get("change").get("change")));
        assertEquals(y.previousIndex(), decimal(n.get("change").get("previousIndex")));
        assertEquals(y.previousPeriod().toString(), n.get("change").get("previousPeriod").asText());
        assertEquals(y.areas().size(), n.get("change").get("areas").size());
      }
    }
    assertFalse(written.hasNext());
    assertTrue(ranking.entries().stream().anyMatch(e -> e.change().isPresent()), "the walk-through has 2023 data");
  }

  @Test
  void absentValuesAreLeftOutNotNull() {
    assertFalse(ScorecardJson.writeResults(now).contains("null"));
    assertFalse(ScorecardJson.writeRanking(ranking).contains("null"));
    assertFalse(ScorecardJson.writeRanking(Ranking.of(now)).contains("\"change\""));
  }

  @Test
  void streamsGetTheSameText() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScorecardJson.writeResults(now, out);
    assertEquals(ScorecardJson.writeResults(now), out.toString(StandardCharsets.UTF_8));
    out.reset();
    ScorecardJson.writeRanking(ranking, out);
    assertEquals(ScorecardJson.writeRanking(ranking), out.toString(StandardCharsets.UTF_8));
    assertEquals("{\n  \"results\": [ ]\n}\n", ScorecardJson.writeResults(List.of()));
  }

  @Test
  @DisplayName("docs/scorecards.md names every field the writers produce")
  void theDocumentedFieldNamesAreTheWrittenOnes() throws IOException {
    String doc = Files.readString(DOC);
    Set<String> names = new LinkedHashSet<>();
    collect(JSON.readTree(ScorecardJson.writeRanking(ranking)), names);
    for (String name : names) {
      assertTrue(doc.contains("`" + name + "`"), () -> "docs/scorecards.md does not name the field " + name);
    }
  }

  private static void collect(JsonNode n, Set<String> names) {
    if (n.isObject()) {
      n.properties().forEach(f -> {
        names.add(f.getKey());
        collect(f.getValue(), names);
      });
    } else if (n.isArray()) {
      n.forEach(c -> collect(c, names));
    }
  }
}
