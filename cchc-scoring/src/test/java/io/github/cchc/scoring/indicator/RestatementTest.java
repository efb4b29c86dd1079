package io.github.cchc.scoring.indicator;

import static io.github.cchc.scoring.indicator.RestatementFixture.AFTER;
import static io.github.cchc.scoring.indicator.RestatementFixture.COUNT;
import static io.github.cchc.scoring.indicator.RestatementFixture.PERCENT;
import static io.github.cchc.scoring.indicator.RestatementFixture.PRESS;
import static io.github.cchc.scoring.indicator.RestatementFixture.SHARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestatementTest {
  private static final ReportPeriod Y2024 = ReportPeriod.ofYear(2024);
  private final OrgDirectory dir = RestatementFixture.directory();

  private static Observation obs(Indicator i, String unit, IndicatorValue v) {
    return new Observation(i, unit, Y2024, v);
  }

  private static Map<String, BigDecimal> shares(Object... pairs) {
    java.util.Map<String, BigDecimal> m = new java.util.TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], new BigDecimal((String) pairs[i + 1]));
    }
    return m;
  }

  @Test
  void aMergedUnitsFiguresGoWholeToItsSuccessorAndSaySo() {
    Restatement r = ObservationSet.of(List.of(obs(COUNT, "A-SNV", IndicatorValue.count(40)))).restatedAsOf(dir, AFTER);
    Restatement.Figure f = r.figure("C", "N-SNV", Y2024).orElseThrow();
    assertEquals(new BigDecimal("40"), f.first());
    assertEquals(shares("A-SNV", "1"), f.carriedFrom());
    assertTrue(f.isCarried());
    assertTrue(r.findings().isEmpty());
  }

  @Test
  void aSplitUnitsFiguresDivideByItsSharesAlongTheChainOfSuccessors() {
    Restatement r = ObservationSet.of(List.of(obs(COUNT, "A-SLDTBXH", IndicatorValue.count(7)),
        obs(COUNT, "A-SNV", IndicatorValue.count(10)))).restatedAsOf(dir, AFTER);
    Restatement.Figure snv = r.figure("C", "N-SNV", Y2024).orElseThrow();
    assertEquals(0, new BigDecimal("15.6").compareTo(snv.first()));
    assertEquals(shares("A-SLDTBXH", "0.8", "A-SNV", "1"), snv.carriedFrom());
    assertEquals(0, new BigDecimal("0.7").compareTo(r.figure("C", "N-SYT", Y2024).orElseThrow().first()));
    assertEquals(0, new BigDecimal("0.7").compareTo(r.figure("C", "N-SGDDT", Y2024).orElseThrow().first()));
    assertEquals(IndicatorValue.count(16), snv.rounded(RoundingMode.HALF_EVEN));
    assertEquals(IndicatorValue.count(1), r.figure("C", "N-SYT", Y2024).orElseThrow().rounded(RoundingMode.HALF_EVEN));
  }

  @Test
  void aRatioCarriesItsNumeratorAndDenominatorEachTimesTheShare() {
    Restatement r = ObservationSet.of(List.of(obs(SHARE, "A-SLDTBXH", IndicatorValue.ratio(90, 100))))
        .restatedAsOf(dir, AFTER);
    Restatement.Figure syt = r.figure("S", "N-SYT", Y2024).orElseThrow();
    assertEquals(0, new BigDecimal("9").compareTo(syt.first()));
    assertEquals(0, new BigDecimal("10").compareTo(syt.second()));
    assertEquals(new BigDecimal("90.00"), syt.share(2, RoundingMode.HALF_UP).orElseThrow());
  }

  @Test
  void anIndicatorRuleSendsItsFiguresWholeToOneSuccessor() {
    Restatement r = ObservationSet.of(List.of(obs(PRESS, "A-STTTT", IndicatorValue.count(12)))).restatedAsOf(dir,
        AFTER);
    assertEquals(0, new BigDecimal("12").compareTo(r.figure("P", "N-SVHTTDL", Y2024).orElseThrow().first()));
    assertTrue(r.figure("P", "N-SKHCN", Y2024).isEmpty());
    assertTrue(r.findings().isEmpty());
  }

  @Test
  void aSplitWithoutSharesIsAFindingNamingTheUnitAndWhatIsMissingAndTheRestIsCarried() {
    Restatement r = ObservationSet.of(List.of(obs(COUNT, "A-STTTT", IndicatorValue.count(5)),
        obs(COUNT, "A-SNV", IndicatorValue.count(3)))).restatedAsOf(dir, AFTER);
    Finding f = only(r.findings());
    assertEquals(Restatement.SPLIT_WITHOUT_SHARES, f.ruleId());
    assertTrue(f.messageEn().contains("'A-STTTT'") && f.messageEn().contains("(shares)")
        && f.messageEn().contains("figures of C are not carried"), f.messageEn());
    assertTrue(f.messageVi().contains("'A-STTTT'") && f.messageVi().contains("thiếu phần chia"), f.messageVi());
    assertEquals(0, BigDecimal.valueOf(3).compareTo(r.figure("C", "N-SNV", Y2024).orElseThrow().first()));
  }

  @Test
  void aDistrictWithoutSuccessorIsAFindingNotAnException() {
    Restatement r = ObservationSet.of(List.of(obs(COUNT, "A-H1", IndicatorValue.count(5)),
        obs(COUNT, "A-SYT", IndicatorValue.count(2)))).restatedAsOf(dir, AFTER);
    Finding f = only(r.findings());
    assertEquals(Restatement.NO_SUCCESSOR, f.ruleId());
    assertTrue(f.messageEn().contains("'A-H1'") && f.messageEn().contains("no successor")
        && f.messageEn().contains("2025-07-01"), f.messageEn());
    assertEquals(1, r.figures().size());
    assertEquals("N-SYT", r.figures().get(0).unitId());
  }

  @Test
  void aPercentWithoutPartsIsAFindingWhenItWouldBeCarriedAndKeptWhereItStands() {
    Restatement r = ObservationSet.of(List.of(
        obs(PERCENT, "A-SNV", IndicatorValue.reportedPercent(new BigDecimal("95.5"))),
        obs(PERCENT, "N-SYT", IndicatorValue.reportedPercent(new BigDecimal("80"))))).restatedAsOf(dir, AFTER);
    Finding f = only(r.findings());
    assertEquals(Restatement.PERCENT_WITHOUT_PARTS, f.ruleId());
    assertTrue(f.messageEn().contains("'A-SNV'") && f.messageEn().contains("numerator and denominator"));
    Restatement.Figure kept = r.figure("R", "N-SYT", Y2024).orElseThrow();
    assertFalse(kept.isCarried());
    assertEquals(new BigDecimal("80.0"), kept.share(1, RoundingMode.UNNECESSARY).orElseThrow());
  }

  @Test
  void rollingUpAddsTheSharesOfAnOldUnitBelowEachUnit() {
    Restatement r = ObservationSet.of(List.of(obs(COUNT, "A-SLDTBXH", IndicatorValue.count(7)),
        obs(COUNT, "A", IndicatorValue.count(1)))).restatedAsOf(dir, AFTER).rolledUp(dir);
    Restatement.Figure province = r.figure("C", "N", Y2024).orElseThrow();
    assertEquals(0, new BigDecimal("8").compareTo(province.first()));
    assertEquals(shares("A", "1", "A-SLDTBXH", "1"), province.carriedFrom());
  }

  @Test
  void restatingOntoADateBeforeTheMergerKeepsTheOldUnits() {
    Restatement r = ObservationSet.of(List.of(obs(COUNT, "A-SLDTBXH", IndicatorValue.count(10))))
        .restatedAsOf(dir, RestatementFixture.MARCH);
    assertEquals(0, new BigDecimal("8").compareTo(r.figure("C", "A-SNV", Y2024).orElseThrow().first()));
  }

  @Test
  void mergingRestatementsOntoDifferentDatesIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Restatement.empty(AFTER).merge(Restatement.empty(RestatementFixture.MARCH)));
  }

  @Test
  void sharesThatDoNotSumToOneAreRefusedNamingTheUnit() {
    var e = assertThrows(RuntimeException.class, () -> OrgUnit.builder().id("X").name("Sở X").kind(OrgKind.DEPARTMENT)
        .addSuccessors("Y", "Z").putShare("Y", new BigDecimal("0.5")).putShare("Z", new BigDecimal("0.4")).build());
    assertTrue(e.getMessage().contains("'X'") && e.getMessage().contains("0.9"), e.getMessage());
  }

  private static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), findings.toString());
    return findings.get(0);
  }
}
