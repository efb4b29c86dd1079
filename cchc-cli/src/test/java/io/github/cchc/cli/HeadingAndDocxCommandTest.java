package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --heading FILE} on the report commands, and {@code --format docx}. */
class HeadingAndDocxCommandTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");
  private static final String PLAN = EXAMPLES.resolve("thai-binh-2024-plan.json").toString();
  private static final String HEADING = EXAMPLES.resolve("heading-thai-binh-2024.json").toString();

  @TempDir Path dir;

  @Test
  void theHeadingFileGivesTheHeadingSignatureAndRecipients() throws IOException {
    Path md = dir.resolve("bao-cao.md");
    Run run = Run.of("report", "periodic", PLAN, "--period", "2024", "--heading", HEADING, "-o", md.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String text = Files.readString(md);
    assertTrue(text.startsWith("UBND TỈNH THÁI BÌNH  \n**SỞ NỘI VỤ**  \nSố: 125/BC-SNV"), text);
    assertTrue(text.contains("*Thái Bình, ngày 14 tháng 12 năm 2024*"), text);
    assertTrue(text.contains("**KT. GIÁM ĐỐC**  \n**PHÓ GIÁM ĐỐC**  \n**Nguyễn Văn A**"), text);
    assertTrue(text.contains("- Lưu: VT, CCHC.\n"), text);
  }

  @Test
  void docxByFormatOrExtension() throws IOException {
    Path docx = dir.resolve("phu-luc-i.docx");
    Run run = Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--heading", HEADING, "-o",
        docx.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.err());
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(document.contains("Nơi nhận:"), "the recipients");
      assertTrue(document.contains("Nguyễn Văn A"), "the signer");
    }
    Path other = dir.resolve("r.bin");
    assertEquals(0, Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--format", "docx", "-o",
        other.toString()).exitCode());
    assertEquals('P', Files.readAllBytes(other)[0]);
  }

  @Test
  void aBadHeadingFileIsOneLineWithPathLineAndColumnInEitherLanguage() throws IOException {
    Path bad = dir.resolve("heading.json");
    Files.writeString(bad, "{\"issuerLines\": [\"SỞ NỘI VỤ\"],\n \"place\": \"Hà Nội\", \"signature\": "
        + "{\"authority\": \"THAY MẶT\", \"title\": \"GIÁM ĐỐC\", \"name\": \"A\"}}");
    Path out = dir.resolve("r.md");
    Run vi = Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--heading", bad.toString(), "-o",
        out.toString());
    assertEquals(2, vi.exitCode(), vi::toString);
    assertEquals(1, vi.err().strip().lines().count(), vi.err());
    assertTrue(vi.err().contains("$.signature.authority") && vi.err().contains("heading.json")
        && vi.err().contains("thẩm quyền ký"), vi.err());
    Run en = Run.of("report", "completed-tasks", PLAN, "--period", "2024", "--heading", bad.toString(), "-o",
        out.toString(), "--lang", "en");
    assertTrue(en.err().contains("signing authority") && en.err().contains("heading.json:2:"), en.err());
    assertTrue(Files.notExists(out));
  }
}
