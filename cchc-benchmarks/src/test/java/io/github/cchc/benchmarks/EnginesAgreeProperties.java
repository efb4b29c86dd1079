package io.github.cchc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any seed and size, the engines that B1 compares give the same counts. */
class EnginesAgreeProperties {

  @Property(tries = 30)
  void libraryEngineAndStreamsEqualTheReference(@ForAll @IntRange(min = 1, max = 3_000) int size,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int threads) {
    NationalDataset d = NationalDataset.generate(size, seed);
    DossierCounts expected = ColumnLoop.aggregate(d);
    assertEquals(expected, LibraryEngine.toCounts(d, LibraryEngine.aggregate(LibraryEngine.table(d), threads)));
    StreamsBaseline streams = StreamsBaseline.of(d);
    assertEquals(expected, streams.toCounts(streams.aggregate()));
  }

  @Property(tries = 30)
  void provinceCountsAreTheSumsOfTheirUnits(@ForAll @IntRange(min = 1, max = 3_000) int size, @ForAll long seed) {
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
    assertEquals(size, c.total(Measure.RECEIVED));
  }
}
