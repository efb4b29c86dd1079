package io.github.cchc.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.error.TextParseException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void parsesTheFourCodes() {
    assertEquals(LocalDate.of(2024, 12, 31), ReportPeriod.parse("2024").lastDay());
    assertEquals(LocalDate.of(2024, 6, 30), ReportPeriod.parse("2024S1").lastDay());
    assertEquals(LocalDate.of(2024, 3, 31), ReportPeriod.parse("2024Q1").lastDay());
    assertEquals(LocalDate.of(2024, 2, 29), ReportPeriod.parse("2024-02").lastDay());
    assertEquals("2024-03", ReportPeriod.parse("2024-3").toString());
  }

  @Test
  void rejectsBadCodesNamingThem() {
    CalendarException range = assertThrows(CalendarException.class, () -> ReportPeriod.parse("2024Q5"));
    assertEquals("The index of a quarter must be 1 to 4, found 5", range.getMessage());
    assertEquals("Số thứ tự của quý phải từ 1 đến 4, gặp 5", range.message(Locale.forLanguageTag("vi")));
    TextParseException text = assertThrows(TextParseException.class, () -> ReportPeriod.parse("Q1-2024"));
    assertEquals(TextParseException.Kind.PERIOD, text.kind());
    assertTrue(text.getMessage().contains("\"Q1-2024\""), text.getMessage());
    assertEquals(CalendarException.Kind.OUT_OF_RANGE,
        assertThrows(CalendarException.class, () -> ReportPeriod.ofYear(1899)).kind());
  }

  @Test
  void labelsInVietnamese() {
    assertEquals("Quý III/2024", ReportPeriod.parse("2024Q3").label());
    assertEquals("6 tháng đầu năm 2024", ReportPeriod.parse("2024S1").label());
  }

  @Test
  void splitsAndNavigates() {
    assertEquals(List.of("2024Q1", "2024Q2"),
        ReportPeriod.parse("2024S1").split(ReportPeriod.Type.QUARTER).stream().map(Object::toString).toList());
    assertEquals("2025Q1", ReportPeriod.parse("2024Q4").next().toString());
    assertEquals("2023Q4", ReportPeriod.parse("2024Q4").sameOneYearEarlier().toString());
    assertTrue(ReportPeriod.parse("2024").encloses(ReportPeriod.parse("2024-07")));
    assertFalse(ReportPeriod.parse("2024Q1").contains(LocalDate.of(2024, 4, 1)));
  }
}
