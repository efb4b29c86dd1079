package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dossier CSV input as the tool reads it: misspelled and extra columns, stray quotes. */
class DossierCsvInputTest {
  private static final String ORG = Path.of("..", "docs", "examples", "org-dong-thap-2024.json").toString();
  private static final String ROWS = "A1,DT-SNV,2024-03-05,2024-03-10,2024-03-06,DIRECT,true\n"
      + "A2,DT-SNV,2024-03-05,2024-03-10,,DIRECT,false\n";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("Cột viết sai: mã thoát 2, một dòng nêu cả hai tên")
  void aMisspelledColumnIsExitTwoNamingBoth() throws IOException {
    Path csv = write("d.csv", "id,unit,received,due,finished,channel,digitised\n" + ROWS);
    for (String lang : new String[] {"vi", "en"}) {
      Run run = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024", "--lang", lang);
      assertEquals(2, run.exitCode(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().startsWith("cchc: " + csv + ":1: "), run::toString);
      assertTrue(run.err().contains("'digitised' → 'digitized'"), run::toString);
      assertTrue(run.err().contains(lang.equals("vi") ? "có phải là" : "did you mean"), run::toString);
    }
  }

  @Test
  @DisplayName("Cột thừa: một dòng cảnh báo, ignoredColumns trong JSON, mã thoát không đổi")
  void extraColumnsAreOneWarningAndListedInJson() throws IOException {
    Path csv = write("d.csv", "STT,id,unit,received,due,finished,channel,digitized\n"
        + ROWS.lines().map(l -> "1," + l + "\n").reduce("", String::concat));
    Run run = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024", "--format", "json",
        "--lang", "en");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertEquals("cchc: " + csv + ":1: warning: columns not used, ignored: 'STT'", run.err().strip());
    assertEquals("STT", run.json().get("ignoredColumns").get(0).asText());
    assertEquals(2, run.json().get("rowsRead").asInt());
  }

  @Test
  @DisplayName("Dấu ngoặc kép lạc: chỉ một dòng bị loại, các dòng sau vẫn được đếm")
  void aStrayQuoteCostsOneRow() throws IOException {
    Path csv = write("q.csv", "id,unit,received,due,finished,channel\n"
        + "A,DT-SNV,2024-01-10,2024-01-15,2024-01-12,\"DIRECT\n"
        + "B,DT-SNV,2024-01-10,2024-01-15,2024-01-12,DIRECT\n"
        + "C,DT-SNV,2024-01-10,2024-01-15,2024-01-12,DIRECT\n");
    Run run = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024", "--format", "json");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(3, run.json().get("rowsRead").asInt());
    assertEquals(1, run.json().get("rowsRejected").asInt());
    assertEquals("UNCLOSED_QUOTE", run.json().get("rejected").get(0).get("reason").asText());
    assertEquals(2, run.json().get("rejected").get(0).get("lines").get(0).asInt());
  }

  private static final String VIETNAMESE = "Mã hồ sơ,Đơn vị,Lĩnh vực,Ngày tiếp nhận,Ngày hẹn trả,Ngày hoàn thành,"
      + "Hình thức nộp\nA1,DT-SNV,Đất đai,05/03/2024,10/03/2024,,Trực tiếp\n"
      + "A2,DT-SNV,Xây dựng,05/03/2024,10/03/2024,06/03/2024,trực tuyến toàn trình\n";

  /** Text as Windows-1258 writes it: precomposed vowels with circumflex, breve or horn, tone marks apart. */
  private static byte[] cp1258(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tone = new StringBuilder();
      for (char x : d.toCharArray()) {
        ("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0 ? tone : base).append(x);
      }
      sb.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tone);
    }
    return sb.toString().getBytes(java.nio.charset.Charset.forName("windows-1258"));
  }

  @Test
  @DisplayName("Tệp Windows-1258: mã thoát 2, nêu dòng và bảng mã; với --encoding windows-1258 thì đọc được")
  void aWindows1258FileIsRefusedThenReadWithItsEncoding() throws IOException {
    Path csv = Files.write(dir.resolve("cp.csv"), cp1258(VIETNAMESE));
    Run refused = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024", "--lang", "en");
    assertEquals(2, refused.exitCode(), refused::toString);
    assertEquals(1, refused.err().lines().count(), refused::toString);
    assertTrue(refused.err().startsWith("cchc: " + csv + ":1: "), refused::toString);
    assertTrue(refused.err().contains("windows-1258") && refused.err().contains("--encoding"), refused::toString);
    Run read = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024", "--format", "json",
        "--encoding", "windows-1258");
    assertEquals(0, read.exitCode(), read::toString);
    assertEquals(2, read.json().get("rowsRead").asInt());
    Run utf16 = Run.of("indicators", Files.write(dir.resolve("u.csv"), VIETNAMESE.getBytes(
        java.nio.charset.StandardCharsets.UTF_16)).toString(), "--org", ORG, "--period", "2024", "--format", "json",
        "--encoding", "UTF-16");
    assertEquals(0, utf16.exitCode(), utf16::toString);
  }

  @Test
  void anUnknownEncodingIsAUsageError() throws IOException {
    Path csv = write("d.csv", "id,unit,received,due,finished,channel\n" + "A1,DT-SNV,2024-03-05,2024-03-10,,DIRECT\n");
    Run run = Run.of("indicators", csv.toString(), "--org", ORG, "--period", "2024", "--encoding", "klingon-8",
        "--lang", "en");
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("--encoding: value 'klingon-8': not an encoding name"), run::toString);
    assertTrue(!run.err().contains("Exception"), run::toString);
  }
}
