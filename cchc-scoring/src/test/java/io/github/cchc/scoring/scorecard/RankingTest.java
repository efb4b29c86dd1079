package io.github.cchc.scoring.scorecard;

import static io.github.cchc.scoring.scorecard.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RankingTest {

  /** Two areas of 50 points each, scored manually, so the points are the index. */
  static final Scorecard CARD = Scorecard.builder().id("R").name("Xếp hạng").maxPoints(bd("100"))
      .addArea(Criterion.leaf("1", "Khu vực 1", bd("50"), ScoringMethod.manual()))
      .addArea(Criterion.leaf("2", "Khu vực 2", bd("50"), ScoringMethod.manual()))
      .build();

  static ScoreResult result(String unit, String year, String p1, String p2) {
    return CARD.score(Assessment.builder().unitId(unit).period(ReportPeriod.parse(year))
        .putAnswer("1", Answer.points(bd(p1))).putAnswer("2", Answer.points(bd(p2))).build());
  }

  @Test
  @DisplayName("So sánh qua sáp nhập: kết quả năm trước của đơn vị tiền thân duy nhất được tính cho đơn vị kế thừa")
  void anEarlierResultOfASinglePredecessorCountsForItsSuccessor() {
    io.github.cchc.core.org.OrgDirectory dir = io.github.cchc.core.org.OrgDirectory.of(
        unit("OLD", "2025-07-01", "NEW"), unit("NEW", null, null),
        unit("P1", "2025-07-01", "M"), unit("P2", "2025-07-01", "M"), unit("M", null, null));
    Ranking r = Ranking.of(List.of(result("NEW", "2026", "45", "45"), result("M", "2026", "40", "40")),
        List.of(result("OLD", "2024", "40", "40"), result("P1", "2024", "30", "30"), result("P2", "2024", "35", "35")),
        dir);
    assertEquals(0, new java.math.BigDecimal("10").compareTo(
        r.entry("NEW").orElseThrow().change().orElseThrow().change()));
    // Two provinces merged into M: an index is no sum, so no change is given.
    assertTrue(r.entry("M").orElseThrow().change().isEmpty());
    assertTrue(Ranking.of(List.of(result("NEW", "2026", "45", "45")), List.of(result("OLD", "2024", "40", "40")))
        .entry("NEW").orElseThrow().change().isEmpty());
  }

  private static io.github.cchc.core.org.OrgUnit unit(String id, String validTo, String successor) {
    var b = io.github.cchc.core.org.OrgUnit.builder().id(id).name("Tỉnh " + id)
        .kind(io.github.cchc.core.org.OrgKind.PROVINCE);
    if (validTo != null) {
      b.validTo(java.time.LocalDate.parse(validTo)).addSuccessor(successor);
    } else {
      b.validFrom(java.time.LocalDate.of(2025, 7, 1));
    }
    return b.build();
  }

  @Test
  @DisplayName("Đồng hạng: 90, 85, 85, 70 → 1, 2, 2, 4")
  void tiesShareARankAndSkipTheNext() {
    Ranking r = Ranking.of(List.of(result("D", "2024", "35", "35"), result("C", "2024", "40", "45"),
        result("A", "2024", "45", "45"), result("B", "2024", "45", "40")));
    assertEquals(List.of(1, 2, 2, 4), r.entries().stream().map(Ranking.Entry::rank).toList());
    assertEquals(List.of("A", "B", "C", "D"), r.entries().stream().map(e -> e.result().unitId()).toList());
    assertEquals(4, r.entry("D").orElseThrow().rank());
    assertEquals(Optional.empty(), r.entry("E"));
  }

  @Test
  @DisplayName("Thay đổi so với năm trước, per unit and area")
  void yearOverYear() {
    Ranking r = Ranking.of(List.of(result("A", "2024", "45", "45"), result("B", "2024", "40", "40")),
        List.of(result("A", "2023", "40", "42.5")));
    YearOverYear a = r.entry("A").orElseThrow().change().orElseThrow();
    assertEquals(bd("7.50"), a.change());                 // 90.00 − 82.50
    assertEquals(Optional.of(bd("10.00")), a.areaChange("1")); // 90.00 − 80.00
    assertEquals(Optional.of(bd("5.00")), a.areaChange("2"));  // 90.00 − 85.00
    assertEquals(ReportPeriod.parse("2023"), a.previousPeriod());
    assertEquals(Optional.empty(), r.entry("B").orElseThrow().change());
  }

  @Test
  void yearOverYearNeedsAnEarlierPeriod() {
    assertThrows(IllegalArgumentException.class,
        () -> YearOverYear.between(result("A", "2024", "1", "1"), result("A", "2024", "2", "2")));
  }

  @Test
  void rankingRejectsMixedPeriodsAndRepeatedUnits() {
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> Ranking.of(List.of(result("A", "2024", "1", "1"), result("B", "2023", "1", "1"))));
    assertTrue(mixed.getMessage().contains("2023"));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Ranking.of(List.of(result("A", "2024", "1", "1"), result("A", "2024", "2", "1"))));
    assertTrue(twice.getMessage().contains("A"));
  }

  @Test
  void emptyRanking() {
    assertTrue(Ranking.of(List.of()).entries().isEmpty());
  }

  @Test
  void indexComesFromPoints() {
    assertEquals(new BigDecimal("84.50"), result("A", "2024", "42", "42.5").index());
  }
}
