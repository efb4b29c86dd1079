package io.github.cchc.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrgDirectoryProperties {

  /** A random forest: unit i has no parent or a parent among units 0..i-1, shuffled so that order is arbitrary. */
  @Provide
  Arbitrary<List<OrgUnit>> forests() {
    return Arbitraries.integers().between(1, 60).flatMap(n ->
        Arbitraries.integers().between(-1, 1_000).list().ofSize(n).flatMap(parents -> {
          List<OrgUnit> units = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            OrgUnit.Builder b = OrgUnit.builder().id("U" + i).name("Đơn vị " + i)
                .kind(OrgKind.values()[i % OrgKind.values().length]);
            int p = parents.get(i);
            if (i > 0 && p >= 0) {
              b.parent("U" + (p % i));
            }
            units.add(b.build());
          }
          return Arbitraries.shuffle(units);
        }));
  }

  @Property(tries = 200)
  void ancestorsAndDescendantsAgree(@ForAll("forests") List<OrgUnit> units) {
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
  }
}
