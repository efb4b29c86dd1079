package io.github.cchc.core.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.inspection.InspectionTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CoverageProperties {

  @Property(tries = 200)
  void addingATargetNeverBreaksAShareOrCountRule(@ForAll long seed) {
    RandomProvince p = new RandomProvince(seed);
    List<CoverageRule> rules = List.of(p.populationRule(), p.populationRule());
    List<InspectionTarget> targets = new ArrayList<>();
    for (int n = p.random.nextInt(12); n > 0; n--) {
      targets.add(InspectionTarget.of(p.anyId()));
    }
    CoverageVerdict before = CoverageCheck.check(p.directory, rules, targets, RandomProvince.AS_OF, List.of());
    targets.add(InspectionTarget.of(p.random.nextBoolean() ? p.anyId() : "UNKNOWN"));
    CoverageVerdict after = CoverageCheck.check(p.directory, rules, targets, RandomProvince.AS_OF, List.of());
    for (int i = 0; i < rules.size(); i++) {
      RuleResult b = before.rules().get(i);
      RuleResult a = after.rules().get(i);
      assertTrue(!b.satisfied() || a.satisfied(), rules.get(i) + ": " + b.messageEn() + " then " + a.messageEn());
      assertTrue(a.actual() >= b.actual());
      assertEquals(b.required(), a.required());
    }
  }

  @Property(tries = 200)
  void everyPlannerProposalPassesTheCheckAndIsMinimal(@ForAll long seed) {
    RandomProvince p = new RandomProvince(seed);
    PlanningRequest request = p.request();
    PlanningResult result = TargetPlanner.propose(p.directory, request);
    assertEquals(result, TargetPlanner.propose(p.directory, request), "deterministic for a seed");
    if (!result.feasible()) {
      assertTrue(result.targets().isEmpty());
      assertFalse(result.conflicts().isEmpty());
      result.conflicts().forEach(c -> assertFalse(c.messageEn().isBlank() || c.messageVi().isBlank()));
      return;
    }
    CoverageVerdict verdict = CoverageCheck.check(p.directory, request.rules(), result.targets(),
        RandomProvince.AS_OF, List.of());
    assertTrue(verdict.rules().stream().allMatch(RuleResult::satisfied), verdict.toString());
    assertTrue(verdict.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), verdict.toString());
    Set<String> targetIds = new HashSet<>();
    result.targets().forEach(t -> targetIds.add(t.unit()));
    assertTrue(request.mustExclude().stream().noneMatch(targetIds::contains));
    assertTrue(targetIds.containsAll(request.mustInclude()));
    Set<String> forced = new HashSet<>(request.mustInclude());
    request.rules().stream().filter(r -> r instanceof IncludeRule)
        .forEach(r -> forced.addAll(((IncludeRule) r).units()));
    for (InspectionTarget t : result.targets()) {
      if (forced.contains(t.unit())) {
        continue;
      }
      List<InspectionTarget> fewer = new ArrayList<>(result.targets());
      fewer.remove(t);
      assertFalse(CoverageCheck.check(p.directory, request.rules(), fewer, RandomProvince.AS_OF, List.of())
          .satisfied(), "minimal: " + t.unit() + " could be left out of " + result.targets());
    }
  }
}
