package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgDirectoryJsonTest {

  static final String MINIMAL = "{\"units\": [{\"id\": \"KG\", \"name\": \"UBND tỉnh Kiên Giang\", \"kind\": "
      + "\"PROVINCE\"}, {\"id\": \"KG-STC\", \"name\": \"Sở Tài chính\", \"kind\": \"DEPARTMENT\", \"parent\": \"KG\"}]}";

  @Test
  @DisplayName("Tài liệu danh mục tối thiểu được chấp nhận nguyên trạng")
  void theMinimalDocumentIsAcceptedAsIs() {
    OrgDirectory directory = OrgDirectoryJson.read(MINIMAL);

    assertEquals(2, directory.size());
    OrgUnit stc = directory.require("KG-STC");
    assertEquals("Sở Tài chính", stc.name());
    assertEquals(OrgKind.DEPARTMENT, stc.kind());
    assertEquals("KG", stc.parent().orElseThrow());
    assertEquals(java.util.List.of(stc), directory.children("KG"));
  }

  @Test
  void readsFromEveryKindOfSourceAlike(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("org.json");
    Files.writeString(file, "\uFEFF" + MINIMAL, StandardCharsets.UTF_8);
    OrgDirectory expected = OrgDirectoryJson.read(MINIMAL);

    assertEquals(expected, OrgDirectoryJson.read(file));
    assertEquals(expected, OrgDirectoryJson.read(
        new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)), "stream"));
    assertEquals(expected, OrgDirectoryJson.read(new StringReader(MINIMAL), "reader"));
  }

  @Test
  void writesWhatItReads(@TempDir Path dir) {
    OrgDirectory directory = OrgDirectory.of(
        OrgUnit.builder().id("P").name("Tỉnh").kind(OrgKind.PROVINCE).build(),
        OrgUnit.builder().id("A").name("Xã A").kind(OrgKind.COMMUNE).parent("P")
            .validTo(LocalDate.of(2025, 7, 1)).addSuccessor("C").build(),
        OrgUnit.builder().id("B").name("Xã B").kind(OrgKind.COMMUNE).parent("P")
            .validTo(LocalDate.of(2025, 7, 1)).addSuccessor("C").build(),
        OrgUnit.builder().id("C").name("Xã C").kind(OrgKind.COMMUNE).parent("P")
            .validFrom(LocalDate.of(2025, 7, 1)).addPredecessor("A").addPredecessor("B").build());

    String json = OrgDirectoryJson.write(directory);
    assertEquals(directory, OrgDirectoryJson.read(json));
    Path file = dir.resolve("out.json");
    OrgDirectoryJson.write(directory, file);
    assertEquals(directory, OrgDirectoryJson.read(file));
    assertTrue(json.contains("\"validTo\": \"2025-07-01\""), json);
    assertTrue(!json.contains("\"predecessors\": []"), "empty links are left out: " + json);
  }

  @Test
  void aSourceThatIsNotUtf8IsRejected() {
    byte[] latin1 = "{\"units\": [{\"id\": \"X\", \"name\": \"Hà Tĩnh\", \"kind\": \"PROVINCE\"}]}"
        .getBytes(StandardCharsets.ISO_8859_1);
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> OrgDirectoryJson.read(new ByteArrayInputStream(latin1), "latin1.json"));
    assertEquals("latin1.json", e.source());
  }

  @Test
  void malformedJsonNamesTheLine() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> OrgDirectoryJson.read("{\"units\": [\n  {\"id\": \"KG\" \"name\": \"x\"}\n]}", "org.json"));
    assertEquals("org.json", e.source());
    assertEquals(2, e.line());
    assertEquals("$.units[0].id", e.path());
    assertTrue(e.getMessage().startsWith("org.json: $.units[0].id (line 2, column "), e.getMessage());
    assertEquals("unexpected character '\"'; expected a comma or '}'", e.problem());
  }

  @Test
  void anUnknownFieldIsRejected() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [{\"id\": \"KG\", \"name\": \"x\", \"kind\": \"PROVINCE\", \"parnet\": \"Y\"}]}"));
    assertEquals("$.units[0].parnet", e.path());
    assertEquals(1, e.line());
    assertTrue(e.problem().contains("unknown field \"parnet\"") && e.problem().contains("parent"), e.problem());
    assertEquals("<string>", e.source());
  }

  @Test
  void anUnknownKindListsTheAllowedValues() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [{\"id\": \"KG\", \"name\": \"x\", \"kind\": \"COUNTY\"}]}"));
    assertEquals("$.units[0].kind", e.path());
    assertTrue(e.problem().contains("\"COUNTY\"") && e.problem().contains("PROVINCE, DEPARTMENT, DISTRICT"),
        e.problem());
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> OrgDirectoryJson.read("{\"units\": {\"id\": \"KG\"}}"));
    assertEquals("$.units", e.path());
    assertTrue(e.problem().contains("expected an array, found an object"), e.problem());

    InputFormatException number = assertThrows(InputFormatException.class,
        () -> OrgDirectoryJson.read("{\"units\": [{\"id\": 7, \"name\": \"x\", \"kind\": \"PROVINCE\"}]}"));
    assertEquals("$.units[0].id", number.path());
    assertTrue(number.problem().contains("expected a string, found an integer"), number.problem());
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> OrgDirectoryJson.read("{\"units\": [{\"id\": \"KG\", \"kind\": \"PROVINCE\"}]}"));
    assertTrue(e.path().startsWith("$.units[0]"), e.path());
    assertTrue(e.problem().contains("\"name\""), e.problem());
  }

  @Test
  void nullIsAbsentForAnOptionalFieldAndAnErrorElsewhere() {
    OrgDirectory directory = OrgDirectoryJson.read(
        "{\"units\": [{\"id\": \"KG\", \"name\": \"x\", \"kind\": \"PROVINCE\", \"parent\": null}]}");
    assertTrue(directory.require("KG").parent().isEmpty());

    InputFormatException name = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [{\"id\": \"KG\", \"name\": null, \"kind\": \"PROVINCE\"}]}"));
    assertEquals("$.units[0].name", name.path());
    assertTrue(name.problem().contains("required"), name.problem());

    InputFormatException element = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [null]}"));
    assertEquals("$.units[0]", element.path());
    assertTrue(element.problem().contains("null"), element.problem());
  }

  @Test
  void aDanglingParentIsNamedAtItsField() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [\n{\"id\": \"KG\", \"name\": \"x\", \"kind\": \"PROVINCE\"},\n"
            + "{\"id\": \"KG-A\", \"name\": \"y\", \"kind\": \"DEPARTMENT\", \"parent\": \"KX\"}]}", "dangling.json"));
    assertEquals("$.units[1].parent", e.path());
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("\"KX\""), e.problem());
  }

  @Test
  void aDuplicateIdIsNamedAtItsSecondUse() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [\n{\"id\": \"KG\", \"name\": \"x\", \"kind\": \"PROVINCE\"},\n"
            + "{\"id\": \"KG\", \"name\": \"y\", \"kind\": \"DEPARTMENT\"}]}"));
    assertEquals("$.units[1].id", e.path());
    assertEquals(3, e.line());
    assertTrue(e.problem().contains("duplicate unit id \"KG\"") && e.problem().contains("$.units[0]"), e.problem());
  }

  @Test
  void aParentCycleIsRejected() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [\n{\"id\": \"A\", \"name\": \"x\", \"kind\": \"DEPARTMENT\", \"parent\": \"B\"},\n"
            + "{\"id\": \"B\", \"name\": \"y\", \"kind\": \"DEPARTMENT\", \"parent\": \"A\"}]}"));
    assertTrue(e.path().matches("\\$\\.units\\[[01]\\]"), e.path());
    assertTrue(e.line() >= 2, "line " + e.line());
    assertTrue(e.problem().contains("cycle"), e.problem());
  }

  @Test
  void anUnknownSuccessorIsNamedAtItsElement() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [{\"id\": \"A\", \"name\": \"x\", \"kind\": \"COMMUNE\", \"successors\": [\"Z\"]}]}"));
    assertEquals("$.units[0].successors[0]", e.path());
    assertTrue(e.problem().contains("\"Z\""), e.problem());
  }

  @Test
  void aBadDateIsNamed() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [{\"id\": \"A\", \"name\": \"x\", \"kind\": \"COMMUNE\", \"validTo\": \"01/07/2025\"}]}"));
    assertEquals("$.units[0].validTo", e.path());
    assertTrue(e.problem().contains("yyyy-MM-dd"), e.problem());
  }

  @Test
  void aUnitThatBreaksItsOwnRulesIsNamed() {
    InputFormatException e = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(
        "{\"units\": [{\"id\": \"A\", \"name\": \" \", \"kind\": \"COMMUNE\"}]}"));
    assertEquals("$.units[0]", e.path());
  }

  @Test
  void trailingContentAndEmptyInputAreRejected() {
    assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(MINIMAL + " {}"));
    InputFormatException empty = assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(""));
    assertEquals("$", empty.path());
  }
}
