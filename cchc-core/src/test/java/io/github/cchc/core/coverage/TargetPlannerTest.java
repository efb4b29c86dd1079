package io.github.cchc.core.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TargetPlannerTest {

  private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
  private static final OrgDirectory DONG_THAP = DongThapFixture.directory();

  private static PlanningRequest.Builder dongThap() {
    return PlanningRequest.builder().asOf(APRIL).addAllRules(CoverageCheckTest.dongThapRules());
  }

  private static long count(PlanningResult r, OrgKind kind) {
    return r.targets().stream().filter(t -> DONG_THAP.require(t.unit()).kind() == kind).count();
  }

  @Test
  @DisplayName("Đồng Tháp 2024: the proposal has the 12 districts, one commune each and 10 of 20 departments")
  void dongThapMinimalProposal() {
    PlanningResult r = TargetPlanner.propose(DONG_THAP, dongThap().seed(2024).build());
    assertTrue(r.feasible(), r.conflicts().toString());
    assertEquals(12, count(r, OrgKind.DISTRICT));
    assertEquals(12, count(r, OrgKind.COMMUNE));
    assertEquals(10, count(r, OrgKind.DEPARTMENT));
    assertEquals(34, r.targets().size());
    assertTrue(r.verdict().orElseThrow().satisfied());
    assertEquals(34, r.picks().size());
    assertTrue(r.picks().stream().allMatch(p -> !p.reasonVi().isBlank() && !p.reasonEn().isBlank()));
  }

  @Test
  void theSameSeedGivesTheSameProposalAndSeedsVary() {
    PlanningResult a = TargetPlanner.propose(DONG_THAP, dongThap().seed(7).build());
    PlanningResult b = TargetPlanner.propose(DONG_THAP, dongThap().seed(7).build());
    assertEquals(a, b);
    Set<List<InspectionTarget>> seen = new java.util.HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      seen.add(TargetPlanner.propose(DONG_THAP, dongThap().seed(seed).build()).targets());
    }
    assertTrue(seen.size() > 1, "ties between equal units are broken by the seed");
  }

  @Test
  void prioritiesChooseTheDepartmentsWithMostProcedures() {
    PlanningRequest.Builder req = dongThap().putWeight("procedures", BigDecimal.ONE);
    List<OrgUnit> departments = DONG_THAP.unitsOfKind(OrgKind.DEPARTMENT);
    for (int i = 0; i < departments.size(); i++) {
      req.putSignal(departments.get(i).id(), Map.of("procedures", BigDecimal.valueOf(100 + i)));
    }
    PlanningResult r = TargetPlanner.propose(DONG_THAP, req.build());
    List<String> picked = r.targets().stream().map(InspectionTarget::unit)
        .filter(id -> DONG_THAP.require(id).kind() == OrgKind.DEPARTMENT).toList();
    assertEquals(departments.subList(10, 20).stream().map(OrgUnit::id).toList(), picked);
  }

  @Test
  void unitsInspectedRecentlyComeLast() {
    PlanningRequest.Builder req = dongThap();
    List<OrgUnit> departments = DONG_THAP.unitsOfKind(OrgKind.DEPARTMENT);
    for (OrgUnit d : departments.subList(0, 10)) {
      req.addHistory(PastInspection.of(d.id(), 2023));
    }
    PlanningResult r = TargetPlanner.propose(DONG_THAP, req.build());
    List<String> picked = r.targets().stream().map(InspectionTarget::unit)
        .filter(id -> DONG_THAP.require(id).kind() == OrgKind.DEPARTMENT).toList();
    assertEquals(departments.subList(10, 20).stream().map(OrgUnit::id).toList(), picked);
    assertTrue(r.picks().stream().filter(p -> p.unit().equals(picked.get(0))).findFirst().orElseThrow().reasonEn()
        .contains("not inspected in the history"));
  }

  @Test
  void mustIncludeAndNamedUnitsAreKeptAndCountTowardsShares() {
    PlanningRequest req = dongThap().addMustInclude("DT-SNV", "DT-STC").addRules(IncludeRule.of("DT-SYT")).build();
    PlanningResult r = TargetPlanner.propose(DONG_THAP, req);
    assertTrue(r.feasible());
    List<String> ids = r.targets().stream().map(InspectionTarget::unit).toList();
    assertTrue(ids.containsAll(List.of("DT-SNV", "DT-STC", "DT-SYT")));
    assertEquals(10, count(r, OrgKind.DEPARTMENT), "the named departments count towards the 50%");
  }

  @Test
  @DisplayName("A district with one commune cannot give two: the conflict names the rule and the district")
  void aDistrictWithTooFewCommunes() {
    List<OrgUnit> units = new ArrayList<>(DONG_THAP.units());
    units.removeIf(u -> u.id().equals("DT-TN-XPC") || u.id().equals("DT-TN-XAL"));
    OrgDirectory dir = OrgDirectory.of(units);
    PlanningRequest req = PlanningRequest.builder().asOf(APRIL)
        .addRules(new PerParentRule(Set.of(OrgKind.COMMUNE), Set.of(OrgKind.DISTRICT), 2, 2, ParentSelection.ALL))
        .build();
    PlanningResult r = TargetPlanner.propose(dir, req);
    assertFalse(r.feasible());
    assertTrue(r.targets().isEmpty());
    RuleConflict c = r.conflicts().get(0);
    assertEquals(List.of(0), c.rules());
    assertEquals(List.of("DT-TN"), c.units());
    assertEquals("coverage[0] needs at least 2 Commune in Huyện Tam Nông (DT-TN), but it has only 1; 1 can be "
        + "picked", c.messageEn());
  }

  @Test
  void includeContradictsExclude() {
    PlanningResult r = TargetPlanner.propose(DONG_THAP, dongThap().addRules(IncludeRule.of("DT-SNV"))
        .addMustExclude("DT-SNV").build());
    assertFalse(r.feasible());
    assertEquals(List.of(3), r.conflicts().get(0).rules());
    assertEquals("coverage[3] names unit 'DT-SNV', which is excluded", r.conflicts().get(0).messageEn());
    PlanningResult both = TargetPlanner.propose(DONG_THAP, dongThap().addMustInclude("DT-STC")
        .addMustExclude("DT-STC").build());
    assertEquals("Unit 'DT-STC' is both a must-include and a must-exclude", both.conflicts().get(0).messageEn());
  }

  @Test
  void aShareNeedingMoreUnitsThanRemainAfterExclusions() {
    PlanningRequest.Builder req = dongThap();
    DONG_THAP.unitsOfKind(OrgKind.DEPARTMENT).stream().limit(11).forEach(u -> req.addMustExclude(u.id()));
    PlanningResult r = TargetPlanner.propose(DONG_THAP, req.build());
    assertFalse(r.feasible());
    RuleConflict c = r.conflicts().get(0);
    assertEquals(List.of(2), c.rules());
    assertEquals("coverage[2] (At least 50% of Department) needs 10 of 20 units but only 9 can be picked; 11 units "
        + "are excluded", c.messageEn());
  }

  @Test
  void aMaximumCanBlockAShare() {
    // Every commune counted by a 50% share, but at most one per district: 12 of 36 cannot reach 18.
    PlanningRequest req = PlanningRequest.builder().asOf(APRIL)
        .addRules(new PerParentRule(Set.of(OrgKind.COMMUNE), Set.of(OrgKind.DISTRICT), 0, 1, ParentSelection.ALL))
        .addRules(ShareRule.atLeast(BigDecimal.valueOf(50), Set.of(OrgKind.COMMUNE)))
        .build();
    PlanningResult r = TargetPlanner.propose(DONG_THAP, req);
    assertFalse(r.feasible());
    assertEquals(List.of(1, 0), r.conflicts().get(0).rules());
    assertEquals("coverage[1] (At least 50% of Commune) needs 18 of 36 units but only 12 can be picked; the others "
        + "are ruled out by coverage[0]", r.conflicts().get(0).messageEn());
  }

  @Test
  @DisplayName("Sơn La 2024: the named units with 2 of their own subordinate units each")
  void sonLaSubordinates() {
    OrgDirectory sonLa = SonLaFixture.directory();
    List<String> named = new ArrayList<>(SonLaFixture.NAMED_DISTRICTS);
    named.addAll(SonLaFixture.NAMED_DEPARTMENTS);
    PlanningRequest req = PlanningRequest.builder().asOf(APRIL).addRules(new IncludeRule(named))
        .addRules(SubordinatesRule.of(2, 3)).build();
    PlanningResult r = TargetPlanner.propose(sonLa, req);
    assertTrue(r.feasible(), r.conflicts().toString());
    assertEquals(10, r.targets().size());
    for (InspectionTarget t : r.targets()) {
      assertEquals(2, t.subordinates().size());
      for (String s : t.subordinates()) {
        assertEquals(t.unit(), sonLa.parentOf(s).orElseThrow().id());
      }
    }
    assertEquals(30, r.picks().size());
  }

  @Test
  void aNamedUnitWithoutEnoughSubordinatesIsAConflict() {
    OrgDirectory sonLa = SonLaFixture.directory();
    PlanningRequest req = PlanningRequest.builder().asOf(APRIL).addRules(IncludeRule.of("SL-SNGV"))
        .addRules(SubordinatesRule.of(3, 3)).build();
    PlanningResult r = TargetPlanner.propose(sonLa, req);
    assertFalse(r.feasible());
    assertEquals(List.of(1), r.conflicts().get(0).rules());
    assertEquals("Named unit 'SL-SNGV' has only 2 subordinate units that can be visited, while coverage[1] needs at "
        + "least 3", r.conflicts().get(0).messageEn());
  }

  @Test
  void sharesArePreferablyMetByUnitsThatServeSeveralRules() {
    // A pooled 30% share of departments and districts and a 50% share of departments: departments serve both.
    PlanningRequest req = PlanningRequest.builder().asOf(APRIL)
        .addRules(ShareRule.moreThan(BigDecimal.valueOf(30), Set.of(OrgKind.DEPARTMENT, OrgKind.DISTRICT)))
        .addRules(ShareRule.atLeast(BigDecimal.valueOf(50), Set.of(OrgKind.DEPARTMENT)))
        .build();
    PlanningResult r = TargetPlanner.propose(DONG_THAP, req);
    assertTrue(r.feasible());
    assertEquals(10, r.targets().size(), "32 units: >30% is 10, and 10 departments meet both");
    assertEquals(10, count(r, OrgKind.DEPARTMENT));
  }

  @Test
  void aSelectedParentGetsItsChildren() {
    PlanningRequest req = PlanningRequest.builder().asOf(APRIL)
        .addRules(CountRule.atLeast(2, Set.of(OrgKind.DISTRICT)))
        .addRules(new PerParentRule(Set.of(OrgKind.COMMUNE), Set.of(OrgKind.DISTRICT), 2, 3,
            ParentSelection.SELECTED))
        .build();
    PlanningResult r = TargetPlanner.propose(DONG_THAP, req);
    assertTrue(r.feasible(), r.conflicts().toString());
    assertEquals(2, count(r, OrgKind.DISTRICT));
    assertEquals(4, count(r, OrgKind.COMMUNE));
    assertNotEquals(List.of(), r.picks());
  }
}
