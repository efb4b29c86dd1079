package io.github.cchc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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

  @Test
  void stringsUseOnlyTheAlphabetAndReachBothLengths() {
    Set<Integer> lengths = new HashSet<>();
    qt().withExamples(300).forAll(Gens.strings("aQ-", 1, 4)).checkAssert(s -> {
      assertTrue(s.matches("[aQ-]{1,4}"), s);
      lengths.add(s.length());
    });
    assertEquals(Set.of(1, 2, 3, 4), lengths);
  }

  @Test
  void randomsSpreadTheirDrawsAndEndInZeros() {
    Set<Integer> seen = new HashSet<>();
    qt().withExamples(300).forAll(Gens.randoms(10)).checkAssert(r -> {
      for (int i = 0; i < 10; i++) {
        int d = r.nextInt(6);
        assertTrue(0 <= d && d < 6, "in range: " + d);
        seen.add(d);
      }
      for (int i = 0; i < 5; i++) {
        assertEquals(0, r.nextInt(6), "a draw after the last one");
        assertFalse(r.nextBoolean());
        assertEquals(0L, r.nextLong());
      }
    });
    assertEquals(Set.of(0, 1, 2, 3, 4, 5), seen);
  }

  @Test
  void aFailureShrinksTheDrawsToOneThatStillFailsAndZeros() {
    // "No draw of nextInt(1000) is 500 or more" fails; shrinking leaves one draw of 500 or more, the others 0.
    Gen<List<Integer>> drawn = Gens.randoms(8).map(r -> {
      List<Integer> values = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        values.add(r.nextInt(1000));
      }
      return values;
    });
    AssertionError e = assertThrows(AssertionError.class,
        () -> qt().withExamples(500).forAll(drawn).check(values -> values.stream().allMatch(v -> v < 500)));
    String smallest = e.getMessage().split("Smallest found falsifying value\\(s\\) :-\\R", 2)[1].lines().findFirst()
        .orElseThrow();
    assertTrue(smallest.matches("\\[(0, )*[5-9]\\d\\d(, 0)*]"), smallest);
  }

  @Test
  void builtAppliesEveryStepInOrder() {
    qt().withExamples(100).forAll(Gens.built(StringBuilder::new, StringBuilder::toString, List.of(
        Gens.step(Gens.strings("ab", 1, 3), StringBuilder::append),
        Gens.step(Gens.oneOf("-"), StringBuilder::append),
        Gens.step(Gens.intsWithEdges(0, 9), StringBuilder::append))))
        .checkAssert(s -> assertTrue(s.matches("[ab]{1,3}-\\d"), s));
  }
}
