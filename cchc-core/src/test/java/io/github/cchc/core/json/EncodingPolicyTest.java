package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.json.internal.TextEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One encoding policy for every input: UTF-8 with or without a byte-order mark; anything else is refused with the
 * line of the first invalid byte and the encoding the file most likely is.
 */
class EncodingPolicyTest {
  private static final String DIRECTORY = "{\"units\": [\n  {\"id\": \"TB\", \"name\": \"Tỉnh Thái Bình\","
      + " \"kind\": \"PROVINCE\"}\n]}\n";

  @Test
  void utf8WithOrWithoutAByteOrderMarkIsRead() {
    byte[] plain = DIRECTORY.getBytes(StandardCharsets.UTF_8);
    byte[] marked = ("\uFEFF" + DIRECTORY).getBytes(StandardCharsets.UTF_8);
    for (byte[] b : List.of(plain, marked)) {
      assertEquals("Tỉnh Thái Bình", OrgDirectoryJson.read(new ByteArrayInputStream(b), "org.json").units().get(0)
          .name());
    }
  }

  @Test
  @DisplayName("JSON UTF-16 (có BOM) bị từ chối: có lẽ là UTF-16, dòng 1")
  void utf16IsRefusedNamingIt() {
    for (Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      InputFormatException e = assertThrows(InputFormatException.class,
          () -> OrgDirectoryJson.read(new ByteArrayInputStream(DIRECTORY.getBytes(cs)), "org.json"));
      assertTrue(e.problem(Locale.ENGLISH).contains("likely UTF-16"), cs + ": " + e.problem(Locale.ENGLISH));
      assertTrue(e.problem(Locale.forLanguageTag("vi")).contains("có lẽ là bảng mã UTF-16"), e.getMessage());
    }
  }

  @Test
  @DisplayName("JSON Windows-1258: byte lỗi ở dòng 2, có lẽ là windows-1258")
  void anEightBitFileIsRefusedWithTheLineOfItsFirstBadByte() {
    byte[] b = DIRECTORY.getBytes(Charset.forName("windows-1258"));
    InputFormatException e = assertThrows(InputFormatException.class,
        () -> OrgDirectoryJson.read(new ByteArrayInputStream(b), "org.json"));
    assertEquals(2, e.line());
    assertTrue(e.problem(Locale.ENGLISH).contains("likely windows-1258"), e.problem(Locale.ENGLISH));
  }

  @Test
  void firstInvalidUtf8FindsOverlongSurrogateAndTruncatedForms() {
    assertEquals(-1, TextEncoding.firstInvalidUtf8("aệ😀".getBytes(StandardCharsets.UTF_8), 0, 8));
    assertEquals(1, TextEncoding.firstInvalidUtf8(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 0, 3)); // overlong
    assertEquals(0, TextEncoding.firstInvalidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3));
    assertEquals(1, TextEncoding.firstInvalidUtf8(new byte[] {'a', (byte) 0xE1, (byte) 0xBB}, 0, 3)); // cut
    assertEquals(0, TextEncoding.firstInvalidUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        0, 4)); // above U+10FFFF
    assertEquals(0, TextEncoding.firstInvalidUtf8(new byte[] {(byte) 0x80}, 0, 1));
  }
}
