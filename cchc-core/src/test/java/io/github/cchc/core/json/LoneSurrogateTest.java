package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.InputFormatException;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Half a surrogate pair in a JSON text is refused where it is read, naming the file and the path (issue 13 item 19). */
class LoneSurrogateTest {

  private static String directory(String name) {
    return "{\"units\": [\n  {\"id\": \"TB\", \"name\": \"" + name + "\", \"kind\": \"PROVINCE\"}\n]}\n";
  }

  @Test
  @DisplayName("Tên \"x \\ud800 y\" bị từ chối ở $.units[0].name, không làm hỏng báo cáo về sau")
  void aLoneHighSurrogateIsRefusedAtItsPath() {
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> OrgDirectoryJson.read(directory("x \\ud800 y"), "org.json"));
    assertEquals("org.json", e.source());
    assertEquals("$.units[0].name", e.path());
    assertEquals(2, e.line());
    assertTrue(e.problem(Locale.ENGLISH).contains("U+D800 (character 3)"), e.problem(Locale.ENGLISH));
    assertTrue(e.problem(Locale.forLanguageTag("vi")).contains("nửa cặp thay thế U+D800"), e.getMessage());
  }

  @Test
  void aLoneLowSurrogateAndAReversedPairAreRefused() {
    assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(directory("\\udc00"), "org.json"));
    assertThrows(InputFormatException.class, () -> OrgDirectoryJson.read(directory("\\udc00\\ud800"), "org.json"));
  }

  @Test
  void aWholePairWrittenAsEscapesIsOneCharacterAndRead() {
    assertEquals("Tỉnh 😀", OrgDirectoryJson.read(directory("Tỉnh \\ud83d\\ude00"), "org.json").units().get(0)
        .name());
  }
}
