package io.github.cchc.core.coverage;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.SelfInspectionReport;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an inspection plan's targets against its coverage rules, on the directory as it stands at a date.
 *
 * <pre>{@code
 * CoverageVerdict v = CoverageCheck.check(directory, plan, LocalDate.of(2024, 4, 1));
 * for (RuleResult r : v.rules()) System.out.println(r.messageEn());
 * }</pre>
 *
 * <p>Only active units count, in populations and among targets. A target that is unknown, inactive at the date or
 * listed twice, a subordinate unit that is not one of its target's own, and a target of a kind that no rule mentions
 * (nor any {@code include} rule names) are reported as findings, never thrown; a target the check cannot count is
 * left out of every rule. Rules whose scope unit is unknown are not met. The {@code selfInspection} rule is checked
 * against the self-inspection reports given; a unit without a report has inspected nobody.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageCheck {

  private CoverageCheck() {}

  /**
   * Checks a plan's targets against its rules, without self-inspection reports.
   *
   * @param directory the organisation directory
   * @param plan the inspection plan
   * @param asOf the day at which units must be active
   * @return the verdict
   */
  public static CoverageVerdict check(OrgDirectory directory, InspectionPlan plan, LocalDate asOf) {
    return check(directory, plan, asOf, List.of());
  }

  /**
   * Checks a plan's targets against its rules, and its self-inspection rules against reports.
   *
   * @param directory the organisation directory
   * @param plan the inspection plan
   * @param asOf the day at which units must be active
   * @param reports the self-inspection reports
   * @return the verdict
   */
  public static CoverageVerdict check(OrgDirectory directory, InspectionPlan plan, LocalDate asOf,
      Collection<SelfInspectionReport> reports) {
    Objects.requireNonNull(plan, "plan");
    return check(directory, plan.coverage(), plan.targets(), asOf, reports);
  }

  /**
   * Checks targets against rules.
   *
   * @param directory the organisation directory
   * @param rules the coverage rules
   * @param targets the targets
   * @param asOf the day at which units must be active
   * @param reports the self-inspection reports, possibly empty
   * @return the verdict, with one result per rule in the given order
   */
  public static CoverageVerdict check(OrgDirectory directory, List<CoverageRule> rules,
      List<InspectionTarget> targets, LocalDate asOf, Collection<SelfInspectionReport> reports) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(reports, "reports");
    ActiveUnits units = new ActiveUnits(directory, asOf);
    List<Finding> findings = new ArrayList<>();
    Map<String, InspectionTarget> counted = countableTargets(units, rules, targets, findings);
    List<RuleResult> results = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      results.add(evaluate(i, rules.get(i), units, counted, reports, findings));
    }
    boolean satisfied = results.stream().allMatch(RuleResult::satisfied);
    return new CoverageVerdict(satisfied, results, findings);
  }

  private static Map<String, InspectionTarget> countableTargets(ActiveUnits units, List<CoverageRule> rules,
      List<InspectionTarget> targets, List<Finding> findings) {
    Set<OrgKind> mentioned = EnumSet.noneOf(OrgKind.class);
    Set<String> named = new HashSet<>();
    for (CoverageRule r : rules) {
      mentioned.addAll(r.mentionedKinds());
      if (r instanceof IncludeRule inc) {
        named.addAll(inc.units());
      }
    }
    Map<String, InspectionTarget> counted = new LinkedHashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      InspectionTarget t = Objects.requireNonNull(targets.get(i), "target");
      String path = "targets[" + i + "].unit";
      if (!units.all.contains(t.unit())) {
        findings.add(Finding.error(path, "coverage.target-unknown",
            "Đơn vị '" + t.unit() + "' không có trong danh mục tổ chức",
            "Unit '" + t.unit() + "' is not in the organisation directory"));
        continue;
      }
      if (!units.active.contains(t.unit())) {
        findings.add(Finding.error(path, "coverage.target-inactive",
            "Đơn vị '" + t.unit() + "' không còn hoạt động vào ngày " + units.asOf,
            "Unit '" + t.unit() + "' is not active on " + units.asOf));
        continue;
      }
      if (counted.containsKey(t.unit())) {
        findings.add(Finding.warning(path, "coverage.target-duplicate",
            "Đơn vị '" + t.unit() + "' được liệt kê hai lần; chỉ tính một lần",
            "Unit '" + t.unit() + "' is listed twice; it counts once"));
        continue;
      }
      OrgUnit u = units.active.require(t.unit());
      if (!mentioned.contains(u.kind()) && !named.contains(u.id())) {
        findings.add(Finding.warning(path, "coverage.target-kind-unmentioned",
            "Đơn vị '" + u.id() + "' thuộc loại " + u.kind().label() + ", không quy tắc nào đề cập",
            "Unit '" + u.id() + "' is a " + u.kind().labelEn() + ", a kind no rule mentions"));
      }
      for (int j = 0; j < t.subordinates().size(); j++) {
        String s = t.subordinates().get(j);
        String sp = "targets[" + i + "].subordinates[" + j + "]";
        if (!units.all.contains(s)) {
          findings.add(Finding.error(sp, "coverage.subordinate-unknown",
              "Đơn vị trực thuộc '" + s + "' không có trong danh mục tổ chức",
              "Subordinate unit '" + s + "' is not in the organisation directory"));
        } else if (!units.active.contains(s)) {
          findings.add(Finding.error(sp, "coverage.subordinate-inactive",
              "Đơn vị trực thuộc '" + s + "' không còn hoạt động vào ngày " + units.asOf,
              "Subordinate unit '" + s + "' is not active on " + units.asOf));
        } else if (!units.isSubordinateOf(s, t.unit())) {
          findings.add(Finding.error(sp, "coverage.subordinate-not-own",
              "Đơn vị '" + s + "' không trực thuộc '" + t.unit() + "'",
              "Unit '" + s + "' is not a subordinate unit of '" + t.unit() + "'"));
        }
      }
      counted.put(t.unit(), t);
    }
    return counted;
  }

  private static RuleResult evaluate(int index, CoverageRule rule, ActiveUnits units,
      Map<String, InspectionTarget> targets, Collection<SelfInspectionReport> reports, List<Finding> findings) {
    if (rule instanceof ShareRule s) {
      return population(index, s, s.kinds(), s.scope(), units, targets, s::requiredCount);
    } else if (rule instanceof CountRule c) {
      return population(index, c, c.kinds(), c.scope(), units, targets, n -> c.atLeast());
    } else if (rule instanceof PerParentRule p) {
      return perParent(index, p, units, targets);
    } else if (rule instanceof IncludeRule inc) {
      return include(index, inc, targets);
    } else if (rule instanceof SubordinatesRule s) {
      return subordinates(index, s, units, targets);
    }
    return selfInspection(index, (SelfInspectionRule) rule, units, reports, findings);
  }

  private static RuleResult population(int index, CoverageRule rule, Set<OrgKind> kinds,
      java.util.Optional<String> scope, ActiveUnits units, Map<String, InspectionTarget> targets,
      java.util.function.IntUnaryOperator required) {
    if (!units.scopeKnown(scope)) {
      return new RuleResult(index, rule, false, 0, 0, 0, List.of(), List.of(),
          rule.describeVi() + ": đơn vị phạm vi '" + scope.get() + "' không có hoặc không hoạt động — chưa đạt",
          rule.describeEn() + ": scope unit '" + scope.get() + "' is unknown or inactive — not met");
    }
    List<OrgUnit> pop = units.population(kinds, scope);
    int actual = 0;
    for (OrgUnit u : pop) {
      if (targets.containsKey(u.id())) {
        actual++;
      }
    }
    int req = required.applyAsInt(pop.size());
    boolean ok = actual >= req;
    return new RuleResult(index, rule, ok, pop.size(), req, actual, List.of(), List.of(),
        rule.describeVi() + ": cần " + req + "/" + pop.size() + ", có " + actual + " — " + (ok ? "đạt" : "chưa đạt"),
        rule.describeEn() + ": " + req + " of " + pop.size() + " required, " + actual + " inspected — "
            + (ok ? "met" : "not met"));
  }

  private static RuleResult perParent(int index, PerParentRule rule, ActiveUnits units,
      Map<String, InspectionTarget> targets) {
    Map<String, Integer> perParent = new HashMap<>();
    for (String id : targets.keySet()) {
      OrgUnit u = units.active.require(id);
      if (rule.kinds().contains(u.kind())) {
        units.parentOf(id, rule.parentKinds()).ifPresent(p -> perParent.merge(p.id(), 1, Integer::sum));
      }
    }
    List<OrgUnit> parents = rule.parents() == ParentSelection.ALL
        ? units.active.unitsOfKind(rule.parentKinds())
        : targets.keySet().stream().map(units.active::require)
            .filter(u -> rule.parentKinds().contains(u.kind())).toList();
    List<String> missing = new ArrayList<>();
    List<String> excess = new ArrayList<>();
    for (OrgUnit p : parents) {
      int n = perParent.getOrDefault(p.id(), 0);
      if (n < rule.min()) {
        missing.add(p.id());
      } else if (n > rule.max()) {
        excess.add(p.id());
      }
    }
    int actual = parents.size() - missing.size() - excess.size();
    boolean ok = missing.isEmpty() && excess.isEmpty();
    StringBuilder vi = new StringBuilder(rule.describeVi()).append(": ").append(actual).append("/")
        .append(parents.size()).append(" đơn vị đạt");
    StringBuilder en = new StringBuilder(rule.describeEn()).append(": ").append(actual).append(" of ")
        .append(parents.size()).append(" parents comply");
    if (!missing.isEmpty()) {
      vi.append("; thiếu ở ").append(String.join(", ", missing));
      en.append("; too few under ").append(String.join(", ", missing));
    }
    if (!excess.isEmpty()) {
      vi.append("; thừa ở ").append(String.join(", ", excess));
      en.append("; too many under ").append(String.join(", ", excess));
    }
    vi.append(" — ").append(ok ? "đạt" : "chưa đạt");
    en.append(" — ").append(ok ? "met" : "not met");
    return new RuleResult(index, rule, ok, parents.size(), parents.size(), actual, missing, excess, vi.toString(),
        en.toString());
  }

  private static RuleResult include(int index, IncludeRule rule, Map<String, InspectionTarget> targets) {
    List<String> missing = rule.units().stream().filter(u -> !targets.containsKey(u)).toList();
    int actual = rule.units().size() - missing.size();
    boolean ok = missing.isEmpty();
    return new RuleResult(index, rule, ok, rule.units().size(), rule.units().size(), actual, missing, List.of(),
        "Kiểm tra các đơn vị được nêu tên: có " + actual + "/" + rule.units().size()
            + (ok ? "" : "; thiếu " + String.join(", ", missing)) + " — " + (ok ? "đạt" : "chưa đạt"),
        "Named units: " + actual + " of " + rule.units().size() + " inspected"
            + (ok ? "" : "; missing " + String.join(", ", missing)) + " — " + (ok ? "met" : "not met"));
  }

  private static RuleResult subordinates(int index, SubordinatesRule rule, ActiveUnits units,
      Map<String, InspectionTarget> targets) {
    List<String> missing = new ArrayList<>();
    List<String> excess = new ArrayList<>();
    int applicable = 0;
    for (InspectionTarget t : targets.values()) {
      if (!rule.kinds().contains(units.active.require(t.unit()).kind())) {
        continue;
      }
      applicable++;
      int n = 0;
      for (String s : t.subordinates()) {
        if (units.isSubordinateOf(s, t.unit())) {
          n++;
        }
      }
      if (n < rule.min()) {
        missing.add(t.unit());
      } else if (n > rule.max()) {
        excess.add(t.unit());
      }
    }
    int actual = applicable - missing.size() - excess.size();
    boolean ok = missing.isEmpty() && excess.isEmpty();
    return new RuleResult(index, rule, ok, applicable, applicable, actual, missing, excess,
        rule.describeVi() + ": " + actual + "/" + applicable + " đơn vị đạt"
            + (missing.isEmpty() ? "" : "; thiếu đơn vị trực thuộc ở " + String.join(", ", missing))
            + (excess.isEmpty() ? "" : "; thừa ở " + String.join(", ", excess)) + " — " + (ok ? "đạt" : "chưa đạt"),
        rule.describeEn() + ": " + actual + " of " + applicable + " targets comply"
            + (missing.isEmpty() ? "" : "; too few subordinate units at " + String.join(", ", missing))
            + (excess.isEmpty() ? "" : "; too many at " + String.join(", ", excess)) + " — "
            + (ok ? "met" : "not met"));
  }

  private static RuleResult selfInspection(int index, SelfInspectionRule rule, ActiveUnits units,
      Collection<SelfInspectionReport> reports, List<Finding> findings) {
    Map<String, Set<String>> inspected = new HashMap<>();
    int k = 0;
    for (SelfInspectionReport r : reports) {
      Objects.requireNonNull(r, "report");
      if (!units.active.contains(r.unit())) {
        findings.add(Finding.warning("reports[" + k + "].unit", "coverage.report-unit-unknown",
            "Báo cáo tự kiểm tra của đơn vị '" + r.unit() + "' không có hoặc không hoạt động trong danh mục",
            "Self-inspection report of unit '" + r.unit() + "', which is unknown or inactive"));
      } else {
        for (String s : r.inspectedSubordinates()) {
          if (!units.isSubordinateOf(s, r.unit())) {
            findings.add(Finding.warning("reports[" + k + "].inspectedSubordinates",
                "coverage.report-not-subordinate",
                "Đơn vị '" + s + "' không trực thuộc '" + r.unit() + "'; không được tính",
                "Unit '" + s + "' is not a subordinate unit of '" + r.unit() + "'; not counted"));
          }
        }
        inspected.computeIfAbsent(r.unit(), x -> new LinkedHashSet<>()).addAll(r.inspectedSubordinates());
      }
      k++;
    }
    List<OrgUnit> pop = units.active.unitsOfKind(rule.kinds());
    List<String> missing = new ArrayList<>();
    for (OrgUnit u : pop) {
      List<OrgUnit> subs = units.subordinates(u.id());
      Set<String> done = inspected.getOrDefault(u.id(), Set.of());
      int got = 0;
      for (OrgUnit s : subs) {
        if (done.contains(s.id())) {
          got++;
        }
      }
      if (got < rule.requiredCount(subs.size())) {
        missing.add(u.id());
      }
    }
    int actual = pop.size() - missing.size();
    boolean ok = missing.isEmpty();
    return new RuleResult(index, rule, ok, pop.size(), pop.size(), actual, missing, List.of(),
        rule.describeVi() + ": " + actual + "/" + pop.size() + " đơn vị đạt"
            + (ok ? "" : "; chưa đạt: " + String.join(", ", missing)) + " — " + (ok ? "đạt" : "chưa đạt"),
        rule.describeEn() + ": " + actual + " of " + pop.size() + " units comply"
            + (ok ? "" : "; short: " + String.join(", ", missing)) + " — " + (ok ? "met" : "not met"));
  }
}
