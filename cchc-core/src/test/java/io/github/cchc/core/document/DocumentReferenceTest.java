package io.github.cchc.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.TextParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReferenceTest {

  private static final String FIXTURE = "thai-binh-2024-references.tsv";

  @TestFactory
  @DisplayName("Kế hoạch CCHC tỉnh Thái Bình năm 2024: every cited document")
  Stream<DynamicTest> everyReferenceOfTheSeedParses() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
      assertNotNull(in, FIXTURE);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] row = line.split("\t");
          assertEquals(6, row.length, "six columns: " + line);
          rows.add(row);
        }
      }
    }
    assertTrue(rows.size() >= 30, "the fixture lists the plan's references");
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row[0],
                    () -> {
                      DocumentReference ref = DocumentReference.parse(row[0]);
                      assertEquals(row[1], ref.kind());
                      assertEquals(DocumentNumber.parse(row[2]), ref.number());
                      assertEquals(row[2], ref.number().toString());
                      assertEquals(optional(row[3]).map(LocalDate::parse), ref.date());
                      assertEquals(optional(row[4]), ref.issuer());
                      assertEquals(optional(row[5]), ref.title());
                      assertEquals(ref, DocumentReference.parse(ref.toString()), "reads back: " + ref);
                    }));
  }

  private static Optional<String> optional(String cell) {
    return cell.equals("-") ? Optional.empty() : Optional.of(cell);
  }

  @Test
  @DisplayName("Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban nhân dân tỉnh")
  void decision() {
    DocumentReference r =
        DocumentReference.parse("Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban nhân dân tỉnh");
    assertEquals(
        DocumentReference.of(
            "Quyết định", DocumentNumber.of(3486, "QĐ-UBND"), LocalDate.of(2021, 12, 31), "Ủy ban nhân dân tỉnh"),
        r);
    assertEquals(DocumentType.DECISION, r.number().type());
    assertEquals("Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban nhân dân tỉnh", r.toString());
  }

  @Test
  @DisplayName("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể ...")
  void resolutionWithTitle() {
    DocumentReference r =
        DocumentReference.parse(
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC");
    assertEquals(Optional.of("Chính phủ"), r.issuer());
    assertEquals(Optional.of("ban hành Chương trình tổng thể CCHC"), r.title());
    assertEquals(
        DocumentReference.of("Nghị quyết", DocumentNumber.of(76, "NQ-CP"), LocalDate.of(2021, 7, 15), "Chính phủ")
            .withTitle("ban hành Chương trình tổng thể CCHC"),
        r);
  }

  @Test
  @DisplayName("Without a kind word the reference takes the name of its type")
  void kindFromType() {
    DocumentReference r = DocumentReference.parse("60/2021/NĐ-CP");
    assertEquals("Nghị định", r.kind());
    assertEquals(DocumentReference.of("Nghị định", DocumentNumber.of(60, java.time.Year.of(2021), "NĐ-CP")), r);
    assertEquals("Nghị định số 60/2021/NĐ-CP", r.toString());
  }

  @Test
  void withoutDiacriticsAndInNfd() {
    DocumentReference expected = DocumentReference.parse("Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ");
    DocumentReference plain = DocumentReference.parse("Cong van so 5673/BNV-CCVC ngay 03/10/2023 cua Bo Noi vu");
    assertEquals(Optional.of("Bo Noi vu"), plain.issuer());
    assertEquals(expected.number(), plain.number());
    assertEquals(expected.date(), plain.date());
    assertEquals(
        expected,
        DocumentReference.parse(
            Normalizer.normalize("Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ", Normalizer.Form.NFD)));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Luật Ngân sách nhà nước|0|a document number",
        "Quyết định số 1/QĐ-UBND ngày 31/2/2021|29|a date that exists",
        "Quyết định số 1/QĐ-UBND ngày 2021|29|a date such as",
        "Quyết định số 1/QĐ-UBND của|27|the issuer",
        "Quyết định số 175/ ngày 2/1/2024|19|a code",
      })
  void badInputNamesTheTextAndPosition(String text, int index, String expected) {
    TextParseException e =
        assertThrows(TextParseException.class, () -> DocumentReference.parse(text));
    assertEquals(index, e.errorIndex(), e.getMessage());
    assertEquals(text, e.text());
    assertTrue(e.expected().startsWith(expected), e.expected());
  }

  @Test
  void valuesAreCheckedWhenBuilt() {
    DocumentNumber n = DocumentNumber.of(1, "QĐ-UBND");
    assertThrows(IllegalArgumentException.class, () -> DocumentReference.of(" ", n));
    assertThrows(IllegalArgumentException.class, () -> DocumentReference.of("Quyết định số", n));
    assertThrows(
        IllegalArgumentException.class,
        () -> DocumentReference.of("Quyết định", n, LocalDate.of(2024, 1, 2), "Bộ Nội vụ về việc"));
    assertThrows(
        IllegalArgumentException.class,
        () -> DocumentReference.of("Quyết định", n, LocalDate.of(2024, 1, 2), "Bộ Nội vụ").withTitle("Kế hoạch X"));
    assertThrows(IllegalArgumentException.class, () -> DocumentReference.of("Quyết định", n).withTitle("của Bộ"));
    assertThrows(NullPointerException.class, () -> DocumentReference.parse(null));
  }
}
