package io.github.cchc.scoring.dossier;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The units of a directory by position: index by id and parent index, built once per table and shared. */
final class UnitIndex {
  final Map<String, Integer> byId;
  final int[] parent;

  UnitIndex(OrgDirectory directory) {
    List<OrgUnit> units = directory.units();
    Map<String, Integer> index = new HashMap<>(units.size() * 2);
    for (int i = 0; i < units.size(); i++) {
      index.put(units.get(i).id(), i);
    }
    int[] p = new int[units.size()];
    for (int i = 0; i < units.size(); i++) {
      p[i] = units.get(i).parent().map(index::get).orElse(-1);
    }
    this.byId = index;
    this.parent = p;
  }
}
