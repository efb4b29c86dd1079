package io.github.cchc.core.org;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.error.internal.Errors;
import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable directory of organisational units forming a forest: usually one province with its departments,
 * districts (before 1 July 2025), communes and subordinate units, though several provinces, or a ministry, fit as
 * well. Nothing here assumes a fixed number of tiers.
 *
 * <p>The directory is checked when built: ids are unique, every parent and every predecessor or successor exists,
 * and neither the parent links nor the successor links form a cycle. Queries keep the order in which the units were
 * given.
 *
 * <pre>{@code
 * OrgDirectory dir = OrgDirectory.of(units);
 * List<OrgUnit> communes = dir.descendants("DT", EnumSet.of(OrgKind.COMMUNE));
 * OrgDirectory after = dir.asOf(LocalDate.of(2025, 7, 1));   // the two-tier province
 * }</pre>
 *
 * <p>Successor links carry history across mergers: {@link #finalSuccessors(String, LocalDate)} follows them from a
 * unit that has ceased to the units that exist on a date, so that a figure of a merged commune can be added to the
 * commune that absorbed it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrgDirectory {

  private static final OrgDirectory EMPTY = new OrgDirectory(List.of());

  private final List<OrgUnit> units;
  private final Map<String, Integer> indexById;
  private final int[] parent;
  private final int[][] children;
  private final int[] depth;
  // Pre-order entry and exit numbers: a is an ancestor of b iff enter[a] < enter[b] && exit[b] <= exit[a].
  private final int[] enter;
  private final int[] exit;
  private final Map<String, Set<String>> successors;
  private final Map<String, Set<String>> predecessors;

  private OrgDirectory(List<OrgUnit> given) {
    this.units = List.copyOf(given);
    int n = units.size();
    this.indexById = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      OrgUnit u = units.get(i);
      if (indexById.putIfAbsent(u.id(), i) != null) {
        throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, u.id(), "Mã đơn vị '" + u.id() + "' bị trùng (đơn vị thứ "
            + (indexById.get(u.id()) + 1) + " và " + (i + 1) + ")", "Duplicate unit id '" + u.id() + "' (units "
            + (indexById.get(u.id()) + 1) + " and " + (i + 1) + ")");
      }
    }
    this.parent = new int[n];
    int[] childCount = new int[n];
    for (int i = 0; i < n; i++) {
      OrgUnit u = units.get(i);
      if (u.parent().isPresent()) {
        Integer p = indexById.get(u.parent().get());
        if (p == null) {
          throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, u.id(),
              "Đơn vị '" + u.id() + "' có đơn vị cấp trên '" + u.parent().get() + "', không có trong danh mục",
              "Unit '" + u.id() + "' names parent '" + u.parent().get() + "', which is not in the directory");
        }
        parent[i] = p;
        childCount[p]++;
      } else {
        parent[i] = -1;
      }
    }
    checkNoParentCycle();
    this.children = new int[n][];
    for (int i = 0; i < n; i++) {
      children[i] = new int[childCount[i]];
    }
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children[parent[i]][fill[parent[i]]++] = i;
      }
    }
    this.depth = new int[n];
    this.enter = new int[n];
    this.exit = new int[n];
    number();
    this.successors = new HashMap<>();
    this.predecessors = new HashMap<>();
    linkSuccessors();
  }

  /**
   * Returns a directory of the given units, in the given order.
   *
   * @param units the units
   * @return the directory
   * @throws io.github.cchc.core.error.ModelRuleException if an id is duplicated, a parent, predecessor or successor is
   *     not in the
   *     directory, or the parent or successor links form a cycle; the message names the unit
   */
  public static OrgDirectory of(Collection<OrgUnit> units) {
    Objects.requireNonNull(units, "units");
    List<OrgUnit> list = new ArrayList<>(units.size());
    for (OrgUnit u : units) {
      list.add(Objects.requireNonNull(u, () -> "units[" + list.size() + "]"));
    }
    return list.isEmpty() ? EMPTY : new OrgDirectory(list);
  }

  /**
   * Returns a directory of the given units, in the given order.
   *
   * @param units the units
   * @return the directory
   * @throws io.github.cchc.core.error.ModelRuleException as {@link #of(Collection)}
   */
  public static OrgDirectory of(OrgUnit... units) {
    return of(Arrays.asList(Objects.requireNonNull(units, "units")));
  }

  /**
   * Returns the empty directory.
   *
   * @return a directory with no units
   */
  public static OrgDirectory empty() {
    return EMPTY;
  }

  private void checkNoParentCycle() {
    int n = units.size();
    byte[] state = new byte[n]; // 0 unseen, 1 on the current path, 2 known to reach a root
    for (int start = 0; start < n; start++) {
      int i = start;
      while (i >= 0 && state[i] == 0) {
        state[i] = 1;
        i = parent[i];
      }
      if (i >= 0 && state[i] == 1) {
        throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, units.get(i).id(),
            "Quan hệ cấp trên tạo thành vòng qua đơn vị '" + units.get(i).id() + "'",
            "The parent links form a cycle through unit '" + units.get(i).id() + "'");
      }
      for (int j = start; j >= 0 && state[j] == 1; j = parent[j]) {
        state[j] = 2;
      }
    }
  }

  private void number() {
    int counter = 0;
    Deque<int[]> stack = new ArrayDeque<>();
    for (int root = 0; root < units.size(); root++) {
      if (parent[root] >= 0) {
        continue;
      }
      enter[root] = counter++;
      stack.push(new int[] {root, 0});
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        int node = top[0];
        if (top[1] < children[node].length) {
          int child = children[node][top[1]++];
          depth[child] = depth[node] + 1;
          enter[child] = counter++;
          stack.push(new int[] {child, 0});
        } else {
          exit[node] = counter;
          stack.pop();
        }
      }
    }
  }

  private void linkSuccessors() {
    for (OrgUnit u : units) {
      for (String s : u.successors()) {
        link(u.id(), s, u.id());
      }
      for (String p : u.predecessors()) {
        link(p, u.id(), u.id());
      }
    }
    // A successor chain that returns to its start would make carrying figures forward loop.
    Map<String, Integer> state = new HashMap<>();
    for (String start : successors.keySet()) {
      visitSuccessors(start, state);
    }
  }

  private void link(String from, String to, String namedBy) {
    for (String id : List.of(from, to)) {
      if (!indexById.containsKey(id)) {
        throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, namedBy,
            "Đơn vị '" + namedBy + "' liên kết tới đơn vị tiền thân hoặc kế thừa '" + id + "', không có trong danh mục",
            "Unit '" + namedBy + "' links to predecessor or successor '" + id + "', which is not in the directory");
      }
    }
    successors.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
    predecessors.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
  }

  private void visitSuccessors(String start, Map<String, Integer> state) {
    Deque<Map.Entry<String, java.util.Iterator<String>>> stack = new ArrayDeque<>();
    if (state.getOrDefault(start, 0) != 0) {
      return;
    }
    state.put(start, 1);
    stack.push(Map.entry(start, successors.getOrDefault(start, Set.of()).iterator()));
    while (!stack.isEmpty()) {
      var top = stack.peek();
      if (top.getValue().hasNext()) {
        String next = top.getValue().next();
        int s = state.getOrDefault(next, 0);
        if (s == 1) {
          throw Errors.rule(ModelRuleException.Kind.ORG_UNIT, next,
              "Quan hệ kế thừa tạo thành vòng qua đơn vị '" + next + "'",
              "The successor links form a cycle through unit '" + next + "'");
        }
        if (s == 0) {
          state.put(next, 1);
          stack.push(Map.entry(next, successors.getOrDefault(next, Set.of()).iterator()));
        }
      } else {
        state.put(top.getKey(), 2);
        stack.pop();
      }
    }
  }

  private int indexOf(String id) {
    Objects.requireNonNull(id, "id");
    Integer i = indexById.get(id);
    if (i == null) {
      throw Errors.unknown(UnknownReferenceException.Kind.UNIT, id, indexById.keySet());
    }
    return i;
  }

  private List<OrgUnit> unitsAt(int[] indexes, int count) {
    List<OrgUnit> result = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      result.add(units.get(indexes[k]));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns every unit, in the order given when the directory was built.
   *
   * @return the units
   */
  public List<OrgUnit> units() {
    return units;
  }

  /**
   * Returns the number of units.
   *
   * @return the size
   */
  public int size() {
    return units.size();
  }

  /**
   * Tells whether a unit id is in the directory.
   *
   * @param id the unit id
   * @return true if present
   */
  public boolean contains(String id) {
    return indexById.containsKey(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the unit with an id.
   *
   * @param id the unit id
   * @return the unit, or empty if the id is unknown
   */
  public Optional<OrgUnit> unit(String id) {
    Integer i = indexById.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(units.get(i));
  }

  /**
   * Returns the unit with an id, which must exist.
   *
   * @param id the unit id
   * @return the unit
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public OrgUnit require(String id) {
    return units.get(indexOf(id));
  }

  /**
   * Returns the parent of a unit.
   *
   * @param id the unit id
   * @return the parent, or empty for a root
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public Optional<OrgUnit> parentOf(String id) {
    int p = parent[indexOf(id)];
    return p < 0 ? Optional.empty() : Optional.of(units.get(p));
  }

  /**
   * Returns the units that have no parent.
   *
   * @return the roots, in directory order
   */
  public List<OrgUnit> roots() {
    return units.stream().filter(u -> u.parent().isEmpty()).toList();
  }

  /**
   * Returns the direct children of a unit.
   *
   * @param id the unit id
   * @return the children, in directory order
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public List<OrgUnit> children(String id) {
    int[] c = children[indexOf(id)];
    return unitsAt(c, c.length);
  }

  /**
   * Returns every unit below a unit, in pre-order (a unit before its children), the unit itself excluded.
   *
   * @param id the unit id
   * @return the descendants
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public List<OrgUnit> descendants(String id) {
    return descendants(id, EnumSet.allOf(OrgKind.class));
  }

  /**
   * Returns the units of the given kinds below a unit, at any depth, in pre-order.
   *
   * @param id the unit id
   * @param kinds the kinds to keep
   * @return the matching descendants
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public List<OrgUnit> descendants(String id, Set<OrgKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    int root = indexOf(id);
    List<OrgUnit> result = new ArrayList<>();
    Deque<Integer> stack = new ArrayDeque<>();
    pushChildren(stack, root);
    while (!stack.isEmpty()) {
      int i = stack.pop();
      if (kinds.contains(units.get(i).kind())) {
        result.add(units.get(i));
      }
      pushChildren(stack, i);
    }
    return Collections.unmodifiableList(result);
  }

  private void pushChildren(Deque<Integer> stack, int i) {
    int[] c = children[i];
    for (int k = c.length - 1; k >= 0; k--) {
      stack.push(c[k]);
    }
  }

  /**
   * Returns the ancestors of a unit, nearest first: its parent, the parent's parent, and so on to the root.
   *
   * @param id the unit id
   * @return the ancestors, empty for a root
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public List<OrgUnit> ancestors(String id) {
    List<OrgUnit> result = new ArrayList<>();
    for (int p = parent[indexOf(id)]; p >= 0; p = parent[p]) {
      result.add(units.get(p));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Tells whether one unit lies strictly above another.
   *
   * @param ancestorId the possible ancestor
   * @param id the unit
   * @return true if {@code ancestorId} is the parent of {@code id}, or the parent's parent, and so on
   * @throws io.github.cchc.core.error.UnknownReferenceException if either id is not in the directory
   */
  public boolean isAncestor(String ancestorId, String id) {
    int a = indexOf(ancestorId);
    int b = indexOf(id);
    return enter[a] < enter[b] && exit[b] <= exit[a];
  }

  /**
   * Returns the depth of a unit: 0 for a root, 1 for its children, and so on.
   *
   * @param id the unit id
   * @return the depth
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public int depth(String id) {
    return depth[indexOf(id)];
  }

  /**
   * Returns the units of the given kinds, in directory order.
   *
   * @param kinds the kinds
   * @return the units
   */
  public List<OrgUnit> unitsOfKind(Set<OrgKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    return units.stream().filter(u -> kinds.contains(u.kind())).toList();
  }

  /**
   * Returns the units of the given kinds, in directory order.
   *
   * @param first a kind
   * @param rest more kinds
   * @return the units
   */
  public List<OrgUnit> unitsOfKind(OrgKind first, OrgKind... rest) {
    return unitsOfKind(EnumSet.of(first, rest));
  }

  /**
   * Finds units by name. Names are compared in NFC, ignoring case and surrounding spaces but not accents: "Sở Tài
   * chính" matches "sở tài chính" and not "Sở Tài chinh", because in Vietnamese the accent changes the word.
   *
   * @param name the name
   * @return the units with that name, in directory order
   */
  public List<OrgUnit> findByName(String name) {
    Objects.requireNonNull(name, "name");
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    collator.setStrength(Collator.SECONDARY);
    collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
    String wanted = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    return units.stream().filter(u -> collator.compare(u.name(), wanted) == 0).toList();
  }

  /**
   * Returns the directory as it stood on a date: the units active then. A unit whose parent had ceased hangs from its
   * nearest ancestor still active, or becomes a root if there is none.
   *
   * @param date the date
   * @return the directory of active units
   */
  public OrgDirectory asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<OrgUnit> active = new ArrayList<>();
    Set<String> activeIds = new java.util.HashSet<>();
    for (OrgUnit u : units) {
      if (u.isActiveOn(date)) {
        activeIds.add(u.id());
      }
    }
    if (activeIds.size() == units.size()) {
      return this;
    }
    for (int i = 0; i < units.size(); i++) {
      OrgUnit u = units.get(i);
      if (!activeIds.contains(u.id())) {
        continue;
      }
      int p = parent[i];
      while (p >= 0 && !activeIds.contains(units.get(p).id())) {
        p = parent[p];
      }
      Optional<String> newParent = p < 0 ? Optional.empty() : Optional.of(units.get(p).id());
      OrgUnit kept = OrgUnit.builder().from(u).parent(newParent)
          .predecessors(filter(u.predecessors(), activeIds))
          .successors(filter(u.successors(), activeIds))
          .build();
      active.add(kept);
    }
    return of(active);
  }

  private static Set<String> filter(Set<String> ids, Set<String> keep) {
    Set<String> result = new LinkedHashSet<>(ids);
    result.retainAll(keep);
    return result;
  }

  /**
   * Returns the direct successors of a unit, from the links given on either side.
   *
   * @param id the unit id
   * @return the successor ids, sorted
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public Set<String> successorsOf(String id) {
    indexOf(id);
    return Collections.unmodifiableSet(successors.getOrDefault(id, Set.of()));
  }

  /**
   * Returns the direct predecessors of a unit, from the links given on either side.
   *
   * @param id the unit id
   * @return the predecessor ids, sorted
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public Set<String> predecessorsOf(String id) {
    indexOf(id);
    return Collections.unmodifiableSet(predecessors.getOrDefault(id, Set.of()));
  }

  /**
   * Returns the units that carry a unit's history on a date: the unit itself if it is active then, otherwise its
   * successors, followed link by link until units active on the date are reached. A unit merged into one other gives
   * one unit; a unit split in several gives all of them; a unit that ceased without successor gives none.
   *
   * @param id the unit id
   * @param date the date
   * @return the active units that succeed it, in directory order
   * @throws io.github.cchc.core.error.UnknownReferenceException if the id is not in the directory
   */
  public List<OrgUnit> finalSuccessors(String id, LocalDate date) {
    Objects.requireNonNull(date, "date");
    int start = indexOf(id);
    Set<Integer> found = new TreeSet<>();
    Set<String> seen = new java.util.HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.push(units.get(start).id());
    while (!todo.isEmpty()) {
      String current = todo.pop();
      if (!seen.add(current)) {
        continue;
      }
      OrgUnit u = require(current);
      if (u.isActiveOn(date)) {
        found.add(indexById.get(current));
      } else {
        successors.getOrDefault(current, Set.of()).forEach(todo::push);
      }
    }
    return found.stream().map(units::get).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgDirectory d && d.units.equals(units);
  }

  @Override
  public int hashCode() {
    return units.hashCode();
  }

  @Override
  public String toString() {
    Map<OrgKind, Integer> counts = new LinkedHashMap<>();
    for (OrgKind k : OrgKind.values()) {
      int c = (int) units.stream().filter(u -> u.kind() == k).count();
      if (c > 0) {
        counts.put(k, c);
      }
    }
    return "OrgDirectory" + counts;
  }
}
