package io.github.cchc.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.TextParseException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

class TimeframeTest {

  @Nested
  @DisplayName("Hạn hoàn thành là ngày cuối của kỳ")
  class DueDates {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Quý II, Quý III/2024            | 2024-09-30",
          "Quý II, III/2024                | 2024-09-30",
          "Quý I/2024                      | 2024-03-31",
          "Quý III/2020                    | 2020-09-30",
          "Quý IV/2023, Quý I/2024         | 2024-03-31",
          "Tháng 01/2024                   | 2024-01-31",
          "Tháng 02/2024                   | 2024-02-29",
          "Tháng 12/2023                   | 2023-12-31",
          "chậm nhất ngày 31/3/2024        | 2024-03-31",
          "chậm nhất là ngày 31/01/2024    | 2024-01-31",
          "chậm nhất đến 31/3/2024         | 2024-03-31",
          "trước ngày 30/9/2020            | 2020-09-29",
          "ngày 15/3/2024                  | 2024-03-15",
          "Ngày 29 tháng 12 năm 2023       | 2023-12-29",
          "6 tháng đầu năm 2024            | 2024-06-30",
          "6 tháng cuối năm 2024           | 2024-12-31",
          "Năm 2024                        | 2024-12-31",
          "Từ tháng 3/2023 đến tháng 12/2023 | 2023-12-31",
          "Từ tháng 3 đến tháng 5/2024     | 2024-05-31",
          "Từ ngày 01/3/2024 đến ngày 15/4/2024 | 2024-04-15",
          "trong quý IV/2024               | 2024-12-31",
        })
    void dueDateIsTheLastDayOfThePeriod(String text, LocalDate due) {
      Timeframe t = Timeframe.parse(text);
      assertEquals(Optional.of(due), t.dueDate());
      assertTrue(t.hasDueDate());
      assertEquals(due, t.dueDates().get(t.dueDates().size() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thường xuyên", "Theo Kế hoạch của Bộ Nội vụ", "Hàng quý", "Hàng tháng"})
    @DisplayName("Thường xuyên, theo cơ quan khác và định kỳ không rõ năm: không có hạn")
    void noDueDate(String text) {
      Timeframe t = Timeframe.parse(text);
      assertEquals(Optional.empty(), t.dueDate());
      assertEquals(List.of(), t.dueDates());
      assertFalse(t.hasDueDate());
      assertEquals(Optional.empty(), t.period());
    }

    @Test
    @DisplayName("\"trước ngày\" excludes the day named")
    void beforeExcludesTheDay() {
      Timeframe.OnDate before = (Timeframe.OnDate) Timeframe.parse("trước ngày 30/9/2020");
      assertEquals(LocalDate.of(2020, 9, 30), before.date());
      assertEquals(DateQualifier.BEFORE, before.qualifier());
      assertEquals(Optional.of(LocalDate.of(2020, 9, 29)), before.dueDate());
      assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.of(2020, 9, 29), LocalDate.of(2020, 9, 29))),
          before.period());
    }

    @Test
    void severalQuartersSpanFromTheFirstToTheLast() {
      Timeframe t = Timeframe.parse("Quý II, Quý III/2024");
      assertEquals(
          Timeframe.quarters(YearQuarter.of(2024, 2), YearQuarter.of(2024, 3)), t);
      assertEquals(Optional.of(LocalDateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 10, 1))), t.period());
      assertEquals(List.of(LocalDate.of(2024, 9, 30)), t.dueDates());
    }
  }

  @Nested
  @DisplayName("Định kỳ")
  class Recurrences {

    @Test
    @DisplayName("Hàng quý, tháng 6 và tháng 12/2024: the four quarter ends of 2024")
    void quarterlyWithSixMonthAndAnnualReports() {
      Timeframe t = Timeframe.parse("Hàng quý, tháng 6 và tháng 12/2024");
      assertEquals(
          Timeframe.recurring(Recurrence.QUARTERLY, Year.of(2024), Month.JUNE, Month.DECEMBER), t);
      assertEquals(
          List.of(
              LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30),
              LocalDate.of(2024, 12, 31)),
          t.dueDates());
      assertEquals(TimeframeKind.RECURRING, t.kind());
    }

    @Test
    @DisplayName("\"Hàng quý\" in the 2024 plan means the four quarter ends of 2024")
    void yearFromContext() {
      Timeframe t = Timeframe.parse("Hàng quý", Year.of(2024));
      assertEquals(
          List.of(
              LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30),
              LocalDate.of(2024, 12, 31)),
          t.dueDates());
      assertEquals("Hàng quý trong năm 2024", t.toString());
    }

    @Test
    void monthlyHasTwelveMonthEnds() {
      Timeframe t = Timeframe.parse("Hằng tháng", Year.of(2024));
      assertEquals(12, t.dueDates().size());
      assertEquals(LocalDate.of(2024, 2, 29), t.dueDates().get(1));
      assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), t.dueDate());
    }

    @Test
    void aYearInTheTextWinsOverTheContext() {
      assertEquals(
          Timeframe.recurring(Recurrence.HALF_YEARLY, Year.of(2025)),
          Timeframe.parse("Định kỳ 6 tháng trong năm 2025", Year.of(2024)));
    }
  }

  @Nested
  @DisplayName("Nhiều mốc trong một ô")
  class MilestoneCells {

    @Test
    @DisplayName("- Kế hoạch ban hành trong tháng 01/2024 - Báo cáo kết quả rà soát, đánh giá, trong quý IV/2024")
    void seedCell() {
      Timeframe t =
          Timeframe.parse(
              "- Kế hoạch ban hành trong tháng 01/2024 - Báo cáo kết quả rà soát, đánh giá, trong quý IV/2024");
      Timeframe.Milestones m = assertInstanceOf(Timeframe.Milestones.class, t);
      assertEquals(
          List.of(
              Timeframe.Milestone.of("Kế hoạch ban hành", Timeframe.month(YearMonth.of(2024, 1))),
              Timeframe.Milestone.of(
                  "Báo cáo kết quả rà soát, đánh giá", Timeframe.quarters(YearQuarter.of(2024, 4)))),
          m.milestones());
      assertEquals(List.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 12, 31)), t.dueDates());
      assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), t.dueDate());
      assertEquals(
          "- Kế hoạch ban hành: tháng 1/2024 - Báo cáo kết quả rà soát, đánh giá: quý IV/2024", t.toString());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "– Kế hoạch ban hành trong tháng 1/2024 – Báo cáo kết quả rà soát, đánh giá, trong quý IV/2024",
          "• Kế hoạch ban hành trong tháng 1/2024 • Báo cáo kết quả rà soát, đánh giá: quý IV/2024",
          "+ Kế hoạch ban hành: Tháng 01/2024\n+ Báo cáo kết quả rà soát, đánh giá trong Quý IV/2024.",
          "Kế hoạch ban hành trong tháng 01/2024 - Báo cáo kết quả rà soát, đánh giá, trong quý IV/2024",
        })
    @DisplayName("dash, bullet and line-break variants")
    void bulletVariants(String text) {
      assertEquals(
          Timeframe.parse(
              "- Kế hoạch ban hành: tháng 1/2024 - Báo cáo kết quả rà soát, đánh giá: quý IV/2024"),
          Timeframe.parse(text));
    }

    @Test
    void aSingleBulletWithoutLabelIsThePlainTimeframe() {
      assertEquals(Timeframe.quarters(YearQuarter.of(2024, 1)), Timeframe.parse("- Quý I/2024"));
    }

    @Test
    void milestonesWithoutLabels() {
      Timeframe t = Timeframe.parse("- Quý I/2024 - Quý III/2024");
      assertEquals(List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 9, 30)), t.dueDates());
      assertEquals("- Quý I/2024 - Quý III/2024", t.toString());
    }

    @Test
    void anOngoingMilestoneLeavesNoPeriod() {
      Timeframe t = Timeframe.parse("- Ban hành kế hoạch: quý I/2024 - Triển khai: thường xuyên");
      assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), t.dueDate());
      assertEquals(Optional.empty(), t.period());
    }
  }

  @Nested
  @DisplayName("Cách viết khác nhau cho cùng một thời gian")
  class Tolerance {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "Quý I/2024", "Quy I/2024", "QUÝ I/2024", "quý  i / 2024", "Quý 1/2024", "Quý I năm 2024", "Quý I - 2024",
          "  Quý I/2024.  ", "Quý\u00a0I/2024", "trong quý I/2024", "chậm nhất trong quý I/2024",
        })
    void quarterOne(String text) {
      assertEquals(Timeframe.quarters(YearQuarter.of(2024, 1)), Timeframe.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {"Tháng 01/2024", "tháng 1/2024", "Thang 1/2024", "THÁNG 01 NĂM 2024", "Tháng 1-2024", "Tháng 1 / 2024"})
    void januaryOf2024(String text) {
      assertEquals(Timeframe.month(YearMonth.of(2024, 1)), Timeframe.parse(text));
    }

    @Test
    @DisplayName("NFD text (decomposed diacritics) reads as NFC")
    void decomposed() {
      String nfd = Normalizer.normalize("Theo Kế hoạch của Bộ Nội vụ", Normalizer.Form.NFD);
      Timeframe t = Timeframe.parse(nfd);
      assertEquals(Timeframe.setBy("Kế hoạch của Bộ Nội vụ"), t);
      assertEquals(Optional.of("Bộ Nội vụ"), ((Timeframe.SetByOther) t).body());
      assertEquals(
          Timeframe.noLaterThan(LocalDate.of(2024, 3, 31)),
          Timeframe.parse(Normalizer.normalize("chậm nhất ngày 31/3/2024", Normalizer.Form.NFD)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thường xuyên", "thuong xuyen", "THƯỜNG XUYÊN.", " Thường   xuyên "})
    void ongoing(String text) {
      Timeframe t = Timeframe.parse(text);
      assertEquals(Timeframe.ongoing(), t);
      assertEquals("Thường xuyên", t.kind().label());
    }

    @Test
    void yearFromContextForAMonthOrQuarterWithoutOne() {
      assertEquals(Timeframe.month(YearMonth.of(2024, 3)), Timeframe.parse("Tháng 3", Year.of(2024)));
      assertEquals(
          Timeframe.quarters(YearQuarter.of(2024, 2), YearQuarter.of(2024, 3)),
          Timeframe.parse("Quý II, III", Year.of(2024)));
      assertEquals(Timeframe.month(YearMonth.of(2023, 12)), Timeframe.parse("Tháng 12/2023", Year.of(2024)));
    }

    @Test
    void halfYears() {
      assertEquals(Timeframe.half(YearHalf.of(2024, 1)), Timeframe.parse("6 tháng đầu năm 2024"));
      assertEquals(Timeframe.half(YearHalf.of(2024, 2)), Timeframe.parse("6 thang cuoi nam 2024"));
      assertEquals(Timeframe.year(Year.of(2024)), Timeframe.parse("trong năm 2024"));
    }
  }

  @Nested
  @DisplayName("Canonical text")
  class Canonical {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Tháng 01/2024                       | Tháng 1/2024",
          "Quý II, III/2024                    | Quý II, Quý III/2024",
          "quý iv/2023, quý i/2024             | Quý IV/2023, Quý I/2024",
          "chậm nhất là ngày 31/3/2024         | Chậm nhất ngày 31/3/2024",
          "trước ngày 30/09/2020               | Trước ngày 30/9/2020",
          "ngày 2/9/2021                       | Ngày 02/9/2021",
          "hằng quý, tháng 6 và tháng 12/2024  | Hàng quý, tháng 6 và tháng 12/2024",
          "từ tháng 03/2023 đến tháng 12/2023  | Từ tháng 3/2023 đến tháng 12/2023",
          "6 tháng đầu năm 2024                | 6 tháng đầu năm 2024",
          "năm 2024                            | Năm 2024",
          "theo   Kế hoạch của Bộ Nội vụ        | Theo Kế hoạch của Bộ Nội vụ",
        })
    void toStringIsCanonical(String text, String canonical) {
      Timeframe t = Timeframe.parse(text);
      assertEquals(canonical, t.toString());
      assertEquals(t, Timeframe.parse(canonical));
    }

    @Test
    void kindsAndLabels() {
      assertEquals(TimeframeKind.QUARTERS, Timeframe.parse("Quý I/2024").kind());
      assertEquals(TimeframeKind.SET_BY_OTHER, Timeframe.parse("Theo Kế hoạch của Bộ Nội vụ").kind());
      assertEquals(TimeframeKind.RANGE, Timeframe.parse("Từ tháng 3/2023 đến tháng 12/2023").kind());
      assertEquals("Định kỳ", TimeframeKind.RECURRING.label());
    }

    @Test
    void fromReportPeriods() {
      assertEquals(Timeframe.parse("Quý I/2024"), Timeframe.of(ReportPeriod.parse("2024Q1")));
      assertEquals(Timeframe.parse("Tháng 3/2024"), Timeframe.of(ReportPeriod.parse("2024-03")));
      assertEquals(Timeframe.parse("6 tháng đầu năm 2024"), Timeframe.of(ReportPeriod.parse("2024S1")));
      assertEquals(Timeframe.parse("Năm 2024"), Timeframe.of(ReportPeriod.parse("2024")));
    }
  }

  @Nested
  @DisplayName("Bad input")
  class BadInput {

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '"',
        ignoreLeadingAndTrailingWhitespace = false,
        value = {
          "Quý V/2024|4|a quarter",
          "Tháng 13/2024|6|a month",
          "Quý I|5|a year",
          "Tháng 3|7|a year",
          "abc|0|a date, month",
          "ngày 31/2/2024|5|a date that exists",
          "Hàng tuần|5|'tháng', 'quý'",
          "Theo|4|what sets the time",
          "Quý I/2024 xyz|11|the end",
          "Từ tháng 12/2023 đến tháng 3/2023|0|a range",
          "Từ tháng 3/2023|15|'đến'",
          "trước tháng 6/2024|6|'ngày'",
          "6 tháng giữa năm 2024|8|'đầu' or 'cuối'",
          "Năm 24|4|a four-digit year",
          "- Kế hoạch ban hành trong tháng 13/2024 - Báo cáo trong quý IV/2024|32|a month",
        })
    void namesTheTextThePositionAndWhatWasExpected(String text, int index, String expected) {
      TextParseException e = assertThrows(TextParseException.class, () -> Timeframe.parse(text));
      assertEquals(index, e.errorIndex(), e.getMessage());
      assertEquals(text, e.text());
      assertEquals(TextParseException.Kind.TIMEFRAME, e.kind());
      assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
      assertTrue(e.expected().startsWith(expected), e.expected());
      String vi = e.message(Locale.forLanguageTag("vi"));
      assertTrue(vi.startsWith("Không đọc được thời hạn") && vi.contains(e.expected(Locale.forLanguageTag("vi"))), vi);
      assertFalse(e.expected(Locale.forLanguageTag("vi")).equals(e.expected()), vi);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ".", "-", "- "})
    void blank(String text) {
      assertThrows(TextParseException.class, () -> Timeframe.parse(text));
    }

    @Test
    void nullIsRefusedAtTheDoor() {
      assertThrows(NullPointerException.class, () -> Timeframe.parse(null));
      assertThrows(NullPointerException.class, () -> Timeframe.parse("Quý I", null));
    }

    @Test
    void valuesAreCheckedWhenBuilt() {
      assertThrows(IllegalArgumentException.class, () -> new Timeframe.InQuarters(List.of()));
      assertThrows(
          DateTimeException.class,
          () -> Timeframe.between(Timeframe.month(YearMonth.of(2024, 5)), Timeframe.month(YearMonth.of(2024, 1))));
      assertThrows(
          DateTimeException.class,
          () -> Timeframe.between(Timeframe.ongoing(), Timeframe.month(YearMonth.of(2024, 1))));
      assertThrows(IllegalArgumentException.class, () -> Timeframe.setBy("  "));
      assertThrows(
          IllegalArgumentException.class,
          () -> Timeframe.Milestone.of("Báo cáo: lần 1", Timeframe.ongoing()));
      assertThrows(
          IllegalArgumentException.class,
          () -> Timeframe.Milestone.of("Kế hoạch - báo cáo", Timeframe.ongoing()));
      assertThrows(
          IllegalArgumentException.class,
          () -> Timeframe.milestones(List.of(new Timeframe.Milestone(Optional.empty(), Timeframe.ongoing()))));
      assertThrows(IllegalArgumentException.class, () -> Timeframe.milestones(List.of()));
    }
  }
}
