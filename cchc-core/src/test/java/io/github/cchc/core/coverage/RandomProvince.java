package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A province, rules and a planning request drawn from a random source, for the properties. On a {@code Gens.randoms}
 * source they shrink with the draws, as a draw of 0 always means the simpler choice: fewer units, none closed, fewer
 * rules, no unit forced in, no signals and no history.
 */
final class RandomProvince {

  static final LocalDate AS_OF = LocalDate.of(2024, 4, 1);

  /** The source of the rules, targets and requests drawn for this province. */
  final Random random;
  final OrgDirectory directory;
  final List<String> ids = new ArrayList<>();

  /**
   * Draws a province from one source, keeping another for what is drawn for it afterwards: apart, the province can
   * shrink without shifting the draws of its rules and requests.
   */
  RandomProvince(Random structure, Random choices) {
    this.random = choices;
    List<OrgUnit> units = new ArrayList<>();
    units.add(OrgUnit.builder().id("P").name("UBND tỉnh").kind(OrgKind.PROVINCE).build());
    int departments = structure.nextInt(11);
    for (int d = 0; d < departments; d++) {
      String id = "P-S" + d;
      units.add(unit(structure, id, OrgKind.DEPARTMENT, "P"));
      for (int s = structure.nextInt(4); s > 0; s--) {
        units.add(unit(structure, id + "-" + s, OrgKind.SUBORDINATE, id));
      }
    }
    int districts = 1 + structure.nextInt(6);
    for (int d = 0; d < districts; d++) {
      String id = "P-H" + d;
      units.add(unit(structure, id, OrgKind.DISTRICT, "P"));
      for (int c = structure.nextInt(5); c > 0; c--) {
        units.add(unit(structure, id + "-X" + c, OrgKind.COMMUNE, id));
      }
      for (int s = structure.nextInt(3); s > 0; s--) {
        units.add(unit(structure, id + "-P" + s, OrgKind.SUBORDINATE, id));
      }
    }
    directory = OrgDirectory.of(units);
    units.forEach(u -> ids.add(u.id()));
  }

  private static OrgUnit unit(Random structure, String id, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name("Đơn vị " + id).kind(kind).parent(parent);
    if (structure.nextInt(12) == 11) {
      b.validTo(LocalDate.of(2023, 7, 1));
    }
    return b.build();
  }

  String anyId() {
    return ids.get(random.nextInt(ids.size()));
  }

  /** A non-empty set of the kinds that rules count, each of the seven sets equally likely. */
  Set<OrgKind> kinds() {
    List<OrgKind> pool = List.of(OrgKind.DEPARTMENT, OrgKind.DISTRICT, OrgKind.COMMUNE);
    // A mask, not "draw until non-empty": a source of Gens.randoms draws only 0 once used up.
    int mask = 1 + random.nextInt(7);
    Set<OrgKind> kinds = EnumSet.noneOf(OrgKind.class);
    for (int k = 0; k < pool.size(); k++) {
      if ((mask & 1 << k) != 0) {
        kinds.add(pool.get(k));
      }
    }
    return kinds;
  }

  CoverageRule populationRule() {
    if (random.nextBoolean()) {
      return CountRule.atLeast(random.nextInt(6), kinds());
    }
    BigDecimal percent = BigDecimal.valueOf(random.nextInt(100));
    return random.nextBoolean() ? ShareRule.atLeast(percent, kinds()) : ShareRule.moreThan(percent, kinds());
  }

  CoverageRule rule() {
    int min;
    switch (random.nextInt(5)) {
      case 0:
      case 1:
        return populationRule();
      case 2:
        min = random.nextInt(3);
        return new PerParentRule(Set.of(OrgKind.COMMUNE), Set.of(OrgKind.DISTRICT), min, min + random.nextInt(2),
            random.nextBoolean() ? ParentSelection.ALL : ParentSelection.SELECTED);
      case 3:
        return random.nextBoolean() ? IncludeRule.of(anyId()) : IncludeRule.of("P-H0", "P-H0-X1");
      default:
        min = random.nextInt(3);
        return random.nextBoolean() ? SubordinatesRule.of(min, min + random.nextInt(2))
            : new SubordinatesRule(min, min + 1, EnumSet.of(OrgKind.DEPARTMENT, OrgKind.DISTRICT));
    }
  }

  PlanningRequest request() {
    PlanningRequest.Builder b = PlanningRequest.builder().asOf(AS_OF).seed(random.nextLong())
        .putWeight("procedures", BigDecimal.ONE);
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      b.addRules(rule());
    }
    for (int n = random.nextInt(3); n > 0; n--) {
      b.addMustExclude(anyId());
    }
    if (random.nextInt(4) == 3) {
      b.addMustInclude(anyId());
    }
    for (String id : ids) {
      if (random.nextBoolean()) {
        b.putSignal(id, java.util.Map.of("procedures", BigDecimal.valueOf(random.nextInt(50))));
      }
      if (random.nextInt(5) == 4) {
        b.addHistory(PastInspection.of(id, 2021 + random.nextInt(3)));
      }
    }
    return b.build();
  }

  /** The units' ids in directory order, a closed unit marked "(closed)": "province[P, P-S0, P-H0 (closed)]". */
  @Override
  public String toString() {
    return directory.units().stream().map(u -> u.id() + (u.validTo().isPresent() ? " (closed)" : ""))
        .collect(Collectors.joining(", ", "province[", "]"));
  }
}
