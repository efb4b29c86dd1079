package io.github.cchc.core.coverage;

import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/** One run of the {@link TargetPlanner}: mutable working state, confined to the calling thread. */
final class Planning {

  /** Why a pick was made, and whether it may be dropped again when redundant. */
  private record Reason(List<Integer> rules, String vi, String en, boolean forced) {}

  private final PlanningRequest request;
  private final ActiveUnits units;
  private final List<CoverageRule> rules;
  private final Map<String, Integer> order = new HashMap<>();
  private final Map<String, BigDecimal> scores = new HashMap<>();
  private final Map<String, Long> ties = new HashMap<>();
  private final Map<String, Integer> lastInspected = new HashMap<>();
  private final Comparator<String> byPriority;

  // share and count rules: population, required count and current count
  private final Map<Integer, Set<String>> population = new LinkedHashMap<>();
  private final Map<Integer, Integer> required = new HashMap<>();
  private final Map<Integer, Integer> count = new HashMap<>();
  // the share and count rules each unit counts towards
  private final Map<String, List<Integer>> rulesOf = new HashMap<>();
  // perParent rules: the parent of each counted unit, the children of each parent, the count under each parent
  private final Map<Integer, Map<String, String>> parentOf = new LinkedHashMap<>();
  private final Map<Integer, Map<String, List<String>>> childrenOf = new HashMap<>();
  private final Map<Integer, Map<String, Integer>> perParent = new HashMap<>();
  // subordinates rules: the fewest and most subordinate units per kind of target, and the rules that say so
  private final Map<OrgKind, Integer> subMin = new HashMap<>();
  private final Map<OrgKind, Integer> subMax = new HashMap<>();
  private final Map<OrgKind, List<Integer>> subRules = new HashMap<>();

  private final Set<String> excluded;
  private final LinkedHashMap<String, Reason> selected = new LinkedHashMap<>();
  private final List<RuleConflict> conflicts = new ArrayList<>();

