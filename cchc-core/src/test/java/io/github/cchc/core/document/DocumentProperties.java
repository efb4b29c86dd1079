package io.github.cchc.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Document numbers and references read back from their canonical text, in NFC or NFD and without diacritics. */
class DocumentProperties {

  private static final List<String> CODES =
      List.of("KH", "QĐ", "NQ", "NĐ", "TT", "CT", "KL", "BC", "TB", "TTr", "CV", "UBND", "CP", "TTg", "BNV", "CCVC",
          "SNV", "CCHC", "BTC", "SKH&ĐT", "QH15", "UBTVQH15", "TW", "TU", "XYZ", "ND", "QyĐ");

  @Test
  void parseReadsBackTheCanonicalNumber() {
    qt().withExamples(300).forAll(numbers()).checkAssert(n -> {
      assertEquals(n, DocumentNumber.parse(n.toString()));
      assertEquals(n, DocumentNumber.parse("Số: " + n));
      assertEquals(n, DocumentNumber.parse(Gens.nfd(n.toString())));
    });
  }

  @Test
  void foldedSpellingNamesTheSameDocument() {
    qt().withExamples(200).forAll(numbers()).checkAssert(n -> {
      String plain = Normalizer.normalize(n.toString(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
          .replace('Đ', 'D');
      assertTrue(n.sameDocumentAs(DocumentNumber.parse(plain)), plain);
      assertEquals(n.type(), DocumentNumber.parse(plain).type());
    });
  }

  @Test
  void parseReadsBackTheCanonicalReference() {
    qt().withExamples(300).forAll(references()).checkAssert(r -> {
      assertEquals(r, DocumentReference.parse(r.toString()));
      assertEquals(r, DocumentReference.parse(Gens.nfd(r.toString())));
    });
  }

  /** State numbers (one to nine digits or a draft, a four-digit year or none, one to four codes) and Party numbers. */
  private static Gen<DocumentNumber> numbers() {
    Gen<String> digits = Gens.withEdges(
        Gens.strings("0123456789", 1, 9).assuming(s -> Integer.parseInt(s) > 0),
        List.of("1", "01", "999999999", "000000001"));
    Gen<Year> years = Gens.withEdges(Generate.oneOf(Generate.range(1990, 2030), Generate.range(1000, 9999)),
        List.of(1000, 9999)).map(Year::of);
    Gen<DocumentNumber> state = digits.toOptionals(10).zip(
        years.toOptionals(30), Gens.listsOf(Gens.oneOf(CODES), 1, 4), DocumentNumber::of);
    Gen<DocumentNumber> party = Gens.intsWithEdges(1, 999).zip(
        Gens.oneOf("KL", "NQ", "CT", "QĐ", "CV"), Gens.oneOf("TW", "TU", "BTGTW"), DocumentNumber::ofParty);
    return Generate.frequency(Pair.of(4, state), Pair.of(1, party));
  }

  private static Gen<DocumentReference> references() {
    Gen<String> kind = Gens.oneOf("Quyết định", "Nghị quyết", "Công văn", "văn bản", "Thông tư", "Kết luận");
    Gen<LocalDate> dates = Generate.oneOf(
        Gens.datesWithEdges(LocalDate.of(1990, 1, 1), LocalDate.of(2030, 12, 31)),
        Gens.datesWithEdges(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)));
    Gen<String> issuer = Gens.oneOf("Chính phủ", "Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh", "Bộ Nội vụ",
        "Bộ Tài chính", "Ban Chấp hành Trung ương", "Bộ Kế hoạch và Đầu tư");
    Gen<String> title = Gens.oneOf("về việc phê duyệt Kế hoạch CCHC tỉnh giai đoạn 2022-2025",
        "ban hành Chương trình tổng thể CCHC", "hướng dẫn việc lập dự toán",
        "sửa đổi, bổ sung một số điều của Thông tư số 26/2019/TT-BTC", "đối với đơn vị sự nghiệp công lập",
        "quy định về cán bộ, công chức cấp xã");
    return kind.zip(numbers(), dates.toOptionals(20), issuer.toOptionals(20), title.toOptionals(20),
        DocumentReference::new);
  }
}
