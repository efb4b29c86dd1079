package io.github.cchc.scoring.indicator;

import static io.github.cchc.scoring.indicator.RestatementFixture.AFTER;
import static io.github.cchc.scoring.indicator.RestatementFixture.COUNT;
import static io.github.cchc.scoring.indicator.RestatementFixture.PRESS;
import static io.github.cchc.scoring.indicator.RestatementFixture.SHARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.testing.Gens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Restating commutes with aggregating, for counts and for ratios kept as parts, in exact arithmetic. */
class RestatementProperties {
  private static final OrgDirectory DIR = RestatementFixture.directory();

  /** Up to 16 counts and ratios of old, new, split and abolished units over the quarters of 2024. */
  private static Gen<ObservationSet> sets() {
    Gen<String> unit = Gens.oneOf("A", "A-SNV", "A-SLDTBXH", "A-SYT", "A-STTTT", "A-SKHCN", "A-H1", "N", "N-SNV",
        "N-SYT");
    Gen<ReportPeriod> period = Gens.oneOf(ReportPeriod.ofYear(2024).split(ReportPeriod.Type.QUARTER));
    Gen<Long> n = Gens.longsWithEdges(0, 1_000);
    Gen<Observation> count = unit.zip(period, n, (u, p, v) -> new Observation(COUNT, u, p, IndicatorValue.count(v)));
    Gen<Observation> press = unit.zip(period, n, (u, p, v) -> new Observation(PRESS, u, p, IndicatorValue.count(v)));
    Gen<Observation> ratio = unit.zip(period, n, n,
        (u, p, a, b) -> new Observation(SHARE, u, p, IndicatorValue.ratio(Math.min(a, b), Math.max(a, b))));
    return Gens.listsOf(Generate.oneOf(count, press, ratio), 0, 16).map(ObservationSet::of);
  }

  @Test
  void restatingThenMergingEqualsMergingThenRestating() {
    qt().withExamples(300).forAll(sets(), sets()).checkAssert((a, b) ->
        assertEquals(a.merge(b).restatedAsOf(DIR, AFTER),
            a.restatedAsOf(DIR, AFTER).merge(b.restatedAsOf(DIR, AFTER))));
  }

  @Test
  void restatingThenSummingOverTheYearEqualsSummingThenRestating() {
    qt().withExamples(300).forAll(sets()).checkAssert(a ->
        assertEquals(a.overTime(ReportPeriod.Type.YEAR).restatedAsOf(DIR, AFTER),
            a.restatedAsOf(DIR, AFTER).overTime(ReportPeriod.Type.YEAR)));
  }

  @Test
  void restatingThenRollingUpGivesTheNewProvinceEverythingThatCouldBeCarried() {
    qt().withExamples(300).forAll(sets()).checkAssert(a -> {
      Restatement r = a.restatedAsOf(DIR, AFTER).rolledUp(DIR);
      ReportPeriod year = ReportPeriod.ofYear(2024);
      ObservationSet yearly = a.overTime(ReportPeriod.Type.YEAR);
      for (Indicator indicator : List.of(COUNT, PRESS, SHARE)) {
        BigDecimal first = BigDecimal.ZERO;
        BigDecimal second = BigDecimal.ZERO;
        for (Observation o : yearly.observations()) {
          boolean lost = o.unitId().equals("A-H1") || (o.unitId().equals("A-STTTT") && indicator != PRESS);
          if (o.indicator().equals(indicator) && !lost) {
            first = first.add(BigDecimal.valueOf(o.value().numerator()));
            second = second.add(BigDecimal.valueOf(o.value().denominator().orElse(0)));
          }
        }
        BigDecimal[] expected = {first, second};
        Restatement.Figure province = r.overTime(ReportPeriod.Type.YEAR).figure(indicator.code(), "N", year)
            .orElse(null);
        BigDecimal[] got = province == null ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}
            : new BigDecimal[] {province.first(), province.second()};
        assertEquals(0, expected[0].compareTo(got[0]), indicator.code() + " " + r);
        assertEquals(0, expected[1].compareTo(got[1]), indicator.code() + " " + r);
      }
    });
  }
}
