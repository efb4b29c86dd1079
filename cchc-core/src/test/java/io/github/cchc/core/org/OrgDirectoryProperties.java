package io.github.cchc.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hierarchy's walks up and down agree on any forest of units, in any order. */
class OrgDirectoryProperties {

  @Test
  void ancestorsAndDescendantsAgree() {
    qt().withExamples(200).forAll(forests()).checkAssert(units -> {
      OrgDirectory dir = OrgDirectory.of(units);
      for (OrgUnit u : units) {
        Set<String> ancestors = new HashSet<>();
        String walked = u.id();
        for (OrgUnit a : dir.ancestors(u.id())) {
          assertEquals(dir.parentOf(walked).orElseThrow().id(), a.id());
          ancestors.add(a.id());
          walked = a.id();
        }
        assertEquals(ancestors.size(), dir.depth(u.id()));
        for (OrgUnit other : units) {
          boolean below = dir.descendants(other.id()).stream().anyMatch(d -> d.id().equals(u.id()));
          assertEquals(ancestors.contains(other.id()), below, other.id() + " above " + u.id());
          assertEquals(below, dir.isAncestor(other.id(), u.id()));
        }
      }
      int reached = dir.roots().stream().mapToInt(r -> 1 + dir.descendants(r.id()).size()).sum();
      assertEquals(units.size(), reached);
    });
  }

  /**
   * A random forest of 1 to 60 units: unit i has no parent (a draw of -1) or a parent among units 0..i-1, and the
   * units are listed in the order of a random key each, so that the order is arbitrary.
   */
  private static Gen<List<OrgUnit>> forests() {
    Gen<int[]> parentAndKey = Gens.intsWithEdges(-1, 1_000)
        .zip(Generate.range(0, Integer.MAX_VALUE), (parent, key) -> new int[] {parent, key});
    return Gens.listsOf(parentAndKey, 1, 60).map(drawn -> {
      List<OrgUnit> units = new ArrayList<>();
      for (int i = 0; i < drawn.size(); i++) {
        OrgUnit.Builder b = OrgUnit.builder().id("U" + i).name("Đơn vị " + i)
            .kind(OrgKind.values()[i % OrgKind.values().length]);
        int p = drawn.get(i)[0];
        if (i > 0 && p >= 0) {
          b.parent("U" + (p % i));
        }
        units.add(b.build());
      }
      return IntStream.range(0, units.size()).boxed()
          .sorted(Comparator.comparingInt(i -> drawn.get(i)[1]))
          .map(units::get)
          .toList();
    });
  }
}
