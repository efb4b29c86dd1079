package io.github.cchc.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** A report period's code reads back, and the period is the one of its type containing its last day. */
class ReportPeriodProperties {

  @Test
  void parseOfToStringIsIdentity() {
    qt().withExamples(200)
        .forAll(Generate.enumValues(ReportPeriod.Type.class), Gens.intsWithEdges(1900, 9999), Gens.intsWithEdges(1, 12))
        .checkAssert((type, year, i) -> {
          ReportPeriod p = ReportPeriod.of(type, year, (i - 1) % (12 / type.months()) + 1);
          assertEquals(p, ReportPeriod.parse(p.toString()));
          assertEquals(p, ReportPeriod.containing(type, p.lastDay()));
          assertEquals(p.lastDay().plusDays(1), p.range().getEnd());
        });
  }
}
