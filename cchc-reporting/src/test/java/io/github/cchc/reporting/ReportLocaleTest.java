package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportLocaleTest {

  private static final ReportLocale VI = ReportLocale.VIETNAMESE;
  private static final ReportLocale EN = ReportLocale.ENGLISH;

  @Test
  @DisplayName("Định dạng tiếng Việt: 1.234,5; 95,12%; dd/MM/yyyy")
  void vietnameseFormats() {
    assertEquals("1.234,5", VI.formatDecimal(new BigDecimal("1234.5")));
    assertEquals("95,12%", VI.formatPercent(new BigDecimal("95.12")));
    assertEquals("05/03/2024", VI.formatDate(LocalDate.of(2024, 3, 5)));
    assertEquals("1.234.567", VI.formatInteger(1_234_567));
    assertEquals("-1.234", VI.formatInteger(-1234));
    assertEquals("0,05", VI.formatDecimal(new BigDecimal("0.05")));
    assertEquals("999", VI.formatInteger(999));
  }

  @Test
  void englishFormats() {
    assertEquals("1,234.5", EN.formatDecimal(new BigDecimal("1234.5")));
    assertEquals("95.12%", EN.formatPercent(new BigDecimal("95.12")));
    assertEquals("2024-03-05", EN.formatDate(LocalDate.of(2024, 3, 5)));
    assertEquals(EN, ReportLocale.of(Locale.US));
    assertEquals(VI, ReportLocale.of(Locale.forLanguageTag("vi-VN")));
  }

  @Test
  void percentagesAreRoundedHalfUpToTwoDecimalsWithoutTrailingZeros() {
    assertEquals("100%", VI.formatPercent(new BigDecimal("100.000")));
    assertEquals("95,1%", VI.formatPercent(new BigDecimal("95.10")));
    assertEquals("33,34%", VI.formatPercent(new BigDecimal("33.335")));
    assertEquals("0%", VI.formatPercent(BigDecimal.ZERO));
    assertEquals("1.000%", VI.formatPercent(new BigDecimal("1E+3")));
  }

  @Test
  void cellsFormatAsTheyAreShown() {
    assertEquals("11.742 hồ sơ = 95,12%", VI.format(Cell.countWithShare(11742, 12345, "hồ sơ")));
    assertEquals("0 hồ sơ", VI.format(Cell.countWithShare(0, 0, "hồ sơ")));
    assertEquals("3 = 75%", VI.format(Cell.countWithShare(3, 4, "")));
    assertEquals("", VI.format(Cell.empty()));
    assertEquals("Thường xuyên", VI.format(Cell.text("Thường xuyên")));
  }

  @Test
  @DisplayName("Dòng địa danh, ngày tháng: \"Sơn La, ngày 14 tháng 6 năm 2024\"; bản dự thảo để trống ngày")
  void placeAndDate() {
    assertEquals("Sơn La, ngày 14 tháng 6 năm 2024", VI.formatPlaceAndDate("Sơn La", Optional.of(LocalDate.of(2024, 6, 14))));
    // Nghị định 30/2020/NĐ-CP, Phụ lục I: a leading zero for days 1 to 9 and for months 1 and 2, none otherwise.
    assertEquals("Thái Bình, ngày 05 tháng 02 năm 2024",
        VI.formatPlaceAndDate("Thái Bình", Optional.of(LocalDate.of(2024, 2, 5))));
    assertEquals("Thái Bình, ngày 09 tháng 01 năm 2024",
        VI.formatPlaceAndDate("Thái Bình", Optional.of(LocalDate.of(2024, 1, 9))));
    assertEquals("Thái Bình, ngày 10 tháng 3 năm 2024",
        VI.formatPlaceAndDate("Thái Bình", Optional.of(LocalDate.of(2024, 3, 10))));
    assertEquals("Thái Bình, ngày 01 tháng 12 năm 2024",
        VI.formatPlaceAndDate("Thái Bình", Optional.of(LocalDate.of(2024, 12, 1))));
    assertEquals("Thái Bình, ngày\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0tháng\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0năm 2024",
        VI.formatPlaceAndDate("Thái Bình", Optional.empty(), java.util.OptionalInt.of(2024)));
    assertEquals("Sơn La, ngày … tháng … năm …", VI.formatPlaceAndDate("Sơn La", Optional.empty()));
    assertEquals("Sơn La, 14 June 2024", EN.formatPlaceAndDate("Sơn La", Optional.of(LocalDate.of(2024, 6, 14))));
  }
}
