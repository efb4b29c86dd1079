package io.github.cchc.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import org.junit.jupiter.api.Test;

class RateProperties {

  @Test
  void parseReadsToString() {
    qt().withExamples(200)
        .forAll(Gens.longsWithEdges(0, 1_000_000), Gens.longsWithEdges(1, 1_000_000))
        .checkAssert((a, b) -> {
          Rate r = Rate.of(Math.min(a, b), Math.max(a, b));
          assertEquals(r, Rate.parse(r.toString()));
        });
  }
}
