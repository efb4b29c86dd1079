package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cchc.core.error.AggregationException;
import io.github.cchc.core.plan.ReformArea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorValueTest {

  @Test
  void theShareOfASumIsTheRatioOfTheSumsNotTheMeanOfTheShares() {
    IndicatorValue big = IndicatorValue.ratio(900, 1_000); // 90%
    IndicatorValue small = IndicatorValue.ratio(1, 10); // 10%
    IndicatorValue sum = big.plus(small);
    assertEquals(IndicatorValue.ratio(901, 1_010), sum);
    assertEquals(Optional.of(new BigDecimal("89.21")), sum.share(2, RoundingMode.HALF_UP));
    assertEquals(Optional.of(new BigDecimal("89.20")), sum.share(2, RoundingMode.DOWN));
  }

  @Test
  void aShareOfNothingIsNotZero() {
    assertEquals(Optional.empty(), IndicatorValue.ratio(0, 0).share(1, RoundingMode.HALF_UP));
    assertEquals(Optional.empty(), IndicatorValue.count(5).share(1, RoundingMode.HALF_UP));
  }

  @Test
  void flagsOfSeveralUnitsBecomeKOfN() {
    IndicatorValue v = IndicatorValue.flag(true).plus(IndicatorValue.flag(false)).plus(IndicatorValue.flag(true));
    assertEquals(IndicatorValue.flags(2, 3), v);
    Indicator flag = IndicatorCatalog.builtIn().require("2.4.5");
    assertEquals("2/3 đơn vị = 66,7%", v.format(flag, 1, RoundingMode.HALF_UP));
    assertEquals("Có", IndicatorValue.flag(true).format(flag, 1, RoundingMode.HALF_UP));
    assertEquals("Không", IndicatorValue.flag(false).format(flag, 1, RoundingMode.HALF_UP));
  }

  @Test
  void aCountWithShareIsWrittenAsInTheTable() {
    Indicator onTime = IndicatorCatalog.builtIn().require("2.4.1");
    assertEquals("95 hồ sơ = 79,17%", IndicatorValue.ratio(95, 120).format(onTime, 2, RoundingMode.HALF_UP));
    Indicator percent = IndicatorCatalog.builtIn().require("6.6.5");
    assertEquals("79,2%", IndicatorValue.ratio(95, 120).format(percent, 1, RoundingMode.HALF_UP));
  }

  @Test
  void valuesOfDifferentKindsOrReportedPercentagesDoNotAdd() {
    assertThrows(AggregationException.class, () -> IndicatorValue.count(1).plus(IndicatorValue.ratio(1, 2)));
    IndicatorValue p = IndicatorValue.reportedPercent(new BigDecimal("12.5"));
    assertThrows(AggregationException.class, () -> p.plus(p));
  }

  @Test
  void badValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.count(-1));
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.flags(3, 2));
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.ratio(1, -2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorValue.parse("9 of 10"));
    assertEquals(true, e.getMessage().contains("9 of 10"));
  }

  @Test
  void anObservationHoldsOnlyAValueItsIndicatorAccepts() {
    Indicator count = Indicator.of("X", "Số", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT);
    assertThrows(IllegalArgumentException.class, () -> new Observation(count, "U",
        io.github.cchc.core.timeframe.ReportPeriod.parse("2024"), IndicatorValue.ratio(1, 2)));
  }
}
