package io.github.cchc.core.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.testing.Gens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Coverage is monotone in the targets, and every planner proposal passes the check and is minimal. */
class CoverageProperties {

  /** Enough draws for the largest province (about 130) and, apart, its request (about 300); later draws are 0. */
  private static final Gen<Random> STRUCTURES = Gens.randoms(300);
  private static final Gen<Random> CHOICES = Gens.randoms(700);

  /** Two population rules of a province, up to 11 targets, and one more target, perhaps not in the province. */
  record Addition(RandomProvince province, List<CoverageRule> rules, List<InspectionTarget> targets,
      InspectionTarget added) {

    static Addition draw(Random structure, Random choices) {
      RandomProvince p = new RandomProvince(structure, choices);
      List<CoverageRule> rules = List.of(p.populationRule(), p.populationRule());
      List<InspectionTarget> targets = new ArrayList<>();
      for (int n = p.random.nextInt(12); n > 0; n--) {
        targets.add(InspectionTarget.of(p.anyId()));
      }
      return new Addition(p, rules, List.copyOf(targets),
          InspectionTarget.of(p.random.nextBoolean() ? p.anyId() : "UNKNOWN"));
    }
  }

  /** A province and a planning request for it. */
  record ProvinceRequest(RandomProvince province, PlanningRequest request) {

    static ProvinceRequest draw(Random structure, Random choices) {
      RandomProvince p = new RandomProvince(structure, choices);
      return new ProvinceRequest(p, p.request());
    }
  }

  @Test
  void addingATargetNeverBreaksAShareOrCountRule() {
    qt().withExamples(200).forAll(STRUCTURES.zip(CHOICES, Addition::draw)).checkAssert(a -> {
      RandomProvince p = a.province();
      List<CoverageRule> rules = a.rules();
      CoverageVerdict before = CoverageCheck.check(p.directory, rules, a.targets(), RandomProvince.AS_OF, List.of());
      List<InspectionTarget> more = new ArrayList<>(a.targets());
      more.add(a.added());
      CoverageVerdict after = CoverageCheck.check(p.directory, rules, more, RandomProvince.AS_OF, List.of());
      for (int i = 0; i < rules.size(); i++) {
        RuleResult b = before.rules().get(i);
        RuleResult r = after.rules().get(i);
        assertTrue(!b.satisfied() || r.satisfied(), rules.get(i) + ": " + b.messageEn() + " then " + r.messageEn());
        assertTrue(r.actual() >= b.actual());
        assertEquals(b.required(), r.required());
      }
    });
  }

  @Test
  void everyPlannerProposalPassesTheCheckAndIsMinimal() {
    qt().withExamples(200).forAll(STRUCTURES.zip(CHOICES, ProvinceRequest::draw)).checkAssert(planning -> {
      RandomProvince p = planning.province();
      PlanningRequest request = planning.request();
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
      assertTrue(request.mustExclude().stream().noneMatch(targetIds::contains), "excluded unit in " + targetIds);
      assertTrue(targetIds.containsAll(request.mustInclude()), "a unit to include missing from " + targetIds);
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
    });
  }
}
