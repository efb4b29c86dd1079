package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class ReportLocaleProperties {

  @Property(tries = 200)
  void aFormattedDecimalReadsBackExactly(
      @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(4) BigDecimal value) {
    String vi = ReportLocale.VIETNAMESE.formatDecimal(value);
    assertEquals(value, new BigDecimal(vi.replace(".", "").replace(',', '.')));
    String en = ReportLocale.ENGLISH.formatDecimal(value);
    assertEquals(value, new BigDecimal(en.replace(",", "")));
  }

  @Property(tries = 200)
  void aSharePercentageIsWithinZeroAndHundred(@ForAll long seed) {
    long total = Math.floorMod(seed, 1_000_000L) + 1;
    long count = Math.floorMod(seed / 7, total + 1);
    Cell.CountWithShare cell = (Cell.CountWithShare) Cell.countWithShare(count, total, "hồ sơ");
    BigDecimal percent = cell.percent().orElseThrow();
    assertEquals(true, percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, percent::toString);
  }
}
