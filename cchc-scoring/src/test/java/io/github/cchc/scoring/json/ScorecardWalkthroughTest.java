package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.scoring.scorecard.AppraisalDifference;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.CriterionScore;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.Rescaling;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The walk-through of docs/scorecards.md: three departments scored from data on the example department scorecard,
 * then ranked. The rendered tables are a golden file, and the page must contain them as they are.
 */
class ScorecardWalkthroughTest {

  private static final String DIR = "walkthrough/";
  private static final Path GOLDEN = Path.of("src/test/resources/io/github/cchc/scoring/json/walkthrough/"
      + "walkthrough.md");
  private static final Path DOC = Path.of("../docs/scorecards.md");

  private static List<Assessment> read(String name) throws IOException {
    try (InputStream in = ScorecardWalkthroughTest.class.getResourceAsStream(DIR + name)) {
      return ScorecardJson.readAssessments(in);
    }
  }

  static String render() throws IOException {
    Scorecard card = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    List<ScoreResult> now = read("assessments-2024.json").stream().map(card::score).toList();
    List<ScoreResult> before = read("assessments-2023.json").stream().map(card::score).toList();
    Ranking ranking = Ranking.of(now, before);
    StringBuilder md = new StringBuilder();

    md.append("| Lĩnh vực | Tối đa |");
    now.forEach(r -> md.append(' ').append(r.unitName()).append(" |"));
    md.append("\n|---|---:|");
    now.forEach(r -> md.append("---:|"));
    md.append('\n');
    for (CriterionScore area : now.get(0).areas()) {
      md.append("| ").append(area.code()).append(". ").append(area.name()).append(" | ")
          .append(area.maxPoints().toPlainString()).append(" |");
      for (ScoreResult r : now) {
        CriterionScore s = r.criterion(area.code()).orElseThrow();
        md.append(' ').append(pts(s.achieved())).append('/').append(pts(s.applicableMax()))
            .append(" (").append(s.index().map(BigDecimal::toPlainString).orElse("—")).append(") |");
      }
      md.append('\n');
    }

    md.append("\n| Đơn vị | Mã | Tự đánh giá | Thẩm định | Chênh lệch | Lý do |\n|---|---|---:|---:|---:|---|\n");
    for (ScoreResult r : now) {
      for (AppraisalDifference d : r.appraisals()) {
        md.append("| ").append(r.unitName()).append(" | ").append(d.code()).append(" | ")
            .append(d.selfPoints().map(ScorecardWalkthroughTest::pts).orElse("—")).append(" | ")
            .append(pts(d.appraisedPoints())).append(" | ").append(pts(d.difference()))
            .append(" | ").append(d.reason()).append(" |\n");
      }
    }

    md.append("\n| Đơn vị | Điểm đạt | Tối đa áp dụng | Tối đa | Hệ số | Chỉ số | Tự đánh giá | Chênh lệch |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ScoreResult r : now) {
      Rescaling s = r.rescaling();
      md.append("| ").append(r.unitName()).append(" | ").append(pts(s.achieved())).append(" | ")
          .append(pts(s.applicableMax())).append(" | ").append(pts(s.fullMax())).append(" | ")
          .append(s.factor().toPlainString()).append(" | ").append(r.index().toPlainString()).append(" | ")
          .append(r.selfIndex().toPlainString()).append(" | ").append(r.indexDifference().toPlainString())
          .append(" |\n");
    }

    md.append("\n| Hạng | Đơn vị | Chỉ số 2024 | Nhóm | Chỉ số 2023 | Thay đổi |\n|---:|---|---:|---|---:|---:|\n");
    for (Ranking.Entry e : ranking.entries()) {
      ScoreResult r = e.result();
      md.append("| ").append(e.rank()).append(" | ").append(r.unitName()).append(" | ")
          .append(r.index().toPlainString()).append(" | ")
          .append(r.classification().map(c -> c.label()).orElse("—")).append(" | ")
          .append(e.change().map(c -> c.previousIndex().toPlainString()).orElse("—")).append(" | ")
          .append(e.change().map(c -> signed(c.change())).orElse("—")).append(" |\n");
    }

    md.append("\n| Đơn vị | Lĩnh vực | 2023 | 2024 | Thay đổi |\n|---|---|---:|---:|---:|\n");
    for (Ranking.Entry e : ranking.entries()) {
      e.change().ifPresent(c -> c.areas().forEach(a -> md.append("| ").append(e.result().unitName()).append(" | ")
          .append(a.code()).append(". ").append(a.name()).append(" | ")
          .append(a.previousIndex().map(BigDecimal::toPlainString).orElse("—")).append(" | ")
          .append(a.index().map(BigDecimal::toPlainString).orElse("—")).append(" | ")
          .append(a.change().map(ScorecardWalkthroughTest::signed).orElse("—")).append(" |\n")));
    }
    now.forEach(r -> r.findings().forEach(f -> md.append("\nFinding: ").append(f.messageEn())));
    before.forEach(r -> r.findings().forEach(f -> md.append("\nFinding: ").append(f.messageEn())));
    return md.toString();
  }

  /** Points without trailing zeros: 11.5, 13, 15.84. */
  private static String pts(BigDecimal x) {
    return x.signum() == 0 ? "0" : x.stripTrailingZeros().toPlainString();
  }

  private static String signed(BigDecimal x) {
    return (x.signum() > 0 ? "+" : "") + x.toPlainString();
  }

  @Test
  @DisplayName("Ba sở chấm điểm từ dữ liệu, xếp hạng: the page shows what the code computes")
  void walkthroughMatchesGoldenFileAndDoc() throws IOException {
    String rendered = render();
    if (Boolean.getBoolean("scorecard.updateGolden")) {
      Files.writeString(GOLDEN, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), rendered);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String table : rendered.split("\n\n")) {
      assertTrue(doc.contains(table.strip()), () -> "docs/scorecards.md lacks:\n" + table);
    }
  }

  @Test
  void noUnitIsLeftWithoutAnswers() throws IOException {
    Scorecard card = BuiltInScorecard.EXAMPLE_DEPARTMENT.load();
    for (Assessment a : read("assessments-2024.json")) {
      assertEquals(List.of(), card.score(a).findings());
    }
  }
}
