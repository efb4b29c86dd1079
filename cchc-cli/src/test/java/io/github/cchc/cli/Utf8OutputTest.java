package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {

  @Test
  @DisplayName("Văn bản tiếng Việt ra đúng UTF-8 NFC dù bộ mã mặc định của máy là ISO-8859-1")
  void textIsUtf8NfcWhateverTheDefaultCharset() {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream latin1Sink = new ByteArrayOutputStream();
    try {
      // The platform's streams are set to a charset that cannot encode Vietnamese; the tool must not use them.
      System.setOut(new PrintStream(latin1Sink, true, StandardCharsets.ISO_8859_1));
      System.setErr(new PrintStream(latin1Sink, true, StandardCharsets.ISO_8859_1));
      Run run = Run.of("calendar", "to-lunar", "2024-02-10");
      String expected = "Ngày 1 tháng 1 năm Giáp Thìn (2024) âm lịch\n";
      assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), run.outBytes());
      assertTrue(Normalizer.isNormalized(run.out(), Normalizer.Form.NFC));
      assertEquals(0, latin1Sink.size());
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }

  @Test
  void decomposedTextIsComposedEvenWhenSplitAcrossWrites() throws IOException {
    String decomposed = Normalizer.normalize("Đinh Hợi, Thái Bình", Normalizer.Form.NFD);
    StringWriter sink = new StringWriter();
    try (NfcWriter writer = new NfcWriter(sink)) {
      // Split between a base letter and its combining marks.
      int cut = decomposed.indexOf('o') + 1;
      writer.write(decomposed.substring(0, cut));
      writer.write(decomposed.substring(cut) + "\n");
    }
    assertEquals("Đinh Hợi, Thái Bình\n", sink.toString());
  }
}
