package io.github.cchc.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.org.OrgUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class NameKeyTest {

  @ParameterizedTest(name = "''{0}'' matches ''{1}''")
  @CsvSource(delimiter = '|', value = {
      "Đất Đai | Đất đai",
      "Ủy ban nhân dân tỉnh Hoà Bình | Ủy ban nhân dân tỉnh Hòa Bình",
      "Sở Thuỷ sản | Sở Thủy sản",
      "Uỷ ban | Ủy ban",
      "qúy | quý",
      "Văn phòng UBND tỉnh | Văn phòng Ủy ban nhân dân tỉnh",
      "Văn phòng HĐND tỉnh | Văn phòng Hội đồng nhân dân tỉnh",
      "Văn phòng ubnd tỉnh | VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH",
      "'  Sở   Nội\tvụ.  ' | Sở Nội vụ",
      "Sở Nội vụ; | Sở Nội vụ",
  })
  void variantsMatch(String a, String b) {
    assertEquals(NameKey.of(a), NameKey.of(b));
    assertEquals(NameKey.of(a).hashCode(), NameKey.of(b).hashCode());
    assertTrue(NameKey.matches(a, b));
  }

  @Test
  @DisplayName("A decomposed (NFD) name matches its NFC spelling")
  void nfdMatchesNfc() {
    String nfc = "Sở Tài chính tỉnh Thái Bình";
    assertEquals(NameKey.of(nfc), NameKey.of(Normalizer.normalize(nfc, Normalizer.Form.NFD)));
  }

  @ParameterizedTest(name = "''{0}'' does not match ''{1}''")
  @CsvSource(delimiter = '|', value = {
      "Hòa Bình | Hóa Bình",
      "Hòa Bình | Hoa Bình",
      "Sở Tài chính | Sở Tài chinh",
      "Đất đai | Dat dai",
      "Đất đai | Dất đai",
      "thủy | thụy",
      "UBND | HĐND",
      "Phường 1 | Phường 11",
  })
  void differentNamesDoNotMatch(String a, String b) {
    assertNotEquals(NameKey.of(a), NameKey.of(b));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> NameKey.of(null));
  }

  @Test
  @DisplayName("Property: the key of a key's text is the same key")
  void idempotent() {
    qt().forAll(names()).checkAssert(name -> {
      NameKey key = NameKey.of(name);
      assertEquals(key, NameKey.of(key.toString()), () -> "for " + name);
    });
  }

  @Test
  @DisplayName("Property: old and new tone placement, case and abbreviations give the same key")
  void oldAndNewStylesMatch() {
    qt().forAll(names()).checkAssert(name -> {
      String oldStyle = name.replace("hòa", "hoà").replace("thủy", "thuỷ").replace("quý", "qúy")
          .replace("Ủy ban nhân dân", "UBND").replace("Hội đồng nhân dân", "HĐND");
      assertEquals(NameKey.of(name), NameKey.of(oldStyle.toUpperCase(java.util.Locale.ROOT)), () -> "for " + name);
    });
  }

  @Test
  @DisplayName("Distinct names of each example directory keep distinct keys")
  void distinctNamesOfTheDirectoriesStayDistinct() {
    Path examples = Files.isDirectory(Path.of("..", "docs", "examples")) ? Path.of("..", "docs", "examples")
        : Path.of("docs", "examples");
    int names = 0;
    for (String file : List.of("org-dong-thap-2024.json", "org-three-tier.json", "org-two-tier.json")) {
      // Within one directory: two directories may spell one unit two ways ("Văn phòng UBND tỉnh").
      Map<NameKey, String> seen = new HashMap<>();
      for (OrgUnit unit : OrgDirectoryJson.read(examples.resolve(file)).units()) {
        String previous = seen.putIfAbsent(NameKey.of(unit.name()), unit.name());
        assertTrue(previous == null || previous.equals(unit.name()),
            () -> "'" + unit.name() + "' and '" + previous + "' have one key");
        names++;
      }
    }
    assertTrue(names > 50, "a corpus of " + names + " names");
  }

  private static final List<String> WORDS = List.of("Ủy ban nhân dân", "Hội đồng nhân dân", "tỉnh", "hòa", "thủy",
      "quý", "Sở", "Nội vụ", "Tài chính", "Đất đai", "Văn phòng", "xã", "phường", "Bình", "Thuận", "Hóa", "Hoa",
      "1", "12", "(cũ)", "-", "Thái");

  private static Gen<String> names() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 6)
        .map(ix -> String.join(" ", ix.stream().map(WORDS::get).toList()));
  }
}
