package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Files that are not UTF-8 are refused with the line and the likely encoding, or read in the encoding named. */
class DossierCsvEncodingTest {
  private static final Charset CP1258 = Charset.forName("windows-1258");
  private static final String FILE = "Mã hồ sơ,Đơn vị,Lĩnh vực,Ngày tiếp nhận,Ngày hẹn trả,Ngày hoàn thành,Hình thức nộp\n"
      + "a1,X1,Đất đai,05/03/2024,10/03/2024,,Trực tiếp\n"
      + "a2,X1,Xây dựng,05/03/2024,10/03/2024,06/03/2024,trực tuyến toàn trình\n";

  /**
   * Text as Windows-1258 writes it: letters with a circumflex, breve or horn and đ are single bytes, tone marks
   * combining bytes after them (Java's encoder takes the letters precomposed and the tone marks apart).
   */
  static byte[] cp1258(String text) {
    StringBuilder sb = new StringBuilder();
    String tones = "\u0300\u0301\u0303\u0309\u0323";
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tone = new StringBuilder();
      for (char x : d.toCharArray()) {
        (tones.indexOf(x) >= 0 ? tone : base).append(x);
      }
      sb.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
    }
    byte[] bytes = sb.toString().getBytes(CP1258);
    for (byte b : bytes) {
      if (b == '?') {
        throw new AssertionError("not encodable in windows-1258: " + text);
      }
    }
    return bytes;
  }

  private static DossierLoad read(DossierCsvReader reader, byte[] bytes) throws IOException {
    return reader.read(new ByteArrayInputStream(bytes), "e.csv");
  }

  private static DossierCsvReader reader() {
    return DossierCsvReader.of(Fixtures.DIR);
  }

  @Test
  @DisplayName("Tệp Windows-1258 bị từ chối, nêu dòng 1 và bảng mã có lẽ là windows-1258")
  void aWindows1258FileIsRefusedNamingTheLikelyEncoding() throws IOException {
    DossierLoad load = read(reader(), cp1258(FILE));
    assertTrue(load.fileRejected());
    DossierLoad.Rejection r = load.rejection(RejectReason.INVALID_ENCODING).orElseThrow();
    assertEquals(List.of(1L), r.firstLines());
    assertTrue(r.detail().endsWith("; windows-1258"), r.detail());
    assertEquals("e.csv:1", load.findings().get(0).path());
  }

  @Test
  @DisplayName("Byte lỗi ở dòng 3 được báo ở dòng 3")
  void theLineOfTheFirstBadByteIsNamed() throws IOException {
    byte[] head = FILE.substring(0, FILE.indexOf("a2")).getBytes(StandardCharsets.UTF_8);
    byte[] tail = cp1258(FILE.substring(FILE.indexOf("a2")));
    byte[] bytes = new byte[head.length + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(tail, 0, bytes, head.length, tail.length);
    DossierLoad load = read(reader(), bytes);
    assertEquals(List.of(3L), load.rejection(RejectReason.INVALID_ENCODING).orElseThrow().firstLines());
    assertEquals(0, load.table().size());
    InvalidDossierRowException e = assertThrows(InvalidDossierRowException.class,
        () -> read(reader().strict(true), bytes));
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  @DisplayName("Tệp UTF-16 (có hoặc không có BOM) bị từ chối: có lẽ là UTF-16")
  void aUtf16FileIsRefusedAsUtf16() throws IOException {
    for (Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      DossierLoad load = read(reader(), FILE.getBytes(cs));
      DossierLoad.Rejection r = load.rejection(RejectReason.INVALID_ENCODING).orElseThrow();
      assertTrue(r.detail().endsWith("; UTF-16"), cs + ": " + r.detail());
      assertEquals(List.of(1L), r.firstLines());
    }
  }

  @Test
  @DisplayName("Với encoding(windows-1258) hay encoding(UTF-16), tệp được đọc như bản UTF-8, chữ ở dạng NFC")
  void theNamedEncodingReadsTheFileAsItsUtf8Twin() throws IOException {
    DossierLoad utf8 = read(reader(), FILE.getBytes(StandardCharsets.UTF_8));
    assertTrue(utf8.isClean(), utf8.findings()::toString);
    for (Charset cs : List.of(CP1258, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      DossierLoad load = read(reader().encoding(cs), cs == CP1258 ? cp1258(FILE) : FILE.getBytes(cs));
      assertTrue(load.isClean(), () -> cs + ": " + load.findings());
      assertEquals(utf8.table().fields(), load.table().fields(), cs.name());
      for (String f : load.table().fields()) {
        assertTrue(Normalizer.isNormalized(f, Normalizer.Form.NFC), f);
      }
    }
  }

  @Test
  void bytesUndefinedInTheNamedEncodingRejectTheFileWithTheirLine() throws IOException {
    byte[] bytes = cp1258(FILE + "a3,X1,x,05/03/2024,10/03/2024,,Trực tiếp\n");
    bytes[bytes.length - 30] = (byte) 0x81; // not defined in windows-1258
    DossierLoad load = read(reader().encoding(CP1258), bytes);
    DossierLoad.Rejection r = load.rejection(RejectReason.INVALID_ENCODING).orElseThrow();
    assertEquals(List.of(4L), r.firstLines());
    assertEquals("0x81; ≠ windows-1258", r.detail());
  }
}
