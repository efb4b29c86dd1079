package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.error.TextParseException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarDateTest {

  @ParameterizedTest(name = "Tết {0} = {1}")
  @DisplayName("Tết Nguyên đán rơi đúng các ngày đã biết (domain.md §6)")
  @CsvSource({
    "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
    "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17"
  })
  void tetFallsOnTheKnownDates(int year, LocalDate tet) {
    assertEquals(tet, LunarDate.of(year, 1, 1).toLocalDate());
    assertEquals(LunarDate.of(year, 1, 1), LunarDate.from(tet));
    assertEquals(12, LunarDate.from(tet.minusDays(1)).month());
  }

  @ParameterizedTest(name = "Tết {0} = {1} in UTC+7")
  @DisplayName("Tết fell on 21/01/1985 and 17/02/2007 in Vietnam, unlike China")
  @CsvSource({"1985, 1985-01-21", "2007, 2007-02-17"})
  void vietnamDiffersFromChina(int year, LocalDate tet) {
    assertEquals(tet, LunarDate.of(year, 1, 1).toLocalDate());
    // China (UTC+8) celebrated on 20/02/1985 and 18/02/2007.
    assertEquals(LunarDate.of(year, 1, 1), LunarDate.from(tet));
    assertEquals(year - 1, LunarDate.from(tet.minusDays(1)).year());
  }

  @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} = {1}")
  @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2023, 2023-04-29", "2022, 2022-04-10"})
  void hungKingsDayIsTheTenthOfTheThirdMonth(int year, LocalDate day) {
    assertEquals(day, LunarDate.of(year, 3, 10).toLocalDate());
  }

  @Test
  @DisplayName("Năm 2023 có tháng 2 nhuận")
  void secondMonthOf2023IsDoubled() {
    assertEquals(OptionalInt.of(2), LunarDate.leapMonthOf(2023));
    LunarDate leapFirst = LunarDate.ofLeapMonth(2023, 2, 1);
    LunarDate lastOfRegular = LunarDate.from(leapFirst.toLocalDate().minusDays(1));
    assertEquals(2, lastOfRegular.month());
    assertFalse(lastOfRegular.isLeapMonth());
    assertEquals(lastOfRegular.lengthOfMonth(), lastOfRegular.day());
    LunarDate third = LunarDate.from(leapFirst.toLocalDate().plusDays(leapFirst.lengthOfMonth()));
    assertEquals(LunarDate.of(2023, 3, 1), third);
    assertEquals(LocalDate.of(2023, 3, 22), leapFirst.toLocalDate());
    assertTrue(LunarDate.from(LocalDate.of(2023, 4, 1)).isLeapMonth());
  }

  @Test
  void yearWithoutLeapMonth() {
    assertEquals(OptionalInt.empty(), LunarDate.leapMonthOf(2024));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"2024, Giáp Thìn", "2025, Ất Tỵ", "2026, Bính Ngọ", "1985, Ất Sửu", "2007, Đinh Hợi", "1900, Canh Tý"})
  void canChiNameOfTheYear(int year, String name) {
    assertEquals(name, LunarDate.yearName(year));
    assertEquals(name, LunarDate.of(year, 6, 15).yearName());
  }

  @Test
  void textFormReadsBack() {
    LunarDate leap = LunarDate.ofLeapMonth(2023, 2, 11);
    assertEquals("2023-02L-11", leap.toString());
    assertEquals(leap, LunarDate.parse("2023-02L-11"));
    assertEquals("2024-01-01", LunarDate.of(2024, 1, 1).toString());
    assertEquals(LunarDate.of(2024, 1, 1), LunarDate.parse(" 2024-1-1 "));
  }

  @Test
  void ordersByDay() {
    assertTrue(LunarDate.of(2023, 2, 29).compareTo(LunarDate.ofLeapMonth(2023, 2, 1)) < 0);
    assertTrue(LunarDate.ofLeapMonth(2023, 2, 29).compareTo(LunarDate.of(2023, 3, 1)) < 0);
  }

  @Test
  @DisplayName("Ngày 30 của tháng thiếu không tồn tại")
  void thirtiethDayOfAShortMonthIsRejected() {
    int shortMonth = 0;
    for (int m = 1; m <= 12 && shortMonth == 0; m++) {
      if (LunarDate.of(2024, m, 1).lengthOfMonth() == 29) {
        shortMonth = m;
      }
    }
    int month = shortMonth;
    CalendarException e =
        assertThrows(CalendarException.class, () -> LunarDate.of(2024, month, 30));
    assertTrue(e.getMessage().contains("Day 30"), e.getMessage());
    assertTrue(e.getMessage().contains("29 days"), e.getMessage());
  }

  @Test
  void leapMonthTheYearLacksIsRejected() {
    CalendarException e =
        assertThrows(CalendarException.class, () -> LunarDate.ofLeapMonth(2023, 3, 1));
    assertTrue(e.getMessage().contains("leap month is 2"), e.getMessage());
    assertThrows(CalendarException.class, () -> LunarDate.ofLeapMonth(2024, 2, 1));
    assertThrows(CalendarException.class, () -> LunarDate.parse("2024-02L-01"));
  }

  @Test
  void badMonthsDaysAndTextAreRejected() {
    assertThrows(CalendarException.class, () -> LunarDate.of(2024, 13, 1));
    assertThrows(CalendarException.class, () -> LunarDate.of(2024, 0, 1));
    assertThrows(CalendarException.class, () -> LunarDate.of(2024, 1, 0));
    assertThrows(CalendarException.class, () -> LunarDate.of(2024, 1, 31));
    TextParseException e = assertThrows(TextParseException.class, () -> LunarDate.parse("mùng 1 Tết"));
    assertEquals(TextParseException.Kind.LUNAR_DATE, e.kind());
    assertTrue(e.getMessage().contains("mùng 1 Tết"), e.getMessage());
  }

  @Test
  void yearsOutsideTheRangeAreRejected() {
    assertThrows(CalendarException.class, () -> LunarDate.of(LunarDate.MAX_YEAR + 1, 1, 1));
    assertThrows(CalendarException.class, () -> LunarDate.leapMonthOf(LunarDate.MIN_YEAR - 1));
    CalendarException e =
        assertThrows(CalendarException.class, () -> LunarDate.from(LocalDate.of(1700, 1, 1)));
    assertTrue(e.getMessage().contains("1700-01-01"), e.getMessage());
    assertThrows(CalendarException.class, () -> LunarDate.from(LocalDate.of(2300, 1, 1)));
  }

  @Test
  void everySolarDayOf1900To2100HasOneLunarDate() {
    LunarDate previous = LunarDate.from(LocalDate.of(1899, 12, 31));
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
      LunarDate l = LunarDate.from(d);
      assertEquals(d, l.toLocalDate());
      if (l.day() == 1) {
        assertEquals(previous.lengthOfMonth(), previous.day(), "month ends early before " + l);
        assertTrue(previous.lengthOfMonth() == 29 || previous.lengthOfMonth() == 30);
      } else {
        assertEquals(previous.day() + 1, l.day(), "day after " + previous);
      }
      previous = l;
    }
  }
}
