package io.github.cchc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** For any seed and size, the engines that B1 compares give the same counts. */
class EnginesAgreeProperties {

  /** Sizes up to 3,000 dossiers: a national dataset of that size is generated and aggregated per example. */
  private static Gen<Integer> sizes() {
    return Gens.intsWithEdges(1, 3_000);
  }

  private static Gen<Long> seeds() {
    return Gens.withEdges(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE),
        List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  @Test
  void libraryEngineAndStreamsEqualTheReference() {
    qt().withExamples(30).forAll(sizes(), seeds(), Generate.range(1, 2)).checkAssert((size, seed, threads) -> {
      NationalDataset d = NationalDataset.generate(size, seed);
      DossierCounts expected = ColumnLoop.aggregate(d);
      assertEquals(expected, LibraryEngine.toCounts(d, LibraryEngine.aggregate(LibraryEngine.table(d), threads)));
      StreamsBaseline streams = StreamsBaseline.of(d);
      assertEquals(expected, streams.toCounts(streams.aggregate()));
    });
  }

  @Test
  void provinceCountsAreTheSumsOfTheirUnits() {
    qt().withExamples(30).forAll(sizes(), seeds()).checkAssert((size, seed) -> {
      NationalDataset d = NationalDataset.generate(size, seed);
      DossierCounts c = ColumnLoop.aggregate(d);
      for (Measure m : Measure.values()) {
        long units = 0;
        for (int u = 0; u < d.unitCount(); u++) {
          for (int q = 0; q < StudyYear.QUARTERS; q++) {
            units += c.unit(u, q, m);
          }
        }
        assertEquals(units, c.total(m), m.indicatorId());
      }
      assertEquals((long) size, c.total(Measure.RECEIVED));
    });
  }
}
