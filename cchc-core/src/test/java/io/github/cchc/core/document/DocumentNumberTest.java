package io.github.cchc.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.TextParseException;
import java.text.Normalizer;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // text            | canonical        | number | year | type       | type code | issuer codes
        "175/KH-UBND       | 175/KH-UBND      | 175    | -    | PLAN       | KH  | UBND",
        "Số: 175 /KH-UBND  | 175/KH-UBND      | 175    | -    | PLAN       | KH  | UBND",
        "số: 175/KH-UBND   | 175/KH-UBND      | 175    | -    | PLAN       | KH  | UBND",
        "Số 175/KH-UBND    | 175/KH-UBND      | 175    | -    | PLAN       | KH  | UBND",
        "So 175 / KH - UBND| 175/KH-UBND      | 175    | -    | PLAN       | KH  | UBND",
        "60/2021/NĐ-CP     | 60/2021/NĐ-CP    | 60     | 2021 | DECREE     | NĐ  | CP",
        "60/2021/ND-CP     | 60/2021/ND-CP    | 60     | 2021 | DECREE     | ND  | CP",
        "5673/BNV-CCVC     | 5673/BNV-CCVC    | 5673   | -    | LETTER     | -   | BNV CCVC",
        "1796/SNV-CCHC     | 1796/SNV-CCHC    | 1796   | -    | LETTER     | -   | SNV CCHC",
        "76/NQ-CP          | 76/NQ-CP         | 76     | -    | RESOLUTION | NQ  | CP",
        "3486/QĐ-UBND      | 3486/QĐ-UBND     | 3486   | -    | DECISION   | QĐ  | UBND",
        "23/CT-TTg         | 23/CT-TTg        | 23     | -    | DIRECTIVE  | CT  | TTg",
        "26/2019/TT-BTC    | 26/2019/TT-BTC   | 26     | 2019 | CIRCULAR   | TT  | BTC",
        "04/2022/NQ-CP     | 04/2022/NQ-CP    | 4      | 2022 | RESOLUTION | NQ  | CP",
        "35/2023/UBTVQH15  | 35/2023/UBTVQH15 | 35     | 2023 | LETTER     | -   | UBTVQH15",
        "48-KL/TW          | 48-KL/TW         | 48     | -    | CONCLUSION | KL  | TW",
        "27-NQ/TW          | 27-NQ/TW         | 27     | -    | RESOLUTION | NQ  | TW",
        "12/TTr-SNV        | 12/TTr-SNV       | 12     | -    | SUBMISSION | TTr | SNV",
        "12/2030/XYZ-CP    | 12/2030/XYZ-CP   | 12     | 2030 | OTHER      | XYZ | CP",
        "8/CV-UBND         | 8/CV-UBND        | 8      | -    | LETTER     | CV  | UBND",
        "15/BC-SKH&ĐT      | 15/BC-SKH&ĐT     | 15     | -    | REPORT     | BC  | SKH&ĐT",
      })
  void parsesItsParts(
      String text, String canonical, String number, String year, DocumentType type, String typeCode, String issuers) {
    DocumentNumber n = DocumentNumber.parse(text);
    assertEquals(canonical, n.toString());
    assertEquals(Optional.of(Integer.valueOf(number)), n.number());
    assertEquals(year.equals("-") ? Optional.empty() : Optional.of(Year.parse(year)), n.year());
    assertEquals(type, n.type());
    assertEquals(typeCode.equals("-") ? Optional.empty() : Optional.of(typeCode), n.typeCode());
    assertEquals(Arrays.asList(issuers.split(" ")), n.issuerCodes());
    assertFalse(n.isDraft());
    assertEquals(n, DocumentNumber.parse(n.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Số: /KH-UBND", "Số:    /KH-UBND", "/KH-UBND", "số /KH-UBND", "Số: \u00a0 /KH-UBND"})
  @DisplayName("Dự thảo: số để trống")
  void draft(String text) {
    DocumentNumber n = DocumentNumber.parse(text);
    assertTrue(n.isDraft());
    assertEquals(Optional.empty(), n.number());
    assertEquals(DocumentType.PLAN, n.type());
    assertEquals(List.of("UBND"), n.issuerCodes());
    assertEquals("/KH-UBND", n.toString());
    assertEquals(DocumentNumber.draft("KH-UBND"), n);
    assertEquals(DocumentNumber.of(175, "KH-UBND"), n.withNumber(175));
  }

  @Test
  void factories() {
    assertEquals(DocumentNumber.parse("175/KH-UBND"), DocumentNumber.of(175, "KH-UBND"));
    assertEquals(DocumentNumber.parse("60/2021/NĐ-CP"), DocumentNumber.of(60, Year.of(2021), "NĐ-CP"));
    assertEquals(DocumentNumber.parse("48-KL/TW"), DocumentNumber.ofParty(48, "KL", "TW"));
    assertEquals(
        DocumentNumber.parse("04/2022/NQ-CP"),
        DocumentNumber.of(Optional.of("04"), Optional.of(Year.of(2022)), List.of("NQ", "CP")));
    assertEquals("KL/TW", DocumentNumber.ofParty(48, "KL", "TW").symbol());
    assertEquals(DocumentNumber.Style.PARTY, DocumentNumber.parse("48-KL/TW").style());
  }

  @Test
  @DisplayName("Spelling is kept for display; sameDocumentAs ignores diacritics, case and leading zeros")
  void accentAwareComparison() {
    DocumentNumber withD = DocumentNumber.parse("60/2021/NĐ-CP");
    DocumentNumber withoutD = DocumentNumber.parse("60/2021/ND-CP");
    assertNotEquals(withD, withoutD);
    assertEquals("60/2021/ND-CP", withoutD.toString());
    assertTrue(withD.sameDocumentAs(withoutD));
    assertTrue(DocumentNumber.parse("04/2022/NQ-CP").sameDocumentAs(DocumentNumber.parse("4/2022/Nq-cP")));
    assertFalse(withD.sameDocumentAs(DocumentNumber.parse("60/2020/NĐ-CP")));
    assertFalse(withD.sameDocumentAs(DocumentNumber.parse("61/2021/NĐ-CP")));
  }

  @Test
  @DisplayName("NFD input is kept in NFC")
  void decomposed() {
    DocumentNumber n = DocumentNumber.parse(Normalizer.normalize("Số: 3486/QĐ-UBND", Normalizer.Form.NFD));
    assertEquals(DocumentNumber.parse("3486/QĐ-UBND"), n);
    assertTrue(Normalizer.isNormalized(n.toString(), Normalizer.Form.NFC));
  }

  @Test
  void documentTypesCarryLabels() {
    assertEquals("Kế hoạch", DocumentType.PLAN.label());
    assertEquals("Nghị định", DocumentType.DECREE.label());
    assertEquals("QĐ", DocumentType.DECISION.code());
    assertEquals(Optional.of(DocumentType.DECREE), DocumentType.ofCode("ND"));
    assertEquals(Optional.of(DocumentType.SUBMISSION), DocumentType.ofCode("TTr"));
    assertEquals(Optional.empty(), DocumentType.ofCode("BNV"));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "abc|0|a number and '/'",
        "175 KH-UBND|4|'/' after the number",
        "175/|4|a code",
        "175/KH-|7|a code",
        "0/KH-UBND|0|a number that is not zero",
        "1234567890/KH|0|a number of at most nine digits",
        "175/KH-UBND ngày 2/1/2024|12|the end",
        "48-KL|5|'/' and the issuer",
        "|0|a number and '/'",
      })
  void badInputNamesTheTextAndPosition(String text, int index, String expected) {
    String t = text == null ? "" : text;
    TextParseException e =
        assertThrows(TextParseException.class, () -> DocumentNumber.parse(t));
    assertEquals(index, e.errorIndex(), e.getMessage());
    assertEquals(t, e.text());
    assertEquals(TextParseException.Kind.DOCUMENT_NUMBER, e.kind());
    assertTrue(e.getMessage().contains("\"" + t + "\""), e.getMessage());
    assertTrue(e.expected().startsWith(expected), e.expected());
    assertTrue(e.message(Locale.forLanguageTag("vi")).startsWith("Không đọc được số văn bản \"" + t + "\""),
        e.message(Locale.forLanguageTag("vi")));
  }

  @Test
  void valuesAreCheckedWhenBuilt() {
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(0, "KH-UBND"));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, "KH--UBND"));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, "KH/UBND"));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, "kh-ubnd"));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.of(1, Year.of(21), "NĐ-CP"));
    assertThrows(
        IllegalArgumentException.class, () -> DocumentNumber.of(Optional.empty(), Optional.empty(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> DocumentNumber.ofParty(1, "KL", ""));
    assertThrows(NullPointerException.class, () -> DocumentNumber.parse(null));
  }
}
