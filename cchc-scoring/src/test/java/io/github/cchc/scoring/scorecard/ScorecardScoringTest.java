package io.github.cchc.scoring.scorecard;

import static io.github.cchc.scoring.scorecard.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.finding.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScorecardScoringTest {

  private final Scorecard card = Fixtures.card();

  @Test
  @DisplayName("Every method at once: 12.71 of 20 → 63.55, A 60.00, B 67.10")
  void everyMethodTogether() {
    ScoreResult r = card.score(Fixtures.full("U1").build());
    assertEquals(bd("12.71"), r.achieved());
    assertEquals(bd("20"), r.applicableMax());
    assertEquals(bd("63.55"), r.index());
    assertEquals(Optional.of(bd("60.00")), r.index("A"));
    assertEquals(Optional.of(bd("67.10")), r.index("B"));
    assertEquals(bd("2.16"), r.criterion("B3").orElseThrow().achieved());
    assertEquals(bd("1.80"), r.criterion("B4").orElseThrow().achieved());
    assertEquals(Optional.of(Rate.of(81, 100)), r.criterion("B4").orElseThrow().rate());
    assertFalse(r.rescaling().isRescaled());
    assertEquals(bd("1.0000"), r.rescaling().factor());
    assertEquals(Optional.empty(), r.classification());
    assertTrue(r.findings().isEmpty());
  }

  @Test
  @DisplayName("Không áp dụng: A2 leaves both totals, 10.71 of 16 → 66.94, factor 1.25")
  void notApplicableRescales() {
    Assessment base = Fixtures.full("U1").build();
    java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>(base.answers());
    answers.remove("A2");
    ScoreResult r = card.score(Assessment.builder().from(base).answers(answers).addNotApplicable("A2").build());
    assertEquals(bd("10.71"), r.achieved());
    assertEquals(bd("16"), r.applicableMax());
    assertEquals(bd("20"), r.rescaling().fullMax());
    assertEquals(bd("66.94"), r.index());           // 66.9375
    assertEquals(bd("1.2500"), r.rescaling().factor());
    assertEquals(bd("13.39"), r.rescaling().rescaledPoints()); // 10.71 × 20 ÷ 16 = 13.3875
    assertTrue(r.rescaling().isRescaled());
    CriterionScore a = r.criterion("A").orElseThrow();
    assertEquals(bd("6"), a.applicableMax());
    assertEquals(Optional.of(bd("66.67")), a.index()); // 4 of 6
    CriterionScore a2 = r.criterion("A2").orElseThrow();
    assertEquals(CriterionScore.Status.NOT_APPLICABLE, a2.status());
    assertEquals(Optional.empty(), a2.index());
  }

  @Test
  @DisplayName("Marking a group not applicable removes the whole area")
  void notApplicableGroup() {
    Assessment a = Assessment.builder().unitId("U").period(io.github.cchc.core.timeframe.ReportPeriod.parse("2024"))
        .addNotApplicable("A").putAnswer("B2", Answer.points(bd("2"))).build();
    ScoreResult r = card.score(a);
    assertEquals(bd("10"), r.applicableMax());
    assertEquals(CriterionScore.Status.NOT_APPLICABLE, r.criterion("A").orElseThrow().status());
    assertEquals(CriterionScore.Status.NOT_APPLICABLE, r.criterion("A3").orElseThrow().status());
    assertEquals(bd("20.00"), r.index());
    // B1, B3 and B4 have neither answer nor data: zero points, each reported
    assertEquals(List.of("criteria.B1", "criteria.B3", "criteria.B4"),
        r.findings().stream().map(f -> f.path()).toList());
    assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.WARNING));
    assertEquals("scorecard.indicator-missing", r.findings().get(2).ruleId());
  }

  @Test
  void everythingNotApplicableIsAnError() {
    Assessment a = Assessment.builder().unitId("U").period(io.github.cchc.core.timeframe.ReportPeriod.parse("2024"))
        .addNotApplicable("A", "B").build();
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> card.score(a));
    assertEquals("T", e.subject());
  }

  @Test
  void answerForANotApplicableCriterionIsAnError() {
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> card.score(Fixtures.full("U").addNotApplicable("A").build()));
    assertEquals("A1", e.subject());
  }

  @Test
  @DisplayName("Thẩm định: appraised points win, self points are kept, each difference has its reason")
  void appraisalOverrides() {
    ScoreResult r = card.score(Fixtures.full("U1")
        .putAppraisal("A1", Appraisal.of(Answer.no(), "Kế hoạch ban hành sau ngày 31/01"))
        .putAppraisal("B2", Appraisal.of(Answer.points(bd("2")), "Bổ sung tài liệu kiểm chứng"))
        .putAppraisal("B1", Appraisal.of(Answer.deadline(DeadlineStatus.LATE), "Xác nhận"))
        .build());
    // 12.71 − 2 + 0.75 = 11.46
    assertEquals(bd("11.46"), r.achieved());
    assertEquals(bd("12.71"), r.selfAchieved());
    assertEquals(bd("57.30"), r.index());
    assertEquals(bd("63.55"), r.selfIndex());
    assertEquals(bd("-6.25"), r.indexDifference());
    CriterionScore a1 = r.criterion("A1").orElseThrow();
    assertEquals(CriterionScore.Status.APPRAISED, a1.status());
    assertEquals(Optional.of(bd("2")), a1.selfPoints());
    assertEquals(Optional.of(BigDecimal.ZERO), a1.appraisedPoints());
    assertEquals(Optional.of("Kế hoạch ban hành sau ngày 31/01"), a1.reason());
    List<AppraisalDifference> diffs = r.appraisals();
    assertEquals(List.of("A1", "B1", "B2"), diffs.stream().map(AppraisalDifference::code).toList());
    assertEquals(bd("-2"), diffs.get(0).difference());
    assertFalse(diffs.get(1).isChange());
    assertEquals(bd("0.75"), diffs.get(2).difference());
  }

  @Test
  @DisplayName("An appraisal may correct the indicator rate of a derived criterion")
  void appraisalOfDerived() {
    ScoreResult r = card.score(Fixtures.full("U1")
        .putAppraisal("B4", Appraisal.of(Answer.rate(Rate.of(90, 100)), "Số liệu hồ sơ được đối chiếu lại")).build());
    CriterionScore b4 = r.criterion("B4").orElseThrow();
    assertEquals(Optional.of(bd("1.80")), b4.selfPoints());
    assertEquals(bd("2"), b4.achieved());
    assertEquals(Optional.of(Rate.of(90, 100)), b4.rate());
  }

  @Test
  @DisplayName("Phân loại: A ≥ 90, B 80–<90, below 80 no band")
  void classificationBands() {
    assertEquals("A", card.classify(bd("90.00")).orElseThrow().code());
    assertEquals("B", card.classify(bd("89.99")).orElseThrow().code());
    assertEquals("B", card.classify(bd("80")).orElseThrow().code());
    assertEquals(Optional.empty(), card.classify(bd("79.99")));
    // 2 + 4 + 4 | B1 missing 0, B2 2, B3 all D 0, B4 81% of 90% → 1.8: 13.8 of 20 = 69.00, no band
    Assessment.Builder unit = Fixtures.full("U1")
        .putAnswer("A2", Answer.rate(Rate.of(1, 1))).putAnswer("A3", Answer.rate(Rate.of(1, 1)))
        .putAnswer("B1", Answer.deadline(DeadlineStatus.MISSING)).putAnswer("B2", Answer.points(bd("2")))
        .putAnswer("B3", Answer.survey(java.util.Map.of("D", bd("100"))));
    ScoreResult r = card.score(unit.build());
    assertEquals(bd("69.00"), r.index());
    assertEquals(Optional.empty(), r.classification());
    // B1 on time, + 3: 16.8 → 84.00, B
    ScoreResult r2 = card.score(unit.putAnswer("B1", Answer.deadline(DeadlineStatus.MET)).build());
    assertEquals(bd("84.00"), r2.index());
    assertEquals("B", r2.classification().orElseThrow().code());
    // B3 all answer B (60%), + 1.8: 18.6 → 93.00, A
    ScoreResult r3 = card.score(unit.putAnswer("B3", Answer.survey(java.util.Map.of("B", bd("100")))).build());
    assertEquals(bd("93.00"), r3.index());
    assertEquals("A", r3.classification().orElseThrow().code());
  }

  @Test
  @DisplayName("Index rounds HALF_UP: 1.25 of 8 = 15.625 → 15.63")
  void halfUp() {
    assertEquals(bd("15.63"), new Rescaling(bd("1.25"), bd("8"), bd("8")).index());
    assertEquals(bd("33.33"), new Rescaling(bd("1"), bd("3"), bd("3")).index());
  }
}
