package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ReportLocaleProperties {

  /** A count and the total it is a share of. */
  record Share(long count, long total) {
  }

  /**
   * Decimals of four places from -10^12 to 10^12, with the ends, zero, the smallest steps and the places where
   * thousands separators appear as edges.
   */
  private static Gen<BigDecimal> decimals() {
    long end = 10_000_000_000_000_000L;
    return Gens.withEdges(Generate.longRange(-end, end),
            List.of(-end, end, 0L, 1L, -1L, 9_999L, 10_000L, 9_999_999L, 10_000_000L, -10_000_000L, end - 1))
        .map(units -> BigDecimal.valueOf(units, 4));
  }

  @Test
  void aFormattedDecimalReadsBackExactly() {
    qt().withExamples(200).forAll(decimals()).checkAssert(value -> {
      String vi = ReportLocale.VIETNAMESE.formatDecimal(value);
      assertEquals(value, new BigDecimal(vi.replace(".", "").replace(',', '.')));
      String en = ReportLocale.ENGLISH.formatDecimal(value);
      assertEquals(value, new BigDecimal(en.replace(",", "")));
    });
  }

  @Test
  void aSharePercentageIsWithinZeroAndHundred() {
    Gen<Share> shares = Gens.longsWithEdges(1, 1_000_000)
        .flatMap(total -> Gens.longsWithEdges(0, total).map(count -> new Share(count, total)));
    qt().withExamples(200).forAll(shares).checkAssert(share -> {
      Cell.CountWithShare cell = (Cell.CountWithShare) Cell.countWithShare(share.count(), share.total(), "hồ sơ");
      BigDecimal percent = cell.percent().orElseThrow();
      assertTrue(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, percent::toString);
    });
  }
}
