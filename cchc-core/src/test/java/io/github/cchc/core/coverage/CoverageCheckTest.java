package io.github.cchc.core.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.SelfInspectionReport;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageCheckTest {

  private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
  private static final OrgDirectory DONG_THAP = DongThapFixture.directory();

  static List<CoverageRule> dongThapRules() {
    return List.of(
        ShareRule.atLeast(BigDecimal.valueOf(100), Set.of(OrgKind.DISTRICT)),
        new PerParentRule(Set.of(OrgKind.COMMUNE), Set.of(OrgKind.DISTRICT), 1, 2, ParentSelection.ALL),
        ShareRule.atLeast(BigDecimal.valueOf(50), Set.of(OrgKind.DEPARTMENT)));
  }

  static List<InspectionTarget> targets(String... ids) {
    return java.util.Arrays.stream(ids).map(InspectionTarget::of).toList();
  }

  static List<String> allDistricts() {
    return DONG_THAP.unitsOfKind(OrgKind.DISTRICT).stream().map(OrgUnit::id).toList();
  }

  @Test
  @DisplayName("Đồng Tháp 2024: 12/12 huyện, thành phố; từ 01 – 02 xã mỗi huyện; 50% sở, ngành tỉnh — met")
  void dongThapMet() {
    List<String> ids = new ArrayList<>(allDistricts());
    for (String d : allDistricts()) {
      ids.add(DONG_THAP.children(d).stream().filter(u -> u.kind() == OrgKind.COMMUNE).findFirst().orElseThrow().id());
    }
    DONG_THAP.unitsOfKind(OrgKind.DEPARTMENT).stream().limit(10).forEach(u -> ids.add(u.id()));
    CoverageVerdict v = CoverageCheck.check(DONG_THAP, dongThapRules(), targets(ids.toArray(String[]::new)), APRIL,
        List.of());
    assertTrue(v.satisfied(), v.toString());
    assertEquals(List.of(12, 12, 20), v.rules().stream().map(RuleResult::population).toList());
    assertEquals(List.of(12, 12, 10), v.rules().stream().map(RuleResult::required).toList());
    assertEquals(List.of(12, 12, 10), v.rules().stream().map(RuleResult::actual).toList());
    assertEquals(List.of("share", "perParent", "share"), v.rules().stream().map(RuleResult::ruleName).toList());
    assertTrue(v.findings().isEmpty(), v.findings().toString());
  }

  @Test
  @DisplayName("Đồng Tháp 2024: 11 districts, a district with 3 communes, 9 of 20 departments — each rule says what")
  void dongThapNotMet() {
    List<String> ids = new ArrayList<>(allDistricts().subList(0, 11));
    ids.addAll(List.of("DT-CL-P1", "DT-CL-P2", "DT-CL-XMT"));
    for (String d : allDistricts().subList(1, 12)) {
      ids.add(DONG_THAP.children(d).stream().filter(u -> u.kind() == OrgKind.COMMUNE).findFirst().orElseThrow().id());
    }
    DONG_THAP.unitsOfKind(OrgKind.DEPARTMENT).stream().limit(9).forEach(u -> ids.add(u.id()));
    CoverageVerdict v = CoverageCheck.check(DONG_THAP, dongThapRules(), targets(ids.toArray(String[]::new)), APRIL,
        List.of());
    assertFalse(v.satisfied());
    RuleResult districts = v.rules().get(0);
    assertEquals(11, districts.actual());
    assertEquals("Tối thiểu 100% Huyện, thị xã, thành phố thuộc tỉnh: cần 12/12, có 11 — chưa đạt",
        districts.messageVi());
    RuleResult communes = v.rules().get(1);
    assertEquals(List.of("DT-CL"), communes.excess());
    assertEquals(List.of(), communes.missing());
    assertEquals(11, communes.actual());
    assertEquals("1 to 2 Commune in each District: 11 of 12 parents comply; too many under DT-CL — not met",
        communes.messageEn());
    RuleResult departments = v.rules().get(2);
    assertEquals(9, departments.actual());
    assertEquals(10, departments.required());
    assertEquals("At least 50% of Department: 10 of 20 required, 9 inspected — not met", departments.messageEn());
  }

  @Test
  @DisplayName("Thái Bình 2024: kiểm tra trực tiếp trên 30% các cơ quan, đơn vị trực thuộc UBND tỉnh")
  void thaiBinhMoreThanThirtyPercent() {
    List<OrgUnit> units = new ArrayList<>();
    units.add(OrgUnit.builder().id("TB").name("UBND tỉnh Thái Bình").kind(OrgKind.PROVINCE).build());
    for (String[] d : DongThapFixture.DEPARTMENTS) {
      units.add(OrgUnit.builder().id("TB-" + d[0]).name(d[1]).kind(OrgKind.DEPARTMENT).parent("TB").build());
    }
    OrgDirectory thaiBinh = OrgDirectory.of(units);
    CoverageRule moreThan = ShareRule.moreThan(BigDecimal.valueOf(30), Set.of(OrgKind.DEPARTMENT)).withScope("TB");
    CoverageRule atLeast = ShareRule.atLeast(BigDecimal.valueOf(30), Set.of(OrgKind.DEPARTMENT)).withScope("TB");
    List<String> six = units.subList(1, 7).stream().map(OrgUnit::id).toList();
    List<String> seven = units.subList(1, 8).stream().map(OrgUnit::id).toList();
    CoverageVerdict withSix = CoverageCheck.check(thaiBinh, List.of(moreThan, atLeast),
        targets(six.toArray(String[]::new)), APRIL, List.of());
    assertFalse(withSix.rules().get(0).satisfied(), "6 of 20 is 30%, not more than 30%");
    assertEquals(7, withSix.rules().get(0).required());
    assertTrue(withSix.rules().get(1).satisfied(), "6 of 20 is at least 30%");
    assertTrue(CoverageCheck.check(thaiBinh, List.of(moreThan), targets(seven.toArray(String[]::new)), APRIL,
        List.of()).satisfied());
  }

  @Test
  @DisplayName("Sơn La 2024: named lists and 2–3 subordinate units at each inspected unit")
  void sonLaNamedListsAndSubordinates() {
    OrgDirectory sonLa = SonLaFixture.directory();
    List<String> named = new ArrayList<>(SonLaFixture.NAMED_DISTRICTS);
    named.addAll(SonLaFixture.NAMED_DEPARTMENTS);
    List<CoverageRule> rules = List.of(new IncludeRule(named), SubordinatesRule.of(2, 3));
    List<InspectionTarget> targets = new ArrayList<>();
    for (String id : named) {
      targets.add(InspectionTarget.of(id, sonLa.children(id).stream().limit(2).map(OrgUnit::id).toList()));
    }
    assertTrue(CoverageCheck.check(sonLa, rules, targets, APRIL, List.of()).satisfied());

    targets.set(0, InspectionTarget.of("SL-MS", List.of("SL-MS-PNV")));
    targets.set(1, InspectionTarget.of("SL-MC", List.of("SL-MC-PNV", "SL-MC-VP", "SL-MC-PTCKH", "SL-MC-X1")));
    targets.set(2, InspectionTarget.of("SL-BY", List.of("SL-BY-PNV", "SL-MS-VP")));
    targets.remove(9);
    CoverageVerdict v = CoverageCheck.check(sonLa, rules, targets, APRIL, List.of());
    assertEquals(List.of("SL-BQLKCN"), v.rules().get(0).missing());
    RuleResult subs = v.rules().get(1);
    assertEquals(List.of("SL-MS", "SL-BY"), subs.missing());
    assertEquals(List.of("SL-MC"), subs.excess());
    assertEquals(9, subs.population());
    assertEquals(6, subs.actual());
    Finding notOwn = v.findings().get(0);
    assertEquals("targets[2].subordinates[1]", notOwn.path());
    assertEquals("coverage.subordinate-not-own", notOwn.ruleId());
  }

  @Test
  void unknownInactiveDuplicateAndUnmentionedTargetsAreFindingsNotCrashes() {
    List<OrgUnit> units = new ArrayList<>(DONG_THAP.units());
    units.add(OrgUnit.builder().id("DT-OLD").name("Sở đã giải thể").kind(OrgKind.DEPARTMENT).parent("DT")
        .validTo(LocalDate.of(2023, 1, 1)).build());
    OrgDirectory dir = OrgDirectory.of(units);
    CoverageVerdict v = CoverageCheck.check(dir, dongThapRules(),
        targets("DT-NOPE", "DT-OLD", "DT-SNV", "DT-SNV", "DT-CA"), APRIL, List.of());
    assertEquals(List.of("coverage.target-unknown", "coverage.target-inactive", "coverage.target-duplicate",
        "coverage.target-kind-unmentioned"), v.findings().stream().map(Finding::ruleId).toList());
    assertEquals(List.of("targets[0].unit", "targets[1].unit", "targets[3].unit", "targets[4].unit"),
        v.findings().stream().map(Finding::path).toList());
    assertEquals(Severity.ERROR, v.findings().get(0).severity());
    assertTrue(v.hasErrors());
    assertEquals(1, v.rules().get(2).actual(), "only DT-SNV counts, once");
    assertEquals(20, v.rules().get(2).population(), "the inactive department is not in the population");
  }

  @Test
  void aUnitThatCeasedBeforeTheDateLeavesThePopulation() {
    List<OrgUnit> units = new ArrayList<>(DONG_THAP.units());
    units.add(OrgUnit.builder().id("DT-NEW").name("Sở mới").kind(OrgKind.DEPARTMENT).parent("DT")
        .validFrom(LocalDate.of(2025, 3, 1)).build());
    OrgDirectory dir = OrgDirectory.of(units);
    CoverageRule half = ShareRule.atLeast(BigDecimal.valueOf(50), Set.of(OrgKind.DEPARTMENT));
    assertEquals(20, CoverageCheck.check(dir, List.of(half), List.of(), APRIL, List.of()).rules().get(0).population());
    assertEquals(21, CoverageCheck.check(dir, List.of(half), List.of(), LocalDate.of(2025, 3, 1), List.of()).rules()
        .get(0).population());
    assertEquals(11, CoverageCheck.check(dir, List.of(half), List.of(), LocalDate.of(2025, 3, 1), List.of()).rules()
        .get(0).required());
  }

  @Test
  void perParentSelectedOnlyConcernsParentsThatAreTargets() {
    CoverageRule rule = new PerParentRule(Set.of(OrgKind.COMMUNE), Set.of(OrgKind.DISTRICT), 2, 2,
        ParentSelection.SELECTED);
    CoverageVerdict v = CoverageCheck.check(DONG_THAP, List.of(rule), targets("DT-CL", "DT-CL-P1", "DT-SD-P1"),
        APRIL, List.of());
    assertEquals(1, v.rules().get(0).population());
    assertEquals(List.of("DT-CL"), v.rules().get(0).missing());
  }

  @Test
  void aScopeLimitsThePopulationToASubtree() {
    CoverageRule rule = CountRule.atLeast(2, Set.of(OrgKind.COMMUNE));
    CoverageRule scoped = new CountRule(Set.of(OrgKind.COMMUNE), java.util.Optional.of("DT-CL"), 2);
    CoverageVerdict v = CoverageCheck.check(DONG_THAP, List.of(rule, scoped), targets("DT-CL-P1", "DT-SD-P1"),
        APRIL, List.of());
    assertTrue(v.rules().get(0).satisfied());
    assertFalse(v.rules().get(1).satisfied());
    assertEquals(3, v.rules().get(1).population());
    CoverageRule unknown = new CountRule(Set.of(OrgKind.COMMUNE), java.util.Optional.of("XX"), 0);
    assertFalse(CoverageCheck.check(DONG_THAP, List.of(unknown), List.of(), APRIL, List.of()).satisfied());
  }

  @Test
  @DisplayName("Tự kiểm tra tối thiểu 30% đơn vị trực thuộc: checked against self-inspection reports")
  void selfInspectionAgainstReports() {
    OrgDirectory sonLa = SonLaFixture.directory();
    CoverageRule rule = new SelfInspectionRule(EnumSet.of(OrgKind.DISTRICT), BigDecimal.valueOf(30));
    List<SelfInspectionReport> reports = new ArrayList<>();
    for (OrgUnit d : sonLa.unitsOfKind(OrgKind.DISTRICT)) {
      // 5 subordinate units each: 30% of 5 is 2 (1.5 rounded up).
      reports.add(SelfInspectionReport.of(d.id(), Set.of(d.id() + "-X1", d.id() + "-PNV")));
    }
    assertTrue(CoverageCheck.check(sonLa, List.of(rule), List.of(), APRIL, reports).satisfied());
    reports.set(0, SelfInspectionReport.of("SL-TP", Set.of("SL-TP-X1", "SL-MS-X1")));
    CoverageVerdict v = CoverageCheck.check(sonLa, List.of(rule), List.of(), APRIL, reports);
    assertEquals(List.of("SL-TP"), v.rules().get(0).missing());
    assertEquals("coverage.report-not-subordinate", v.findings().get(0).ruleId());
    assertFalse(CoverageCheck.check(sonLa, List.of(rule), List.of(), APRIL, List.of()).satisfied(),
        "no reports, no self-inspection");
  }

  @Test
  void aPlanIsCheckedThroughItsRulesAndTargets() {
    InspectionPlan plan = InspectionPlan.builder().year(2024).addAllCoverage(dongThapRules())
        .addAllTargets(targets("DT-SNV")).build();
    CoverageVerdict v = CoverageCheck.check(DONG_THAP, plan, APRIL);
    assertEquals(3, v.rules().size());
    assertEquals(List.of(0, 1, 2), v.rules().stream().map(RuleResult::index).toList());
    assertEquals(3, v.unsatisfied().size());
  }
}
