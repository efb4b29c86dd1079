package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DossierIdSetTest {

  @Test
  void anIdIsNewOnceThenSeen() {
    DossierIdSet ids = new DossierIdSet();
    assertTrue(ids.add("H56-0001"));
    assertFalse(ids.add("H56-0001"));
    assertTrue(ids.add("H56-0002"));
    assertTrue(ids.add(""));
    assertFalse(ids.add(""));
    assertEquals(3, ids.size());
  }

  @Test
  void bytesOfALargerArrayAreTheIdTheyHold() {
    DossierIdSet ids = new DossierIdSet();
    byte[] line = "x,H-1,y,H-1".getBytes(StandardCharsets.UTF_8);
    assertTrue(ids.add(line, 2, 5));
    assertFalse(ids.add(line, 8, 11));
    assertFalse(ids.add("H-1"));
    assertThrows(IndexOutOfBoundsException.class, () -> ids.add(line, 5, 2));
    assertThrows(NullPointerException.class, () -> ids.add((String) null));
  }

  @Test
  void aSetAnswersAsAHashSetDoes() {
    // A small alphabet and short ids make many repeats and many ids that share a prefix or differ in one byte.
    qt().withExamples(300).forAll(Gens.listsOf(Gens.strings("ab1Đ -", 0, 6), 0, 400)).checkAssert(list -> {
      DossierIdSet ids = new DossierIdSet();
      Set<String> expected = new HashSet<>();
      for (String id : list) {
        assertEquals(expected.add(id), ids.add(id), id);
      }
      assertEquals(expected.size(), ids.size());
    });
  }

  @Test
  void millionsOfIdsStayExactAcrossRehashes() {
    DossierIdSet ids = new DossierIdSet();
    int n = 2_000_000;
    for (int i = 0; i < n; i++) {
      assertTrue(ids.add("TB-SNV-2024-" + i), "new id " + i);
    }
    for (int i = 0; i < n; i += 997) {
      assertFalse(ids.add("TB-SNV-2024-" + i), "repeated id " + i);
      assertTrue(ids.add("TB-SNV-2025-" + i), "another id " + i);
    }
    assertEquals(n + (n + 996) / 997, ids.size());
  }

  @Test
  void anIdLongerThanAPageIsKeptWhole() {
    DossierIdSet ids = new DossierIdSet();
    String big = "x".repeat(3 << 20);
    assertTrue(ids.add(big));
    assertTrue(ids.add(big + "y"));
    assertTrue(ids.add("after"));
    for (String id : List.of(big, big + "y", "after")) {
      assertFalse(ids.add(id));
    }
  }
}
