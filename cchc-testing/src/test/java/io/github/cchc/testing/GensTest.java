package io.github.cchc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GensTest {

  @Test
  void intsWithEdgesStayInRangeAndReachBothEnds() {
    Set<Integer> seen = new HashSet<>();
    qt().withExamples(500).forAll(Gens.intsWithEdges(-3, 1000)).checkAssert(i -> {
      assertTrue(-3 <= i && i <= 1000, "in range: " + i);
      seen.add(i);
    });
    assertTrue(seen.contains(-3) && seen.contains(1000) && seen.contains(0), "edges drawn: " + seen.size());
  }

  @Test
  void datesWithEdgesStayInRangeAndReachBothEnds() {
    LocalDate first = LocalDate.of(1900, 1, 31);
    LocalDate last = LocalDate.of(2100, 12, 31);
    Set<LocalDate> seen = new HashSet<>();
    qt().withExamples(500).forAll(Gens.datesWithEdges(first, last)).checkAssert(d -> {
      assertTrue(!d.isBefore(first) && !d.isAfter(last), "in range: " + d);
      seen.add(d);
    });
    assertTrue(seen.contains(first) && seen.contains(last), "ends drawn");
  }

  @Test
  void vietnameseTextIsNfcAndItsNfdVariantDecomposes() {
    qt().withExamples(200).forAll(Gens.vietnameseText(1, 6)).checkAssert(t -> {
      assertTrue(Normalizer.isNormalized(t, Normalizer.Form.NFC), t);
      assertEquals(t, Normalizer.normalize(Gens.nfd(t), Normalizer.Form.NFC));
    });
  }

  @Test
  void hostileTextReachesControlsBidiAndLoneSurrogates() {
    boolean[] found = new boolean[3];
    qt().withExamples(1000).forAll(Gens.hostileText(8)).checkAssert(t -> {
      found[0] |= t.chars().anyMatch(c -> c < 0x20);
      found[1] |= t.chars().anyMatch(c -> c >= 0x202a && c <= 0x202e);
      found[2] |= t.contains("\ud800") || t.contains("\udfff");
    });
    assertTrue(found[0] && found[1] && found[2], "controls, bidirectional overrides and lone surrogates drawn");
  }
}
