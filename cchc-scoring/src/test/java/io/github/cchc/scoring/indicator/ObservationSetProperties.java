package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ObservationSetProperties {
  private static final Indicator COUNT =
      Indicator.of("C", "Số hồ sơ", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT);
  private static final Indicator SHARE =
      Indicator.of("S", "Tỷ lệ đúng hạn", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT_WITH_SHARE);
  private static final Indicator FLAG =
      Indicator.of("F", "Có xử lý phản ánh", ReformArea.PROCEDURES, IndicatorUnit.YES_NO, ValueType.FLAG);

  @Provide
  Arbitrary<ObservationSet> sets() {
    Arbitrary<String> unit = Arbitraries.of("A", "B", "C");
    Arbitrary<ReportPeriod> period = Arbitraries.of(ReportPeriod.ofYear(2024).split(ReportPeriod.Type.QUARTER));
    Arbitrary<Long> n = Arbitraries.longs().between(0, 1_000);
    Arbitrary<Observation> count = Combinators.combine(unit, period, n)
        .as((u, p, v) -> new Observation(COUNT, u, p, IndicatorValue.count(v)));
    Arbitrary<Observation> share = Combinators.combine(unit, period, n, n)
        .as((u, p, a, b) -> new Observation(SHARE, u, p, IndicatorValue.ratio(Math.min(a, b), Math.max(a, b))));
    Arbitrary<Observation> flag = Combinators.combine(unit, period, Arbitraries.of(true, false))
        .as((u, p, yes) -> new Observation(FLAG, u, p, IndicatorValue.flag(yes)));
    return Arbitraries.oneOf(count, share, flag).list().ofMaxSize(12).map(ObservationSet::of);
  }

  @Property(tries = 200)
  void mergeIsAssociative(@ForAll("sets") ObservationSet a, @ForAll("sets") ObservationSet b,
      @ForAll("sets") ObservationSet c) {
    assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
  }

  @Property(tries = 200)
  void mergeIsCommutative(@ForAll("sets") ObservationSet a, @ForAll("sets") ObservationSet b) {
    assertEquals(a.merge(b), b.merge(a));
  }

  @Property(tries = 200)
  void theEmptySetIsTheIdentity(@ForAll("sets") ObservationSet a) {
    assertEquals(a, a.merge(ObservationSet.empty()));
    assertEquals(a, ObservationSet.empty().merge(a));
  }

  @Property(tries = 200)
  void aggregatingOverTimeCommutesWithMerging(@ForAll("sets") ObservationSet a, @ForAll("sets") ObservationSet b) {
    assertEquals(a.merge(b).overTime(ReportPeriod.Type.YEAR),
        a.overTime(ReportPeriod.Type.YEAR).merge(b.overTime(ReportPeriod.Type.YEAR)));
  }

  @Property(tries = 200)
  void mergingThePartsOfASetGivesTheSet(@ForAll("sets") ObservationSet a) {
    List<Observation> all = a.observations();
    ObservationSet left = ObservationSet.of(all.subList(0, all.size() / 2));
    ObservationSet right = ObservationSet.of(all.subList(all.size() / 2, all.size()));
    assertEquals(a, left.merge(right));
  }
}
