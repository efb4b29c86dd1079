package io.github.cchc.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DocumentPropertiesTest {

  private static final List<String> CODES =
      List.of("KH", "QĐ", "NQ", "NĐ", "TT", "CT", "KL", "BC", "TB", "TTr", "CV", "UBND", "CP", "TTg", "BNV", "CCVC",
          "SNV", "CCHC", "BTC", "SKH&ĐT", "QH15", "UBTVQH15", "TW", "TU", "XYZ", "ND", "QyĐ");

  @Property(tries = 300)
  void parseReadsBackTheCanonicalNumber(@ForAll("numbers") DocumentNumber n) {
    assertEquals(n, DocumentNumber.parse(n.toString()));
    assertEquals(n, DocumentNumber.parse("Số: " + n));
  }

  @Property(tries = 200)
  void foldedSpellingNamesTheSameDocument(@ForAll("numbers") DocumentNumber n) {
    String plain = Normalizer.normalize(n.toString(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D');
    assertTrue(n.sameDocumentAs(DocumentNumber.parse(plain)));
    assertEquals(n.type(), DocumentNumber.parse(plain).type());
  }

  @Property(tries = 300)
  void parseReadsBackTheCanonicalReference(@ForAll("references") DocumentReference r) {
    assertEquals(r, DocumentReference.parse(r.toString()));
  }

  @Provide
  Arbitrary<DocumentNumber> numbers() {
    return numberValues();
  }

  private static Arbitrary<DocumentNumber> numberValues() {
    Arbitrary<Optional<String>> number =
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6)
            .filter(s -> Integer.parseInt(s) > 0)
            .optional(0.9);
    Arbitrary<List<String>> codes = Arbitraries.of(CODES).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<DocumentNumber> state =
        Combinators.combine(number, Arbitraries.integers().between(1990, 2030).map(Year::of).optional(), codes)
            .as(DocumentNumber::of);
    Arbitrary<DocumentNumber> party =
        Combinators.combine(
                Arbitraries.integers().between(1, 999), Arbitraries.of("KL", "NQ", "CT", "QĐ", "CV"),
                Arbitraries.of("TW", "TU", "BTGTW"))
            .as(DocumentNumber::ofParty);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, state), net.jqwik.api.Tuple.of(1, party));
  }

  @Provide
  Arbitrary<DocumentReference> references() {
    Arbitrary<String> kind = Arbitraries.of("Quyết định", "Nghị quyết", "Công văn", "văn bản", "Thông tư", "Kết luận");
    Arbitrary<Optional<LocalDate>> date =
        Arbitraries.longs()
            .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay)
            .optional();
    Arbitrary<Optional<String>> issuer =
        Arbitraries.of("Chính phủ", "Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh", "Bộ Nội vụ", "Bộ Tài chính",
                "Ban Chấp hành Trung ương", "Bộ Kế hoạch và Đầu tư")
            .optional();
    Arbitrary<Optional<String>> title =
        Arbitraries.of("về việc phê duyệt Kế hoạch CCHC tỉnh giai đoạn 2022-2025",
                "ban hành Chương trình tổng thể CCHC", "hướng dẫn việc lập dự toán",
                "sửa đổi, bổ sung một số điều của Thông tư số 26/2019/TT-BTC", "đối với đơn vị sự nghiệp công lập",
                "quy định về cán bộ, công chức cấp xã")
            .optional();
    return Combinators.combine(kind, numberValues(), date, issuer, title).as(DocumentReference::new);
  }
}
