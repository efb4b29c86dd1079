package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrgExamplesTest {

  static final LocalDate TWO_TIER_START = LocalDate.of(2025, 7, 1);

  @Test
  @DisplayName("Tỉnh ba cấp: tỉnh, sở, huyện, xã và đơn vị trực thuộc")
  void theThreeTierExampleHasEveryTier() {
    OrgDirectory directory = OrgDirectoryJson.read(Examples.example("org-three-tier.json"));

    assertEquals(3, directory.children("TB").stream().filter(u -> u.kind() == OrgKind.DISTRICT).count());
    assertEquals(9, directory.descendants("TB", EnumSet.of(OrgKind.COMMUNE)).size());
    assertEquals(List.of("TB-VT", "TB"),
        directory.ancestors("TB-VT-MQ").stream().map(OrgUnit::id).toList());
    assertTrue(directory.unitsOfKind(EnumSet.of(OrgKind.DEPARTMENT)).size() >= 8);
    assertFalse(directory.unitsOfKind(EnumSet.of(OrgKind.SUBORDINATE, OrgKind.PUBLIC_SERVICE_UNIT)).isEmpty());
  }

  @Test
  @DisplayName("Tỉnh hai cấp từ 01/7/2025: không còn cấp huyện, xã và sở hợp nhất có liên kết kế thừa")
  void theTwoTierExampleHasNoDistrictsFromJuly2025() {
    OrgDirectory history = OrgDirectoryJson.read(Examples.example("org-two-tier.json"));
    OrgDirectory after = history.asOf(TWO_TIER_START);
    OrgDirectory before = history.asOf(TWO_TIER_START.minusDays(1));

    assertTrue(after.unitsOfKind(EnumSet.of(OrgKind.DISTRICT)).isEmpty());
    assertEquals(3, before.unitsOfKind(EnumSet.of(OrgKind.DISTRICT)).size());
    for (OrgUnit commune : after.unitsOfKind(EnumSet.of(OrgKind.COMMUNE))) {
      assertEquals(OrgKind.PROVINCE, after.parentOf(commune.id()).orElseThrow().kind(), commune.id());
    }
  }

  @Test
  @DisplayName("Số liệu của đơn vị đã sáp nhập được chuyển sang đơn vị kế thừa")
  void mergedUnitsLeadToTheirSuccessors() {
    OrgDirectory history = OrgDirectoryJson.read(Examples.example("org-two-tier.json"));
    LocalDate date = LocalDate.of(2025, 8, 1);

    assertEquals(List.of("HY-X-VT"), ids(history.finalSuccessors("TB-VT-MQ", date)));
    assertEquals(List.of("HY-STC"), ids(history.finalSuccessors("TB-SKHDT", date)));
    assertEquals(List.of("HY-SKHCN", "HY-SVHTTDL"), ids(history.finalSuccessors("TB-STTTT", date)));
    assertEquals(List.of("HY-SNNMT"), ids(history.finalSuccessors("TB-STNMT", date)));
    assertEquals(List.of("HY-SNV", "HY-SYT", "HY-SGDDT"), ids(history.finalSuccessors("TB-SLDTBXH", date)));
  }

  @Test
  @DisplayName("Sở được tổ chức lại từ 01/3/2025 (Nghị định 45/2025/NĐ-CP), tỉnh hợp nhất từ 01/7/2025")
  void theDepartmentsWereReorganisedOnTheFirstOfMarchAndTheProvinceMergedOnTheFirstOfJuly() {
    OrgDirectory history = OrgDirectoryJson.read(Examples.example("org-two-tier.json"));
    LocalDate march = LocalDate.of(2025, 3, 1);

    for (String old : List.of("TB-SKHDT", "TB-STTTT", "TB-SLDTBXH", "TB-STNMT", "TB-SNNPTNT")) {
      assertEquals(Optional.of(march), history.require(old).validTo(), old);
    }
    assertEquals(List.of("TB-SNNMT"), ids(history.finalSuccessors("TB-STNMT", march)));
    assertEquals(List.of("TB-SNV", "TB-SYT", "TB-SGDDT"), ids(history.finalSuccessors("TB-SLDTBXH", march)));
    assertEquals(Optional.of(TWO_TIER_START), history.require("TB-SNNMT").validTo());
    assertEquals(Optional.of(TWO_TIER_START), history.require("TB").validTo());
  }

  @Test
  @DisplayName("Sở chia cho nhiều đơn vị kế thừa ghi rõ phần chia, cộng lại bằng 1")
  void theSplitDepartmentsGiveTheirShares() {
    OrgDirectory history = OrgDirectoryJson.read(Examples.example("org-two-tier.json"));

    for (OrgUnit unit : history.units()) {
      if (history.successorsOf(unit.id()).size() > 1) {
        assertEquals(history.successorsOf(unit.id()), unit.shares().keySet(), unit.id());
      }
    }
    assertEquals(new BigDecimal("0.8"), history.require("TB-SLDTBXH").shares().get("TB-SNV"));
    assertEquals(new BigDecimal("0.1"), history.require("TB-STTTT").shares().get("TB-SVHTTDL"));
  }

  @Test
  void theTwoTierHistoryBeforeMarch2025MatchesTheThreeTierUnitsItKeeps() {
    OrgDirectory threeTier = OrgDirectoryJson.read(Examples.example("org-three-tier.json"));
    OrgDirectory before = OrgDirectoryJson.read(Examples.example("org-two-tier.json"))
        .asOf(LocalDate.of(2025, 2, 28));

    for (OrgUnit unit : before.units()) {
      OrgUnit same = threeTier.require(unit.id());
      assertEquals(same.name(), unit.name());
      assertEquals(same.parent(), unit.parent());
    }
  }

  @Test
  void theExampleFilesAreInTheFormTheLibraryWrites() throws java.io.IOException {
    for (String name : List.of("org-three-tier.json", "org-two-tier.json")) {
      java.nio.file.Path file = Examples.example(name);
      assertEquals(java.nio.file.Files.readString(file), OrgDirectoryJson.write(OrgDirectoryJson.read(file)), name);
    }
  }

  private static List<String> ids(List<OrgUnit> units) {
    return units.stream().map(OrgUnit::id).toList();
  }
}
