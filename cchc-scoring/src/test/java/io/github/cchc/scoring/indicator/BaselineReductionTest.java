package io.github.cchc.scoring.indicator;

import static io.github.cchc.scoring.indicator.RestatementFixture.AFTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BaselineReductionTest {
  private static final IndicatorCatalog CATALOG = IndicatorCatalog.phuLucII();
  private static final ReportPeriod Y2015 = ReportPeriod.ofYear(2015);
  private static final ReportPeriod Y2026 = ReportPeriod.ofYear(2026);
  private final OrgDirectory dir = RestatementFixture.directory();

  private static Observation count(String code, String unit, ReportPeriod period, long n) {
    return new Observation(CATALOG.require(code), unit, period, IndicatorValue.count(n));
  }

  @Test
  @DisplayName("Biên chế so với năm 2015: tỉnh mới so với tổng số của các tỉnh tiền thân")
  void aMergedProvinceComparesWithThe2015FiguresOfItsPredecessors() {
    ObservationSet set = ObservationSet.of(List.of(count("3.2.1", "A", Y2015, 1_000), count("3.2.1", "N", Y2015, 600),
        count("3.2.1", "N", Y2026, 1_440)));
    BaselineReduction.Result r = BaselineReduction.of(set, dir, AFTER, List.of(2026));
    IndicatorValue v = r.rows().value("3.2.5", "N", Y2026).orElseThrow();
    assertEquals(IndicatorValue.ratio(160, 1_600), v);
    assertEquals(new BigDecimal("10.00"), v.share(2, RoundingMode.HALF_UP).orElseThrow());
    assertEquals(2, r.baseline().figure("3.2.1", "N", Y2015).orElseThrow().carriedFrom().size());
    assertTrue(r.findings().isEmpty(), r.findings()::toString);
  }

  @Test
  void aSplitDepartmentsBaselineIsItsShareOfTheOldOne() {
    ObservationSet set = ObservationSet.of(List.of(count("3.1.3", "A-SLDTBXH", Y2015, 5),
        count("3.1.3", "N-SYT", Y2026, 0)));
    BaselineReduction.Result r = BaselineReduction.of(set, dir, AFTER, List.of(2026));
    // 0.1 of 5 is 0.5 units in 2015, none now: a reduction of 100%, given as the percentage.
    assertEquals(IndicatorValue.reportedPercent(new BigDecimal("100.00")),
        r.rows().value("3.1.4", "N-SYT", Y2026).orElseThrow());
  }

  @Test
  void aUnitWithoutBaselineOrThatGrewIsAFindingNotARow() {
    ObservationSet set = ObservationSet.of(List.of(count("3.3.1", "N-SNV", Y2026, 10),
        count("3.3.1", "A-SYT", Y2015, 10), count("3.3.1", "N-SYT", Y2026, 12)));
    BaselineReduction.Result r = BaselineReduction.of(set, dir, AFTER, List.of(2026));
    assertTrue(r.rows().isEmpty(), r.rows()::toString);
    List<String> rules = r.findings().stream().map(f -> f.ruleId()).sorted().toList();
    assertEquals(List.of(BaselineReduction.NO_BASELINE, BaselineReduction.GREW).stream().sorted().toList(), rules);
    assertTrue(r.findings().stream().anyMatch(f -> f.messageEn().contains("'N-SNV'")));
  }
}