  Planning(OrgDirectory directory, PlanningRequest request) {
    this.request = request;
    this.units = new ActiveUnits(directory, request.asOf());
    this.rules = request.rules();
    this.excluded = request.mustExclude();
    List<OrgUnit> active = units.active.units();
    for (int i = 0; i < active.size(); i++) {
      order.put(active.get(i).id(), i);
    }
    for (PastInspection p : request.history()) {
      lastInspected.merge(p.unit(), p.year(), Math::max);
    }
    Comparator<String> c = Comparator.comparing(this::score, Comparator.reverseOrder());
    this.byPriority = c.thenComparing(this::tie).thenComparing(id -> order.getOrDefault(id, Integer.MAX_VALUE));
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Priority

  BigDecimal score(String id) {
    return scores.computeIfAbsent(id, u -> {
      BigDecimal s = BigDecimal.ZERO;
      Map<String, BigDecimal> signals = request.signals().getOrDefault(u, Map.of());
      for (Map.Entry<String, BigDecimal> w : request.weights().entrySet()) {
        BigDecimal v = signals.get(w.getKey());
        if (v != null) {
          s = s.add(w.getValue().multiply(v));
        }
      }
      return s.subtract(request.recentInspectionPenalty().multiply(BigDecimal.valueOf(recency(u))));
    });
  }

  private int recency(String id) {
    Integer last = lastInspected.get(id);
    if (last == null) {
      return 0;
    }
    int ago = Math.max(1, request.year() - last);
    return Math.max(0, 4 - ago);
  }

  private long tie(String id) {
    return ties.computeIfAbsent(id, u -> {
      // SplitMix64 of seed and id: a fixed, seeded shuffle; String.hashCode is specified, so runs agree everywhere.
      long z = request.seed() * 0x9E3779B97F4A7C15L + u.hashCode();
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    });
  }

  private String priorityVi(String id) {
    Integer last = lastInspected.get(id);
    return "ưu tiên " + score(id).toPlainString()
        + (last == null ? ", chưa được kiểm tra trong lịch sử" : ", kiểm tra gần nhất năm " + last);
  }

  private String priorityEn(String id) {
    Integer last = lastInspected.get(id);
    return "priority " + score(id).toPlainString()
        + (last == null ? ", not inspected in the history" : ", last inspected in " + last);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // The run

  PlanningResult run() {
    prepare();
    if (conflicts.isEmpty()) {
      forced();
    }
    if (conflicts.isEmpty()) {
      boolean changed = true;
      while (changed && conflicts.isEmpty()) {
        changed = fillParents();
        if (conflicts.isEmpty()) {
          changed |= topUp();
        }
      }
    }
    if (conflicts.isEmpty()) {
      prune();
    }
    Map<String, List<String>> subordinates = new HashMap<>();
    Map<String, Pick> subPicks = new LinkedHashMap<>();
    if (conflicts.isEmpty()) {
      pickSubordinates(subordinates, subPicks);
    }
    if (!conflicts.isEmpty()) {
      return infeasible();
    }
    List<InspectionTarget> targets = new ArrayList<>();
    List<Pick> picks = new ArrayList<>();
    List<String> ids = new ArrayList<>(selected.keySet());
    ids.sort(Comparator.comparing(order::get));
    for (String id : ids) {
      targets.add(new InspectionTarget(id, request.form(), subordinates.getOrDefault(id, List.of())));
      Reason r = selected.get(id);
      picks.add(new Pick(id, Optional.empty(), servedRules(id, r.rules()), score(id), r.vi(), r.en()));
      for (String s : subordinates.getOrDefault(id, List.of())) {
        picks.add(subPicks.get(id + "/" + s));
      }
    }
    CoverageVerdict verdict = CoverageCheck.check(units.all, rules, targets, request.asOf(), List.of());
    for (RuleResult r : verdict.rules()) {
      if (r.rule().isTargetRule() && !r.satisfied()) {
        conflicts.add(new RuleConflict(List.of(r.index()), r.missing(),
            "Không tìm được danh sách đáp ứng coverage[" + r.index() + "]: " + r.messageVi(),
            "No target list found that meets coverage[" + r.index() + "]: " + r.messageEn()));
      }
    }
    if (verdict.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      conflicts.add(new RuleConflict(List.of(), List.of(),
          "Danh sách đề xuất có lỗi: " + verdict.findings().get(0).messageVi(),
          "The proposal has errors: " + verdict.findings().get(0).messageEn()));
    }
    if (!conflicts.isEmpty()) {
      return infeasible();
    }
    return new PlanningResult(targets, picks, List.of(), Optional.of(verdict));
  }

  private PlanningResult infeasible() {
    return new PlanningResult(List.of(), List.of(), conflicts, Optional.empty());
  }

  private List<Integer> servedRules(String id, List<Integer> reasonRules) {
    TreeSet<Integer> served = new TreeSet<>(reasonRules);
    population.forEach((i, pop) -> {
      if (pop.contains(id)) {
        served.add(i);
      }
    });
    parentOf.forEach((i, map) -> {
      String p = map.get(id);
      if (p != null && (((PerParentRule) rules.get(i)).parents() == ParentSelection.ALL || selected.containsKey(p))) {
        served.add(i);
      }
    });
    return List.copyOf(served);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Step 0: what the rules ask of the directory

  private void prepare() {
    for (String u : request.mustInclude()) {
      if (excluded.contains(u)) {
        conflict(List.of(), List.of(u),
            "Đơn vị '" + u + "' vừa bắt buộc đưa vào vừa bị loại trừ",
            "Unit '" + u + "' is both a must-include and a must-exclude");
      } else {
        requireActive(u, List.of(), "danh sách bắt buộc", "the must-include list");
      }
    }
    for (int i = 0; i < rules.size(); i++) {
      CoverageRule rule = rules.get(i);
      if (rule instanceof IncludeRule inc) {
        for (String u : inc.units()) {
          if (excluded.contains(u)) {
            conflict(List.of(i), List.of(u),
                "coverage[" + i + "] nêu tên đơn vị '" + u + "', nhưng đơn vị này bị loại trừ",
                "coverage[" + i + "] names unit '" + u + "', which is excluded");
          } else {
            requireActive(u, List.of(i), "coverage[" + i + "]", "coverage[" + i + "]");
          }
        }
      } else if (rule instanceof ShareRule s) {
        populationRule(i, s.kinds(), s.scope(), s::requiredCount);
      } else if (rule instanceof CountRule c) {
        populationRule(i, c.kinds(), c.scope(), n -> c.atLeast());
      } else if (rule instanceof PerParentRule p) {
        Map<String, String> parents = new LinkedHashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (OrgUnit u : units.active.unitsOfKind(p.kinds())) {
          units.parentOf(u.id(), p.parentKinds()).ifPresent(parent -> {
            parents.put(u.id(), parent.id());
            children.computeIfAbsent(parent.id(), x -> new ArrayList<>()).add(u.id());
          });
        }
        parentOf.put(i, parents);
        childrenOf.put(i, children);
        perParent.put(i, new HashMap<>());
      } else if (rule instanceof SubordinatesRule s) {
        for (OrgKind k : s.kinds()) {
          subMin.merge(k, s.min(), Math::max);
          subMax.merge(k, s.max(), Math::min);
          subRules.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
    }
  }

  private void populationRule(int i, Set<OrgKind> kinds, Optional<String> scope,
      java.util.function.IntUnaryOperator req) {
    if (!units.scopeKnown(scope)) {
      conflict(List.of(i), List.of(scope.get()),
          "coverage[" + i + "]: đơn vị phạm vi '" + scope.get() + "' không có hoặc không hoạt động",
          "coverage[" + i + "]: scope unit '" + scope.get() + "' is unknown or inactive");
      return;
    }
    Set<String> pop = new LinkedHashSet<>();
    for (OrgUnit u : units.population(kinds, scope)) {
      pop.add(u.id());
      rulesOf.computeIfAbsent(u.id(), x -> new ArrayList<>()).add(i);
    }
    population.put(i, pop);
    int r = req.applyAsInt(pop.size());
    required.put(i, r);
    count.put(i, 0);
    if (r > pop.size()) {
      conflict(List.of(i), List.of(),
          "coverage[" + i + "] (" + rules.get(i).describeVi() + ") cần " + r + " đơn vị nhưng danh mục chỉ có "
              + pop.size(),
          "coverage[" + i + "] (" + rules.get(i).describeEn() + ") needs " + r + " units but the directory has only "
              + pop.size());
    }
  }

  private void requireActive(String u, List<Integer> rule, String whereVi, String whereEn) {
    if (!units.all.contains(u)) {
      conflict(rule, List.of(u), "Đơn vị '" + u + "' trong " + whereVi + " không có trong danh mục tổ chức",
          "Unit '" + u + "' in " + whereEn + " is not in the organisation directory");
    } else if (!units.active.contains(u)) {
      conflict(rule, List.of(u),
          "Đơn vị '" + u + "' trong " + whereVi + " không hoạt động vào ngày " + request.asOf(),
          "Unit '" + u + "' in " + whereEn + " is not active on " + request.asOf());
    }
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Step 1: named units

  private void forced() {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) instanceof IncludeRule inc) {
        for (String u : inc.units()) {
          if (!selected.containsKey(u)) {
            add(u, new Reason(List.of(i), "Được nêu tên tại coverage[" + i + "]", "Named in coverage[" + i + "]",
                true));
          }
        }
      }
    }
    for (String u : request.mustInclude()) {
      if (!selected.containsKey(u)) {
        add(u, new Reason(List.of(), "Được yêu cầu đưa vào", "Requested as a must-include", true));
      }
    }
    // Named units may already break a maximum or lack the subordinate units a rule asks for.
    for (String u : selected.keySet()) {
      parentOf.forEach((i, map) -> {
        PerParentRule rule = (PerParentRule) rules.get(i);
        String p = map.get(u);
        if (p != null && applies(i, p) && perParent.get(i).getOrDefault(p, 0) > rule.max()) {
          conflict(List.of(i), List.of(p),
              "Các đơn vị bắt buộc vượt quá tối đa " + rule.max() + " của coverage[" + i + "] ở '" + p + "'",
              "The named units exceed the maximum of " + rule.max() + " of coverage[" + i + "] under '" + p + "'");
        }
      });
      Optional<String> lack = lacksSubordinates(u);
      lack.ifPresent(why -> conflict(subRules.get(kind(u)), List.of(u),
          "Đơn vị bắt buộc '" + u + "' " + why, "Named unit '" + u + "' " + whyEn(u)));
    }
    dedupeConflicts();
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Step 2: each parent's minimum

  private boolean fillParents() {
    boolean changed = false;
    for (Map.Entry<Integer, Map<String, List<String>>> e : childrenOf.entrySet()) {
      int i = e.getKey();
      PerParentRule rule = (PerParentRule) rules.get(i);
      List<String> parents = rule.parents() == ParentSelection.ALL
          ? units.active.unitsOfKind(rule.parentKinds()).stream().map(OrgUnit::id).toList()
          : selected.keySet().stream().filter(id -> rule.parentKinds().contains(kind(id))).toList();
      for (String p : parents) {
        int have = perParent.get(i).getOrDefault(p, 0);
        if (have >= rule.min()) {
          continue;
        }
        List<String> all = e.getValue().getOrDefault(p, List.of());
        List<String> candidates = new ArrayList<>();
        for (String c : all) {
          if (!selected.containsKey(c) && blocker(c).isEmpty()) {
            candidates.add(c);
          }
        }
        int need = rule.min() - have;
        if (candidates.size() < need) {
          explainShortParent(i, rule, p, all, have, candidates.size());
          continue;
        }
        candidates.sort(byUsefulness());
        String name = units.active.require(p).name();
        for (String c : candidates.subList(0, need)) {
          add(c, new Reason(List.of(i),
              "coverage[" + i + "]: cần từ " + rule.min() + " đến " + rule.max() + " " + Rules.kindsVi(rule.kinds())
                  + " ở " + name + "; " + priorityVi(c),
              "coverage[" + i + "]: " + rule.min() + " to " + rule.max() + " " + Rules.kindsEn(rule.kinds())
                  + " needed in " + name + "; " + priorityEn(c), false));
          changed = true;
        }
      }
    }
    return changed;
  }

  private void explainShortParent(int i, PerParentRule rule, String p, List<String> all, int have, int usable) {
    List<Integer> involved = new ArrayList<>(List.of(i));
    int excl = 0;
    for (String c : all) {
      if (selected.containsKey(c)) {
        continue;
      }
      Optional<Integer> b = blocker(c);
      if (b.isPresent() && b.get() < 0) {
        excl++;
      } else if (b.isPresent() && !involved.contains(b.get())) {
        involved.add(b.get());
      }
    }
    String name = units.active.require(p).name();
    conflict(involved, List.of(p),
        "coverage[" + i + "] cần ít nhất " + rule.min() + " " + Rules.kindsVi(rule.kinds()) + " ở " + name + " ("
            + p + "), nhưng chỉ có " + all.size() + " đơn vị" + (excl > 0 ? ", " + excl + " bị loại trừ" : "")
            + (involved.size() > 1 ? ", số còn lại bị giới hạn bởi " + refs(involved.subList(1, involved.size()))
                : "")
            + "; có thể chọn " + (have + usable),
        "coverage[" + i + "] needs at least " + rule.min() + " " + Rules.kindsEn(rule.kinds()) + " in " + name + " ("
            + p + "), but it has only " + all.size() + (excl > 0 ? ", " + excl + " of them excluded" : "")
            + (involved.size() > 1 ? ", others ruled out by " + refs(involved.subList(1, involved.size())) : "")
            + "; " + (have + usable) + " can be picked");
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Step 3: shares and counts

  /** A candidate with the number of short rules it served when last looked at. */
  private record Candidate(String unit, int serves) {}

  private boolean topUp() {
    List<Integer> initiallyShort = shortRules();
    if (initiallyShort.isEmpty()) {
      return false;
    }
    // Lazy greedy: a candidate serves fewer short rules as rules fill up and never more, and a blocked candidate stays
    // blocked while units are only added, so a stale entry is re-queued with its new value until it is current.
    Comparator<Candidate> best = Comparator.comparing((Candidate c) -> -c.serves())
        .thenComparing(Candidate::unit, byPriority);
    PriorityQueue<Candidate> queue = new PriorityQueue<>(best);
    for (String u : candidatesOf(initiallyShort)) {
      queue.add(new Candidate(u, serves(u)));
    }
    boolean changed = false;
    while (true) {
      List<Integer> short_ = shortRules();
      if (short_.isEmpty()) {
        return changed;
      }
      Candidate c = queue.poll();
      if (c == null) {
        for (int i : short_) {
          explainShortPopulation(i);
        }
        return changed;
      }
      if (selected.containsKey(c.unit()) || blocker(c.unit()).isPresent()) {
        continue;
      }
      int now = serves(c.unit());
      if (now == 0) {
        continue;
      }
      if (now < c.serves()) {
        queue.add(new Candidate(c.unit(), now));
        continue;
      }
      String u = c.unit();
      List<Integer> served = rulesOf.getOrDefault(u, List.of()).stream()
          .filter(i -> count.get(i) < required.get(i)).toList();
      add(u, new Reason(served,
          refs(served) + ": còn thiếu, tính vào " + served.stream().map(i -> rules.get(i).describeVi())
              .reduce((x, y) -> x + "; " + y).orElse("") + "; " + priorityVi(u),
          refs(served) + " short; counts towards " + served.stream().map(i -> rules.get(i).describeEn())
              .reduce((x, y) -> x + "; " + y).orElse("") + "; " + priorityEn(u), false));
      changed = true;
    }
  }

  private List<Integer> shortRules() {
    List<Integer> result = new ArrayList<>();
    for (int i : population.keySet()) {
      if (count.get(i) < required.get(i)) {
        result.add(i);
      }
    }
    return result;
  }

  private Set<String> candidatesOf(List<Integer> ruleIndexes) {
    Set<String> result = new LinkedHashSet<>();
    for (int i : ruleIndexes) {
      for (String u : population.get(i)) {
        if (!selected.containsKey(u) && blocker(u).isEmpty()) {
          result.add(u);
        }
      }
    }
    return result;
  }

  /** The number of share and count rules still short that a unit counts towards. */
  private int serves(String u) {
    int n = 0;
    for (int i : rulesOf.getOrDefault(u, List.of())) {
      if (count.get(i) < required.get(i)) {
        n++;
      }
    }
    return n;
  }

  private Comparator<String> byUsefulness() {
    Comparator<String> c = Comparator.comparing(u -> -serves(u));
    return c.thenComparing(byPriority);
  }

  private void explainShortPopulation(int i) {
    int excl = 0;
    Set<Integer> involved = new TreeSet<>();
    for (String u : population.get(i)) {
      if (selected.containsKey(u)) {
        continue;
      }
      Optional<Integer> b = blocker(u);
      if (b.isPresent() && b.get() < 0) {
        excl++;
      } else {
        b.ifPresent(involved::add);
      }
    }
    List<Integer> all = new ArrayList<>(List.of(i));
    all.addAll(involved);
    CoverageRule rule = rules.get(i);
    int have = count.get(i);
    conflict(all, List.of(),
        "coverage[" + i + "] (" + rule.describeVi() + ") cần " + required.get(i) + "/" + population.get(i).size()
            + " đơn vị nhưng chỉ chọn được " + have + (excl > 0 ? "; " + excl + " đơn vị bị loại trừ" : "")
            + (involved.isEmpty() ? "" : "; các đơn vị khác bị giới hạn bởi " + refs(List.copyOf(involved))),
        "coverage[" + i + "] (" + rule.describeEn() + ") needs " + required.get(i) + " of "
            + population.get(i).size() + " units but only " + have + " can be picked"
            + (excl > 0 ? "; " + excl + " units are excluded" : "")
            + (involved.isEmpty() ? "" : "; the others are ruled out by " + refs(List.copyOf(involved))));
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Step 4: drop what is redundant

  private void prune() {
    List<String> optional = new ArrayList<>();
    selected.forEach((u, r) -> {
      if (!r.forced()) {
        optional.add(u);
      }
    });
    optional.sort(byPriority.reversed());
    // Dropping a selected parent can make its children redundant in turn: repeat until nothing moves.
    boolean removed = true;
    while (removed) {
      removed = false;
      for (String u : optional) {
        if (selected.containsKey(u) && removable(u)) {
          remove(u);
          removed = true;
        }
      }
    }
  }

  private boolean removable(String u) {
    for (Map.Entry<Integer, Set<String>> e : population.entrySet()) {
      if (e.getValue().contains(u) && count.get(e.getKey()) - 1 < required.get(e.getKey())) {
        return false;
      }
    }
    for (Map.Entry<Integer, Map<String, String>> e : parentOf.entrySet()) {
      String p = e.getValue().get(u);
      PerParentRule rule = (PerParentRule) rules.get(e.getKey());
      if (p != null && applies(e.getKey(), p) && perParent.get(e.getKey()).getOrDefault(p, 0) - 1 < rule.min()) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Step 5: subordinate units

  private void pickSubordinates(Map<String, List<String>> chosen, Map<String, Pick> picks) {
    for (String t : selected.keySet()) {
      OrgKind k = kind(t);
      if (!subMin.containsKey(k)) {
        continue;
      }
      int min = subMin.get(k);
      List<String> candidates = new ArrayList<>();
      for (OrgUnit c : units.subordinates(t)) {
        if (!excluded.contains(c.id())) {
          candidates.add(c.id());
        }
      }
      if (candidates.size() < min) {
        conflict(subRules.get(k), List.of(t), "Đơn vị '" + t + "' " + lacksSubordinates(t).orElse(""),
            "Unit '" + t + "' " + whyEn(t));
        continue;
      }
      // Subordinate units that are targets anyway are visited in the same trip.
      Comparator<String> c = Comparator.comparing(id -> selected.containsKey(id) ? 0 : 1);
      candidates.sort(c.thenComparing(byPriority));
      List<String> subs = List.copyOf(candidates.subList(0, min));
      chosen.put(t, subs);
      for (String s : subs) {
        boolean alsoTarget = selected.containsKey(s);
        picks.put(t + "/" + s, new Pick(s, Optional.of(t), subRules.get(k), score(s),
            refs(subRules.get(k)) + ": đơn vị trực thuộc của " + units.active.require(t).name()
                + (alsoTarget ? ", đồng thời là đối tượng kiểm tra" : "") + "; " + priorityVi(s),
            refs(subRules.get(k)) + ": subordinate unit of " + units.active.require(t).name()
                + (alsoTarget ? ", also a target" : "") + "; " + priorityEn(s)));
      }
    }
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Bookkeeping

  private OrgKind kind(String id) {
    return units.active.require(id).kind();
  }

  private boolean applies(int perParentRule, String parent) {
    return ((PerParentRule) rules.get(perParentRule)).parents() == ParentSelection.ALL
        || selected.containsKey(parent);
  }

  /**
   * Tells why a unit cannot be added: empty if it can, -1 if it is excluded, or else the index of the rule it would
   * break.
   */
  private Optional<Integer> blocker(String u) {
    if (excluded.contains(u)) {
      return Optional.of(-1);
    }
    for (Map.Entry<Integer, Map<String, String>> e : parentOf.entrySet()) {
      int i = e.getKey();
      PerParentRule rule = (PerParentRule) rules.get(i);
      String p = e.getValue().get(u);
      if (p != null && applies(i, p) && perParent.get(i).getOrDefault(p, 0) >= rule.max()) {
        return Optional.of(i);
      }
      if (rule.parents() == ParentSelection.SELECTED && rule.parentKinds().contains(kind(u))) {
        // Becoming a selected parent: it must be able to reach the minimum and not already exceed the maximum.
        List<String> children = childrenOf.get(i).getOrDefault(u, List.of());
        long have = children.stream().filter(selected::containsKey).count();
        long possible = children.stream().filter(c -> selected.containsKey(c) || !excluded.contains(c)).count();
        if (have > rule.max() || possible < rule.min()) {
          return Optional.of(i);
        }
      }
    }
    if (lacksSubordinates(u).isPresent()) {
      return Optional.of(subRules.get(kind(u)).get(0));
    }
    return Optional.empty();
  }

  private Optional<String> lacksSubordinates(String u) {
    return subordinateProblem(u).map(m -> m[0]);
  }

  private String whyEn(String u) {
    return subordinateProblem(u).map(m -> m[1]).orElse("");
  }

  /** Why a unit cannot have the subordinate units the rules ask of its kind, in Vietnamese and English. */
  private Optional<String[]> subordinateProblem(String u) {
    OrgKind k = kind(u);
    Integer min = subMin.get(k);
    if (min == null) {
      return Optional.empty();
    }
    List<Integer> which = subRules.get(k);
    if (min > subMax.get(k)) {
      return Optional.of(new String[] {
          "không thể đáp ứng: " + refs(which) + " đòi hỏi " + k.label() + " có ít nhất " + min + " và nhiều nhất "
              + subMax.get(k) + " đơn vị trực thuộc",
          "cannot comply: " + refs(which) + " ask a " + k.labelEn() + " for at least " + min + " and at most "
              + subMax.get(k) + " subordinate units"});
    }
    long n = units.subordinates(u).stream().filter(c -> !excluded.contains(c.id())).count();
    if (n >= min) {
      return Optional.empty();
    }
    return Optional.of(new String[] {
        "chỉ có " + n + " đơn vị trực thuộc có thể kiểm tra, trong khi " + refs(which) + " cần ít nhất " + min,
        "has only " + n + " subordinate units that can be visited, while " + refs(which) + " needs at least " + min});
  }

  private void add(String u, Reason reason) {
    selected.put(u, reason);
    population.forEach((i, pop) -> {
      if (pop.contains(u)) {
        count.merge(i, 1, Integer::sum);
      }
    });
    parentOf.forEach((i, map) -> {
      String p = map.get(u);
      if (p != null) {
        perParent.get(i).merge(p, 1, Integer::sum);
      }
    });
  }

  private void remove(String u) {
    selected.remove(u);
    population.forEach((i, pop) -> {
      if (pop.contains(u)) {
        count.merge(i, -1, Integer::sum);
      }
    });
    parentOf.forEach((i, map) -> {
      String p = map.get(u);
      if (p != null) {
        perParent.get(i).merge(p, -1, Integer::sum);
      }
    });
  }

  private void conflict(List<Integer> ruleIndexes, List<String> unitIds, String vi, String en) {
    conflicts.add(new RuleConflict(ruleIndexes, unitIds, vi, en));
  }

  private void dedupeConflicts() {
    Set<String> seen = new HashSet<>();
    conflicts.removeIf(c -> !seen.add(c.messageEn()));
  }

  private static String refs(List<Integer> indexes) {
    return indexes.stream().map(i -> "coverage[" + i + "]").reduce((a, b) -> a + ", " + b).orElse("");
  }
}
