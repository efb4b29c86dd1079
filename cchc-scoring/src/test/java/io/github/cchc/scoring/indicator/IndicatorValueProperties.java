package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class IndicatorValueProperties {

  /**
   * Counts, ratios, k-of-n flags and reported percentages from 0 to 100 with 0 to 4 decimals, with 0 and the ends of
   * the ranges as edges.
   */
  static Gen<IndicatorValue> values() {
    Gen<Long> n = Gens.longsWithEdges(0, 1_000_000);
    return Generate.oneOf(
        n.map(IndicatorValue::count),
        n.zip(n, IndicatorValue::ratio),
        n.zip(n, (a, b) -> IndicatorValue.flags(Math.min(a, b), Math.max(a, b))),
        Generate.range(0, 4).flatMap(scale -> Gens.longsWithEdges(0, 100 * (long) Math.pow(10, scale))
            .map(units -> IndicatorValue.reportedPercent(BigDecimal.valueOf(units, scale)))));
  }

  @Test
  void parseReadsBackToString() {
    qt().withExamples(200).forAll(values()).checkAssert(v -> assertEquals(v, IndicatorValue.parse(v.toString())));
  }
}
