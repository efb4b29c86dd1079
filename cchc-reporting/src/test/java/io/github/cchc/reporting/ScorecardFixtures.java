package io.github.cchc.reporting;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.scorecard.Answer;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Classification;
import io.github.cchc.scoring.scorecard.Criterion;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import io.github.cchc.scoring.scorecard.ScoringMethod;
import java.math.BigDecimal;
import java.util.List;

/** An example scorecard of two areas with manual points, scored for four departments over two years. */
final class ScorecardFixtures {

  private ScorecardFixtures() {}

  static Scorecard card() {
    return Scorecard.builder().id("VD").name("Bộ tiêu chí ví dụ cấp sở").example(true).maxPoints(new BigDecimal(100))
        .addArea(Criterion.group("I", "Công tác chỉ đạo, điều hành", new BigDecimal(40), List.of(
            Criterion.leaf("I.1", "Kế hoạch CCHC", new BigDecimal(40), ScoringMethod.manual()))))
        .addArea(Criterion.group("II", "Cải cách thủ tục hành chính", new BigDecimal(60), List.of(
            Criterion.leaf("II.1", "Giải quyết hồ sơ", new BigDecimal(60), ScoringMethod.manual()))))
        .addClassification(Classification.of("A", "Tốt", 90))
        .addClassification(Classification.of("B", "Khá", 80))
        .build();
  }

  static ScoreResult score(String unit, String name, int year, String first, String second) {
    return card().score(Assessment.builder().unitId(unit).unitName(name).period(ReportPeriod.ofYear(year))
        .putAnswer("I.1", Answer.points(new BigDecimal(first)))
        .putAnswer("II.1", Answer.points(new BigDecimal(second)))
        .build());
  }

  /** 2024: Tư pháp 95.5, Tài chính 88, Nội vụ 88, Công Thương 70.25; 2023 known for three of them. */
  static Ranking ranking() {
    List<ScoreResult> now = List.of(
        score("STC", "Sở Tài chính", 2024, "35", "53"),
        score("STP", "Sở Tư pháp", 2024, "38", "57.5"),
        score("SNV", "Sở Nội vụ", 2024, "30", "58"),
        score("SCT", "Sở Công Thương", 2024, "30.25", "40"));
    List<ScoreResult> before = List.of(
        score("STC", "Sở Tài chính", 2023, "36", "55"),
        score("STP", "Sở Tư pháp", 2023, "35", "55"),
        score("SCT", "Sở Công Thương", 2023, "30", "40"));
    return Ranking.of(now, before);
  }
}
