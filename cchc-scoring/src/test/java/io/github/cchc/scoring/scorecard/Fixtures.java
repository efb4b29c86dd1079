package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.util.List;

/** A small scorecard with one criterion per method, whose results are computed by hand in the tests. */
final class Fixtures {

  private Fixtures() {
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static final List<SurveyOption> ABCD = List.of(SurveyOption.of("A", bd("100")), SurveyOption.of("B", bd("60")),
      SurveyOption.of("C", bd("20")), SurveyOption.of("D", bd("0")));

  /**
   * Area A (10): A1 yes/no 2, A2 bands 4 (100% full, 80% half), A3 linear to 80% 4. Area B (10): B1 deadline 3
   * (3/1.5/0), B2 manual 2, B3 survey 3, B4 derived from dossiers.onTimeRate, linear to 90%, 2.
   */
  static Scorecard card() {
    Criterion a = Criterion.group("A", "Khu vực A", bd("10"), List.of(
        Criterion.leaf("A1", "Có/Không", bd("2"), ScoringMethod.yesNo()),
        Criterion.leaf("A2", "Khung tỷ lệ", bd("4"), ScoringMethod.bands(List.of(
            Band.atLeast(bd("100"), BigDecimal.ONE), Band.atLeast(bd("80"), bd("0.5"))))),
        Criterion.leaf("A3", "Tuyến tính", bd("4"), ScoringMethod.linearThreshold(bd("80")))));
    Criterion b = Criterion.group("B", "Khu vực B", bd("10"), List.of(
        Criterion.leaf("B1", "Đúng hạn", bd("3"), ScoringMethod.deadline(bd("3"), bd("1.5"), BigDecimal.ZERO)),
        Criterion.leaf("B2", "Chấm trực tiếp", bd("2"), ScoringMethod.manual()),
        Criterion.leaf("B3", "Khảo sát", bd("3"), ScoringMethod.survey(ABCD)),
        Criterion.leaf("B4", "Hồ sơ đúng hạn", bd("2"),
            ScoringMethod.derived("dossiers.onTimeRate", ScoringMethod.linearThreshold(bd("90"))))));
    return Scorecard.builder().id("T").name("Bộ tiêu chí thử").example(true).maxPoints(bd("20"))
        .addArea(a).addArea(b)
        .addClassification(Classification.of("A", "Nhóm A", 90))
        .addClassification(Classification.of("B", "Nhóm B", 80))
        .build();
  }

  /** Answers every criterion: 2 + 2 + 2 + 1.5 + 1.25 + 2.16 + 1.8 = 12.71 of 20. */
  static Assessment.Builder full(String unit) {
    return Assessment.builder().unitId(unit).period(ReportPeriod.parse("2024"))
        .putAnswer("A1", Answer.yes())
        .putAnswer("A2", Answer.rate(Rate.of(85, 100)))
        .putAnswer("A3", Answer.rate(Rate.parse("40%")))
        .putAnswer("B1", Answer.deadline(DeadlineStatus.LATE))
        .putAnswer("B2", Answer.points(bd("1.25")))
        .putAnswer("B3", Answer.survey(java.util.Map.of("A", bd("50"), "B", bd("30"), "C", bd("20"),
            "D", bd("0"))))
        .putIndicator("dossiers.onTimeRate", Rate.of(81, 100));
  }
}
