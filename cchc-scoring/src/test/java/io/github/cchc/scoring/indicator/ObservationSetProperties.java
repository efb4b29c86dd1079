package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.testing.Gens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ObservationSetProperties {
  private static final Indicator COUNT =
      Indicator.of("C", "Số hồ sơ", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT);
  private static final Indicator SHARE =
      Indicator.of("S", "Tỷ lệ đúng hạn", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT_WITH_SHARE);
  private static final Indicator FLAG =
      Indicator.of("F", "Có xử lý phản ánh", ReformArea.PROCEDURES, IndicatorUnit.YES_NO, ValueType.FLAG);

  /** Up to 12 observations of three units over the quarters of 2024, so that the same key recurs often. */
  private static Gen<ObservationSet> sets() {
    Gen<String> unit = Gens.oneOf("A", "B", "C");
    Gen<ReportPeriod> period = Gens.oneOf(ReportPeriod.ofYear(2024).split(ReportPeriod.Type.QUARTER));
    Gen<Long> n = Gens.longsWithEdges(0, 1_000);
    Gen<Observation> count = unit.zip(period, n, (u, p, v) -> new Observation(COUNT, u, p, IndicatorValue.count(v)));
    Gen<Observation> share = unit.zip(period, n, n,
        (u, p, a, b) -> new Observation(SHARE, u, p, IndicatorValue.ratio(Math.min(a, b), Math.max(a, b))));
    Gen<Observation> flag =
        unit.zip(period, Generate.booleans(), (u, p, yes) -> new Observation(FLAG, u, p, IndicatorValue.flag(yes)));
    return Gens.listsOf(Generate.oneOf(count, share, flag), 0, 12).map(ObservationSet::of);
  }

  @Test
  void mergeIsAssociative() {
    qt().withExamples(200).forAll(sets(), sets(), sets())
        .checkAssert((a, b, c) -> assertEquals(a.merge(b).merge(c), a.merge(b.merge(c))));
  }

  @Test
  void mergeIsCommutative() {
    qt().withExamples(200).forAll(sets(), sets()).checkAssert((a, b) -> assertEquals(a.merge(b), b.merge(a)));
  }

  @Test
  void theEmptySetIsTheIdentity() {
    qt().withExamples(200).forAll(sets()).checkAssert(a -> {
      assertEquals(a, a.merge(ObservationSet.empty()));
      assertEquals(a, ObservationSet.empty().merge(a));
    });
  }

  @Test
  void aggregatingOverTimeCommutesWithMerging() {
    qt().withExamples(200).forAll(sets(), sets()).checkAssert((a, b) ->
        assertEquals(a.merge(b).overTime(ReportPeriod.Type.YEAR),
            a.overTime(ReportPeriod.Type.YEAR).merge(b.overTime(ReportPeriod.Type.YEAR))));
  }

  @Test
  void mergingThePartsOfASetGivesTheSet() {
    qt().withExamples(200).forAll(sets()).checkAssert(a -> {
      List<Observation> all = a.observations();
      ObservationSet left = ObservationSet.of(all.subList(0, all.size() / 2));
      ObservationSet right = ObservationSet.of(all.subList(all.size() / 2, all.size()));
      assertEquals(a, left.merge(right));
    });
  }
}
