package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of an official document's heading, signature and recipients (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
class NationalHeadingTest {

  static NationalHeading.Builder base() {
    return NationalHeading.builder().addIssuerLines("UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ").place("Thái Bình");
  }

  @Test
  void test_numberText_issued_draftWithSymbol_none() {
    assertEquals("125/BC-SNV", base().number("125/BC-SNV").build().numberText());
    assertEquals("\u00A0".repeat(6) + "/BC-SNV", base().number("/BC-SNV").build().numberText());
    assertEquals("……", base().build().numberText());
  }

  @Test
  void test_placeAndDate_draftYear() {
    assertEquals("Thái Bình, ngày 14 tháng 12 năm 2024",
        base().date(LocalDate.of(2024, 12, 14)).build().placeAndDate(ReportLocale.VIETNAMESE));
    String gap = "\u00A0".repeat(6);
    assertEquals("Thái Bình, ngày" + gap + "tháng" + gap + "năm 2024",
        base().year(2024).build().placeAndDate(ReportLocale.VIETNAMESE));
  }

  @Test
  void test_year_mustAgreeWithDate() {
    assertThrows(IllegalArgumentException.class, () -> base().date(LocalDate.of(2024, 1, 2)).year(2023).build());
    assertEquals(2024, base().date(LocalDate.of(2024, 1, 2)).year(2024).build().year().getAsInt());
    assertThrows(IllegalArgumentException.class, () -> base().year(99).build());
  }

  @Test
  void test_recipients_endWithTheArchiveLine() {
    assertThrows(IllegalArgumentException.class, () -> base().addRecipients("Bộ Nội vụ;").build());
    assertThrows(IllegalArgumentException.class, () -> base().addRecipients("- Bộ Nội vụ;", "Lưu: VT.").build());
    assertThrows(IllegalArgumentException.class, () -> base().addRecipients(" ", "Lưu: VT.").build());
    assertEquals(List.of("Bộ Nội vụ;", "Lưu: VT, CCHC."),
        base().addRecipients(" Bộ Nội vụ; ", "Lưu: VT, CCHC.").build().recipients());
  }

  @Test
  void test_texts_nfc() {
    String decomposed = Normalizer.normalize("Kết quả cải cách hành chính", Normalizer.Form.NFD);
    NationalHeading heading = base().summary(decomposed).documentType(decomposed).build();
    assertTrue(Normalizer.isNormalized(heading.summary().orElseThrow(), Normalizer.Form.NFC));
    assertTrue(Normalizer.isNormalized(heading.documentType().orElseThrow(), Normalizer.Form.NFC));
    assertThrows(IllegalArgumentException.class, () -> base().summary(" ").build());
  }

  @Test
  void test_signature_authorityPrefixes() {
    for (String prefix : Signature.AUTHORITY_PREFIXES) {
      Signature s = Signature.builder().authority(prefix + " GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC").name("Nguyễn Văn A")
          .build();
      assertEquals(prefix + " GIÁM ĐỐC", s.authority().orElseThrow());
    }
    assertThrows(IllegalArgumentException.class,
        () -> Signature.builder().authority("THAY MẶT").title("GIÁM ĐỐC").name("A").build());
    assertThrows(IllegalArgumentException.class,
        () -> Signature.builder().authority("KT.").title("GIÁM ĐỐC").name("A").build());
    assertThrows(IllegalArgumentException.class, () -> Signature.builder().title("GIÁM ĐỐC").name(" ").build());
    assertTrue(Signature.builder().title("GIÁM ĐỐC").name("Trần Thị B").build().authority().isEmpty());
  }
}
