package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The directory as of a date, with the questions the rules ask of it. */
final class ActiveUnits {

  final OrgDirectory all;
  final OrgDirectory active;
  final LocalDate asOf;

  ActiveUnits(OrgDirectory all, LocalDate asOf) {
    this.all = all;
    this.asOf = asOf;
    this.active = all.asOf(asOf);
  }

  boolean scopeKnown(Optional<String> scope) {
    return scope.map(active::contains).orElse(true);
  }

  /** The active units of the kinds, within the scope's subtree (the scope unit included); empty if it is unknown. */
  List<OrgUnit> population(Set<OrgKind> kinds, Optional<String> scope) {
    if (scope.isEmpty()) {
      return active.unitsOfKind(kinds);
    }
    if (!active.contains(scope.get())) {
      return List.of();
    }
    List<OrgUnit> result = new ArrayList<>();
    OrgUnit root = active.require(scope.get());
    if (kinds.contains(root.kind())) {
      result.add(root);
    }
    result.addAll(active.descendants(scope.get(), kinds));
    return result;
  }

  /** The nearest active ancestor of one of the kinds. */
  Optional<OrgUnit> parentOf(String id, Set<OrgKind> parentKinds) {
    for (OrgUnit a : active.ancestors(id)) {
      if (parentKinds.contains(a.kind())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The active direct children: a unit's own subordinate units. */
  List<OrgUnit> subordinates(String id) {
    return active.children(id);
  }

  boolean isSubordinateOf(String sub, String unit) {
    return active.contains(sub) && active.parentOf(sub).map(p -> p.id().equals(unit)).orElse(false);
  }
}
