package io.github.cchc.scoring.scorecard;

import static io.github.cchc.scoring.scorecard.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.LocalizedError;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each bad input raises its own exception naming the criterion code. */
class BadInputTest {

  private final Scorecard card = Fixtures.card();

  private static void assertNames(ModelRuleException e, String code, String... words) {
    assertEquals(code, e.subject());
    assertWords(e, code, words);
  }

  private static void assertNames(UnknownReferenceException e, String id, String... words) {
    assertEquals(id, e.id());
    assertWords(e, id, words);
  }

  private static void assertWords(RuntimeException e, String code, String... words) {
    assertTrue(e.getMessage().contains(code), e.getMessage());
    for (String w : words) {
      assertTrue(e.getMessage().contains(w), () -> e.getMessage() + " lacks " + w);
    }
    String vi = ((LocalizedError) e).message(Locale.forLanguageTag("vi"));
    assertTrue(vi.contains(code), vi);
    assertFalse(vi.equals(e.getMessage()), vi);
  }

  @Test
  @DisplayName("Điểm vượt điểm tối đa: manual points above the maximum")
  void manualPointsAboveMax() {
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> card.score(Fixtures.full("U").putAnswer("B2", Answer.points(bd("2.5"))).build()));
    assertNames(e, "B2", "2.5", "0..2");
  }

  @Test
  void negativePoints() {
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> card.score(Fixtures.full("U").putAnswer("B2", Answer.points(bd("-0.5"))).build()));
    assertNames(e, "B2", "-0.5");
  }

  @Test
  void appraisedPointsAboveMax() {
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> card.score(Fixtures.full("U")
        .putAppraisal("A1", Appraisal.of(Answer.points(bd("3")), "Cộng thêm")).build()));
    assertNames(e, "A1", "appraised", "3");
  }

  @Test
  void deadlinePointsAboveMax() {
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> Criterion.leaf("1.3",
        "Báo cáo", bd("2"), ScoringMethod.deadline(bd("2.5"), bd("1"), bd("0"))));
    assertNames(e, "1.3", "2.5");
  }

  @Test
  @DisplayName("Tổng điểm tiêu chí thành phần khác điểm tiêu chí")
  void childrenMaximaDoNotAddUp() {
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> Criterion.group("1", "Chỉ đạo",
        bd("5"), List.of(Criterion.leaf("1.1", "a", bd("2"), ScoringMethod.yesNo()),
            Criterion.leaf("1.2", "b", bd("2.5"), ScoringMethod.yesNo()))));
    assertNames(e, "1", "5", "4.5");
  }

  @Test
  void areasDoNotAddUpToTheTotal() {
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> Scorecard.builder().id("S")
        .name("x").maxPoints(bd("100")).addArea(Criterion.leaf("1", "a", bd("99"), ScoringMethod.manual())).build());
    assertNames(e, "S", "100", "99");
  }

  @Test
  @DisplayName("Trùng mã tiêu chí, within a group and across areas")
  void duplicateCodes() {
    ModelRuleException inGroup = assertThrows(ModelRuleException.class,
        () -> Criterion.group("1", "Chỉ đạo", bd("2"), List.of(Criterion.leaf("1.1", "a", bd("1"),
            ScoringMethod.yesNo()), Criterion.leaf("1.1", "b", bd("1"), ScoringMethod.yesNo()))));
    assertNames(inGroup, "1.1");
    ModelRuleException across = assertThrows(ModelRuleException.class,
        () -> Scorecard.builder().id("S").name("x").maxPoints(bd("2"))
            .addArea(Criterion.group("1", "a", bd("1"), List.of(Criterion.leaf("X", "x", bd("1"),
                ScoringMethod.yesNo()))))
            .addArea(Criterion.group("2", "b", bd("1"), List.of(Criterion.leaf("X", "y", bd("1"),
                ScoringMethod.yesNo()))))
            .build());
    assertNames(across, "X", "S");
  }

  @Test
  @DisplayName("Tiêu chí tính từ chỉ số không có trong danh mục")
  void unknownIndicator() {
    UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
        () -> card.requireKnownIndicators(Set.of("dossiers.received")));
    assertNames(e, "dossiers.onTimeRate", "criterion B4");
    assertEquals(Optional.of("criterion B4"), e.referrer());
    assertEquals(UnknownReferenceException.Kind.INDICATOR, e.kind());
    UnknownReferenceException typo = assertThrows(UnknownReferenceException.class,
        () -> card.requireKnownIndicators(Set.of("dossiers.received", "dossiers.onTimeRat")));
    assertEquals(List.of("dossiers.onTimeRat"), typo.nearest());
    assertTrue(typo.getMessage().endsWith("; the nearest known: \"dossiers.onTimeRat\""), typo.getMessage());
    assertSame(card, card.requireKnownIndicators(Set.of("dossiers.onTimeRate")));
    assertSame(card, card.requireKnownIndicators(id -> id.startsWith("dossiers.")));
  }

  @Test
  @DisplayName("Tỷ lệ trả lời khảo sát không đủ 100%")
  void surveySharesNotHundred() {
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> card.score(Fixtures.full("U")
        .putAnswer("B3", Answer.survey(Map.of("A", bd("50"), "B", bd("49")))).build()));
    assertNames(e, "B3", "99");
    ModelRuleException unknown = assertThrows(ModelRuleException.class, () -> card.score(Fixtures.full("U")
        .putAnswer("B3", Answer.survey(Map.of("A", bd("50"), "E", bd("50")))).build()));
    assertNames(unknown, "B3", "\"E\"");
    ModelRuleException negative = assertThrows(ModelRuleException.class, () -> card.score(Fixtures.full("U")
        .putAnswer("B3", Answer.survey(Map.of("A", bd("110"), "B", bd("-10")))).build()));
    assertNames(negative, "B3", "negative");
  }

  @Test
  @DisplayName("Đánh giá cho mã tiêu chí không có trong bộ tiêu chí")
  void assessmentForUnknownCode() {
    UnknownReferenceException e = assertThrows(UnknownReferenceException.class,
        () -> card.score(Fixtures.full("U").putAnswer("C9", Answer.yes()).build()));
    assertNames(e, "C9", "answers");
    UnknownReferenceException na = assertThrows(UnknownReferenceException.class,
        () -> card.score(Fixtures.full("U").addNotApplicable("Z").build()));
    assertNames(na, "Z", "notApplicable");
    UnknownReferenceException ap = assertThrows(UnknownReferenceException.class, () -> card.score(
        Fixtures.full("U").putAppraisal("Q", Appraisal.of(Answer.yes(), "r")).build()));
    assertNames(ap, "Q", "appraisals");
  }

  @Test
  void answerForAGroup() {
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> card.score(Fixtures.full("U").putAnswer("A", Answer.points(bd("1"))).build()));
    assertNames(e, "A", "group");
  }

  @Test
  void assessmentForAnotherScorecard() {
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> card.score(Fixtures.full("U").scorecardId("other").build()));
    assertNames(e, "T", "other");
  }

  @Test
  void malformedCriteria() {
    assertNames(assertThrows(ModelRuleException.class, () -> Criterion.builder().code("1").name("a")
        .maxPoints(BigDecimal.ONE).build()), "1", "method");
    assertNames(assertThrows(ModelRuleException.class, () -> Criterion.builder().code("1").name("a")
        .maxPoints(BigDecimal.ONE).method(ScoringMethod.manual())
        .addChild(Criterion.leaf("1.1", "b", BigDecimal.ONE, ScoringMethod.yesNo())).build()), "1", "MANUAL");
    assertNames(assertThrows(ModelRuleException.class, () -> Criterion.leaf("2", "a", bd("0"),
        ScoringMethod.yesNo())), "2", "above zero");
    assertNames(assertThrows(ModelRuleException.class, () -> Criterion.leaf("3", "a", bd("1"),
        ScoringMethod.bands(List.of(Band.atLeast(bd("80"), bd("0.5")), Band.atLeast(bd("100"), bd("1")))))),
        "3", "highest");
    assertNames(assertThrows(ModelRuleException.class, () -> Criterion.leaf("4", "a", bd("1"),
        ScoringMethod.bands(List.of(Band.atLeast(bd("100"), bd("0.5")), Band.atLeast(bd("80"), bd("1")))))),
        "4", "lower band");
    assertNames(assertThrows(ModelRuleException.class, () -> Criterion.leaf("5", "a", bd("1"),
        ScoringMethod.linearThreshold(bd("0")))), "5", "threshold");
    assertNames(assertThrows(ModelRuleException.class, () -> Criterion.leaf("6", "a", bd("1"),
        ScoringMethod.survey(List.of(SurveyOption.of("A", bd("120")))))), "6", "120");
    assertNames(assertThrows(ModelRuleException.class, () -> Criterion.leaf("7", "a", bd("1"),
        ScoringMethod.derived("x", ScoringMethod.linearThreshold(bd("101"))))), "7", "101");
  }

  @Test
  void classificationsOutOfOrder() {
    ModelRuleException e = assertThrows(ModelRuleException.class, () -> Scorecard.builder()
        .from(card).classifications(List.of(Classification.of("B", "Nhóm B", 80), Classification.of("A", "Nhóm A",
            90))).build());
    assertNames(e, "T", "highest");
  }

  @Test
  void badRates() {
    assertThrows(IllegalArgumentException.class, () -> Rate.of(1, 0));
    assertThrows(IllegalArgumentException.class, () -> Rate.of(-1, 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.parse("0.9"));
    assertTrue(e.getMessage().contains("0.9"));
  }

  @Test
  void appraisalNeedsAReason() {
    assertThrows(IllegalArgumentException.class, () -> Appraisal.of(Answer.yes(), " "));
  }

  @Test
  void unitIdRequired() {
    assertThrows(IllegalArgumentException.class,
        () -> Assessment.builder().unitId(" ").period(ReportPeriod.parse("2024")).build());
  }

  @Test
  @DisplayName("Texts are kept in NFC")
  void namesAreNormalisedToNfc() {
    String nfd = java.text.Normalizer.normalize("Cải cách thủ tục hành chính", java.text.Normalizer.Form.NFD);
    Criterion c = Criterion.builder().code("3").name(nfd).maxPoints(bd("1")).method(ScoringMethod.yesNo())
        .addEvidence(nfd).build();
    assertEquals("Cải cách thủ tục hành chính", c.name());
    assertEquals(List.of("Cải cách thủ tục hành chính"), c.evidence());
    assertEquals("Cải cách thủ tục hành chính", Appraisal.of(Answer.yes(), nfd).reason());
  }
}
