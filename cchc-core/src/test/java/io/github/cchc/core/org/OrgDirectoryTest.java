package io.github.cchc.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrgDirectoryTest {

  static OrgUnit unit(String id, String name, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name(name).kind(kind);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  /** Đồng Tháp before 1 July 2025: province, departments, districts, communes, a subordinate unit. */
  static OrgDirectory threeTier() {
    return OrgDirectory.of(
        unit("DT", "UBND tỉnh Đồng Tháp", OrgKind.PROVINCE, null),
        unit("DT-SNV", "Sở Nội vụ", OrgKind.DEPARTMENT, "DT"),
        unit("DT-STC", "Sở Tài chính", OrgKind.DEPARTMENT, "DT"),
        unit("DT-SNV-BTĐKT", "Ban Thi đua - Khen thưởng", OrgKind.SUBORDINATE, "DT-SNV"),
        unit("DT-CL", "UBND huyện Cao Lãnh", OrgKind.DISTRICT, "DT"),
        unit("DT-CL-MH", "UBND xã Mỹ Hội", OrgKind.COMMUNE, "DT-CL"),
        unit("DT-CL-MX", "UBND xã Mỹ Xương", OrgKind.COMMUNE, "DT-CL"),
        unit("DT-TB", "UBND huyện Tam Bình", OrgKind.DISTRICT, "DT"),
        unit("DT-TB-TB", "UBND thị trấn Tam Bình", OrgKind.COMMUNE, "DT-TB"));
  }

  @Test
  void answersChildrenDescendantsAndAncestors() {
    OrgDirectory dir = threeTier();
    assertEquals(List.of("DT-SNV", "DT-STC", "DT-CL", "DT-TB"), ids(dir.children("DT")));
    assertEquals(
        List.of("DT-CL-MH", "DT-CL-MX", "DT-TB-TB"), ids(dir.descendants("DT", EnumSet.of(OrgKind.COMMUNE))));
    assertEquals(List.of("DT-CL", "DT"), ids(dir.ancestors("DT-CL-MX")));
    assertTrue(dir.isAncestor("DT", "DT-CL-MX"));
    assertFalse(dir.isAncestor("DT-TB", "DT-CL-MX"));
    assertFalse(dir.isAncestor("DT-CL-MX", "DT-CL-MX"));
    assertEquals(2, dir.depth("DT-SNV-BTĐKT"));
    assertEquals(List.of("DT"), ids(dir.roots()));
    assertEquals(2, dir.unitsOfKind(OrgKind.DISTRICT).size());
  }

  @Test
  void unknownIdsAreNamed() {
    UnknownReferenceException e = assertThrows(UnknownReferenceException.class, () -> threeTier().require("DT-XX"));
    assertEquals("DT-XX", e.id());
    assertEquals(UnknownReferenceException.Kind.UNIT, e.kind());
    assertTrue(e.getMessage().contains("DT-XX"));
    assertThrows(UnknownReferenceException.class, () -> threeTier().children("nope"));
    assertTrue(threeTier().unit("nope").isEmpty());
  }

  @Test
  void rejectsDuplicateIdsNamingTheId() {
    var e = assertThrows(ModelRuleException.class, () -> OrgDirectory.of(
        unit("A", "Tỉnh A", OrgKind.PROVINCE, null), unit("A", "Sở A", OrgKind.DEPARTMENT, null)));
    assertTrue(e.getMessage().contains("Duplicate unit id 'A'"), e.getMessage());
  }

  @Test
  void rejectsADanglingParent() {
    var e = assertThrows(ModelRuleException.class,
        () -> OrgDirectory.of(unit("KG-STC", "Sở Tài chính", OrgKind.DEPARTMENT, "KG")));
    assertTrue(e.getMessage().contains("'KG-STC'") && e.getMessage().contains("'KG'"), e.getMessage());
  }

  @Test
  void rejectsACycle() {
    var e = assertThrows(ModelRuleException.class, () -> OrgDirectory.of(
        unit("A", "A", OrgKind.DISTRICT, "C"), unit("B", "B", OrgKind.DISTRICT, "A"),
        unit("C", "C", OrgKind.DISTRICT, "B")));
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
  }

  @Test
  void rejectsASuccessorCycleAndADanglingSuccessor() {
    assertThrows(ModelRuleException.class, () -> OrgDirectory.of(
        OrgUnit.builder().id("A").name("A").kind(OrgKind.COMMUNE).addSuccessor("B").build(),
        OrgUnit.builder().id("B").name("B").kind(OrgKind.COMMUNE).addSuccessor("A").build()));
    var e = assertThrows(ModelRuleException.class, () -> OrgDirectory.of(
        OrgUnit.builder().id("A").name("A").kind(OrgKind.COMMUNE).addSuccessor("Z").build()));
    assertTrue(e.getMessage().contains("'Z'"), e.getMessage());
  }

  @Test
  void rejectsBadUnits() {
    assertThrows(ModelRuleException.class,
        () -> OrgUnit.builder().id(" ").name("x").kind(OrgKind.COMMUNE).build());
    assertThrows(ModelRuleException.class,
        () -> OrgUnit.builder().id("A").name("A").kind(OrgKind.COMMUNE).parent("A").build());
    assertThrows(ModelRuleException.class, () -> OrgUnit.builder().id("A").name("A").kind(OrgKind.COMMUNE)
        .validFrom(LocalDate.of(2025, 7, 1)).validTo(LocalDate.of(2025, 7, 1)).build());
    assertThrows(IllegalStateException.class, () -> OrgUnit.builder().id("A").kind(OrgKind.COMMUNE).build());
  }

  @Test
  void keepsNamesInNfc() {
    String nfd = java.text.Normalizer.normalize("Sở Tài chính", java.text.Normalizer.Form.NFD);
    OrgUnit u = OrgUnit.builder().id("A").name(nfd).kind(OrgKind.DEPARTMENT).build();
    assertEquals("Sở Tài chính", u.name());
  }

  @Test
  @DisplayName("Names are matched accent-aware: 'sở tài chính' finds Sở Tài chính, 'So Tai chinh' does not")
  void findsByNameAccentAware() {
    OrgDirectory dir = threeTier();
    assertEquals(List.of("DT-STC"), ids(dir.findByName("  sở tài chính ")));
    assertTrue(dir.findByName("So Tai chinh").isEmpty());
  }

  @Test
  @DisplayName("From 1 July 2025 the district tier is gone and merged communes carry their history to the successor")
  void twoTierTransition() {
    LocalDate reform = LocalDate.of(2025, 7, 1);
    OrgDirectory dir = OrgDirectory.of(
        unit("DT", "UBND tỉnh Đồng Tháp", OrgKind.PROVINCE, null),
        OrgUnit.builder().id("DT-CL").name("UBND huyện Cao Lãnh").kind(OrgKind.DISTRICT).parent("DT")
            .validTo(reform).build(),
        OrgUnit.builder().id("DT-CL-MH").name("UBND xã Mỹ Hội").kind(OrgKind.COMMUNE).parent("DT-CL")
            .validTo(reform).addSuccessor("DT-MH2").build(),
        OrgUnit.builder().id("DT-CL-MX").name("UBND xã Mỹ Xương").kind(OrgKind.COMMUNE).parent("DT-CL")
            .validTo(reform).build(),
        OrgUnit.builder().id("DT-MH2").name("UBND xã Mỹ Hội").kind(OrgKind.COMMUNE).parent("DT")
            .validFrom(reform).addPredecessor("DT-CL-MX").build(),
        OrgUnit.builder().id("DT-X").name("UBND xã X").kind(OrgKind.COMMUNE).parent("DT-CL").build());

    OrgDirectory after = dir.asOf(reform);
    assertTrue(after.unitsOfKind(OrgKind.DISTRICT).isEmpty());
    assertEquals(List.of("DT-MH2", "DT-X"), ids(after.children("DT")));
    assertEquals(Set.of("DT-CL-MH", "DT-CL-MX"), dir.predecessorsOf("DT-MH2"));
    assertEquals(List.of("DT-MH2"), ids(dir.finalSuccessors("DT-CL-MX", reform)));
    assertEquals(List.of("DT-CL-MX"), ids(dir.finalSuccessors("DT-CL-MX", reform.minusDays(1))));

    OrgDirectory before = dir.asOf(reform.minusDays(1));
    assertEquals(List.of("DT-CL-MH", "DT-CL-MX", "DT-X"), ids(before.children("DT-CL")));
  }

  static List<String> ids(List<OrgUnit> units) {
    return units.stream().map(OrgUnit::id).toList();
  }
}
