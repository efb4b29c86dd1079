package io.github.cchc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

class GensTest {

  /** How far a failure shrinks depends on the draws; the tests of shrinking use one seed, so they always agree. */
  private static final long SHRINK_SEED = 20_261_202L;

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
  void aValueBuiltFromChoicesShrinksDrawByDraw() {
    // Lists of up to 20 numbers below 1000; the property "no number reaches 500" is false.
    AtomicReference<Object> smallest = new AtomicReference<>();
    assertThrows(AssertionError.class, () -> qt().withFixedSeed(SHRINK_SEED).withExamples(200)
        .withReporter(capture(smallest))
        .forAll(Gens.from(c -> {
          List<Integer> list = new ArrayList<>();
          for (int i = c.nextInt(1, 21); i > 0; i--) {
            list.add(c.nextInt(1000));
          }
          return list;
        }))
        .check(list -> list.stream().allMatch(x -> x < 500)));
    @SuppressWarnings("unchecked")
    List<Integer> shrunk = (List<Integer>) smallest.get();
    // Every draw shrank on its own: the numbers before the failing one went to 0, the failing one down to 500.
    assertEquals(500, shrunk.get(shrunk.size() - 1), shrunk::toString);
    assertTrue(shrunk.subList(0, shrunk.size() - 1).stream().allMatch(x -> x == 0), shrunk::toString);
  }

  @Test
  void aListOfChoicesShrinksToTheElementsThatFail() {
    AtomicReference<Object> smallest = new AtomicReference<>();
    assertThrows(AssertionError.class, () -> qt().withFixedSeed(SHRINK_SEED).withExamples(200)
        .withReporter(capture(smallest))
        .forAll(Gens.from(c -> c.listOf(20, (e, i) -> e.nextInt(1000))))
        .check(list -> list.stream().allMatch(x -> x < 500)));
    assertEquals(List.of(500), smallest.get());
  }

  @Test
  void aListOfChoicesReachesEmptyAndFull() {
    Set<Integer> sizes = new HashSet<>();
    qt().withExamples(300).forAll(Gens.from(c -> c.listOf(10, (e, i) -> i))).checkAssert(list -> {
      assertTrue(list.stream().sorted().distinct().toList().equals(list), "slots in order: " + list);
      sizes.add(list.size());
    });
    assertTrue(sizes.contains(0) && sizes.contains(10) && sizes.size() == 11, sizes::toString);
  }

  @Test
  void decimalsKeepTheirDigitsAndScalesAndReachTheEdges() {
    Set<BigDecimal> seen = new HashSet<>();
    qt().withExamples(500).forAll(Gens.decimals(6, -3, 4)).checkAssert(d -> {
      assertTrue(d.unscaledValue().abs().compareTo(BigInteger.TEN.pow(6)) < 0, d::toString);
      assertTrue(-3 <= d.scale() && d.scale() <= 4, d::toString);
      seen.add(d);
    });
    assertTrue(seen.contains(new BigDecimal("0.0001")) && seen.contains(new BigDecimal("-999999E+3")),
        "edges drawn");
    assertTrue(seen.stream().anyMatch(d -> d.signum() < 0 && d.scale() > 0), "negative fractions drawn");
  }

  @Test
  void anyBytesReachTheBytesFormatsCareAbout() {
    Set<Integer> seen = new HashSet<>();
    qt().withExamples(300).forAll(Gens.anyBytes(40)).checkAssert(b -> {
      assertTrue(b.length <= 40);
      for (byte x : b) {
        seen.add(x & 0xFF);
      }
    });
    assertTrue(seen.containsAll(List.of(0x22, 0x0A, 0x0D, 0xEF, 0xFF, 0x00)), seen::toString);
    assertEquals("[1, -1]", Gens.anyBytes(2).asString(new byte[] {1, -1}));
  }

  @Test
  void stringsOfUseOnlyTheirAlphabet() {
    qt().withExamples(200).forAll(Gens.stringsOf("aă\uD83D\uDE00,", 1, 5)).checkAssert(s -> {
      int n = s.codePointCount(0, s.length());
      assertTrue(1 <= n && n <= 5, s);
      assertTrue(s.codePoints().allMatch(c -> "aă\uD83D\uDE00,".indexOf(c) >= 0), s);
    });
  }

  private static Reporter capture(AtomicReference<Object> smallest) {
    return new Reporter() {
      @Override
      public void falisification(long seed, int examples, Object value, Throwable cause, List<Object> others,
          AsString<Object> toString) {
        smallest.set(value);
        throw new AssertionError("falsified by " + value, cause);
      }

      @Override
      public void falisification(long seed, int examples, Object value, List<Object> others,
          AsString<Object> toString) {
        smallest.set(value);
        throw new AssertionError("falsified by " + value);
      }

      @Override
      public void valuesExhausted(int examples) {}
    };
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
        () -> qt().withFixedSeed(SHRINK_SEED).withExamples(500).forAll(drawn).check(values -> values.stream().allMatch(v -> v < 500)));
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
