package io.github.cchc.scoring.scorecard;

import static io.github.cchc.scoring.scorecard.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringMethodsTest {

  private static BigDecimal points(Criterion c, Answer answer) {
    Scorecard card = Scorecard.builder().id("one").name("Một tiêu chí").maxPoints(c.maxPoints()).addArea(c).build();
    Assessment a = Assessment.builder().unitId("U").period(ReportPeriod.parse("2024")).putAnswer(c.code(), answer)
        .build();
    return card.score(a).achieved();
  }

  private static BigDecimal derived(Criterion c, Rate value) {
    Scorecard card = Scorecard.builder().id("one").name("Một tiêu chí").maxPoints(c.maxPoints()).addArea(c).build();
    Assessment a = Assessment.builder().unitId("U").period(ReportPeriod.parse("2024"))
        .putIndicator("dossiers.onTimeRate", value).build();
    return card.score(a).achieved();
  }

  @Test
  @DisplayName("Có → đủ điểm, Không → 0")
  void yesNo() {
    Criterion c = Criterion.leaf("1", "Có kế hoạch", bd("1.5"), ScoringMethod.yesNo());
    assertEquals(bd("1.5"), points(c, Answer.yes()));
    assertEquals(BigDecimal.ZERO, points(c, Answer.no()));
  }

  @ParameterizedTest(name = "{0} → {1} of 4")
  @DisplayName("100% → full, 80–<100% → half, else 0; bounds are exact")
  @CsvSource({"100/100, 4.00", "80/100, 2.00", "99.99/100, 2.00", "7999/10000, 0", "4/5, 2.00",
      "0/7, 0"})
  void bands(String rate, String expected) {
    Criterion c = Criterion.leaf("1", "Tỷ lệ", bd("4"), ScoringMethod.bands(List.of(
        Band.atLeast(bd("100"), BigDecimal.ONE), Band.atLeast(bd("80"), bd("0.5")))));
    assertEquals(0, bd(expected).compareTo(points(c, Answer.rate(Rate.parse(rate)))), rate);
  }

  @Test
  @DisplayName("trên 95% is strict: exactly 95% does not reach the band")
  void strictBand() {
    Criterion c = Criterion.leaf("1", "Giải ngân", bd("4"), ScoringMethod.bands(List.of(
        Band.moreThan(bd("95"), BigDecimal.ONE), Band.atLeast(bd("80"), bd("0.5")))));
    assertEquals(bd("2.00"), points(c, Answer.rate(Rate.parse("95%"))));
    assertEquals(bd("4"), points(c, Answer.rate(Rate.of(9501, 10000))));
  }

  @ParameterizedTest(name = "{0} with threshold {1}% of {2} → {3}")
  @DisplayName("766: points = min(max, rate × max ÷ threshold)")
  @CsvSource({
      "40%, 80, 22, 11.00",    // half the threshold, half the points
      "80%, 80, 22, 22",       // at the threshold, full
      "95%, 80, 22, 22",       // capped at the maximum
      "40%, 50, 22, 17.60",    // online submission threshold 50%
      "81%, 90, 18, 16.20",    // satisfaction threshold 90%
      "1/3, 80, 4, 1.67",      // 4 × (1/3) ÷ 0.8 = 1.6666… → 1.67 HALF_UP
      "0/10, 80, 4, 0.00"})
  void linearThreshold(String rate, String threshold, String max, String expected) {
    Criterion c = Criterion.leaf("1", "Tỷ lệ", bd(max), ScoringMethod.linearThreshold(bd(threshold)));
    assertEquals(bd(expected), points(c, Answer.rate(Rate.parse(rate))));
  }

  @Test
  @DisplayName("Đúng hạn / trễ hạn / không thực hiện → configured points")
  void deadline() {
    Criterion c = Criterion.leaf("1", "Báo cáo", bd("2"), ScoringMethod.deadline(bd("2"), bd("1"), bd("0")));
    assertEquals(bd("2"), points(c, Answer.deadline(DeadlineStatus.MET)));
    assertEquals(bd("1"), points(c, Answer.deadline(DeadlineStatus.LATE)));
    assertEquals(bd("0"), points(c, Answer.deadline(DeadlineStatus.MISSING)));
  }

  @Test
  void manualKeepsThePointsGiven() {
    Criterion c = Criterion.leaf("1", "Tuyên truyền", bd("2"), ScoringMethod.manual());
    assertEquals(bd("1.25"), points(c, Answer.points(bd("1.25"))));
    assertEquals(bd("2"), points(c, Answer.points(bd("2"))));
  }

  @Test
  @DisplayName("Khảo sát A 100%, B 60%, C 20%, D 0%: 10 × (0.5 + 0.3×0.6 + 0.2×0.2) = 7.20")
  void survey() {
    Criterion c = Criterion.leaf("1", "Hài lòng", bd("10"), ScoringMethod.survey(Fixtures.ABCD));
    assertEquals(bd("7.20"), points(c, Answer.survey(Map.of("A", bd("50"), "B", bd("30"), "C", bd("20")))));
    assertEquals(bd("10"), points(c, Answer.survey(Map.of("A", bd("100")))));
    // 31.5 × (33.3×1 + 33.3×0.6 + 33.4×0.2) ÷ 100 = 31.5 × 0.5996 = 18.8874 → 18.89; the shares add to exactly 100
    Criterion big = Criterion.leaf("2", "Điều tra", bd("31.5"), ScoringMethod.survey(Fixtures.ABCD));
    assertEquals(bd("18.89"), points(big, Answer.survey(Map.of("A", bd("33.3"), "B", bd("33.3"),
        "C", bd("33.4")))));
  }

  @Test
  @DisplayName("Tiêu chí tính từ chỉ số: the rate comes from the indicator values")
  void derived() {
    Criterion linear = Criterion.leaf("1", "Hồ sơ đúng hạn", bd("8"),
        ScoringMethod.derived("dossiers.onTimeRate", ScoringMethod.linearThreshold(bd("95"))));
    assertEquals(bd("7.16"), derived(linear, Rate.of(85, 100)));  // 8 × 0.85 ÷ 0.95 = 7.157…
    assertEquals(bd("8"), derived(linear, Rate.of(96, 100)));
    Criterion bands = Criterion.leaf("1", "Hồ sơ đúng hạn", bd("15"),
        ScoringMethod.derived("dossiers.onTimeRate", ScoringMethod.bands(List.of(
            Band.atLeast(bd("100"), BigDecimal.ONE), Band.atLeast(bd("95"), bd("0.75")),
            Band.atLeast(bd("90"), bd("0.5"))))));
    assertEquals(bd("11.25"), derived(bands, Rate.of(19, 20)));
    assertEquals(BigDecimal.ZERO, derived(bands, Rate.of(17, 20)));
  }

  @Test
  void derivedTakesNoSelfAnswer() {
    Criterion c = Criterion.leaf("1", "Hồ sơ đúng hạn", bd("8"),
        ScoringMethod.derived("dossiers.onTimeRate", ScoringMethod.linearThreshold(bd("95"))));
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> points(c, Answer.points(bd("8"))));
    assertEquals("1", e.subject());
  }

  @Test
  void answerOfTheWrongKindNamesTheCriterion() {
    Criterion c = Criterion.leaf("2.1", "Có kế hoạch", bd("1"), ScoringMethod.yesNo());
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> points(c, Answer.rate(Rate.of(1, 2))));
    assertEquals("2.1", e.subject());
    assertTrue(e.getMessage().contains("2.1") && e.getMessage().contains("YES_NO"), e.getMessage());
  }

  @Test
  @DisplayName("Computed points never exceed a maximum with more decimals than the points scale")
  void roundingNeverExceedsMaximum() {
    Criterion c = Criterion.leaf("1", "Tỷ lệ", bd("0.125"), ScoringMethod.linearThreshold(bd("80")));
    assertEquals(bd("0.125"), points(c, Answer.rate(Rate.parse("80%"))));
  }
}
