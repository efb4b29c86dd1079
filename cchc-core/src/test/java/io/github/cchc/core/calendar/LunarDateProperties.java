package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Lunar and solar dates convert into each other and back, over the whole range of the calendar. */
class LunarDateProperties {

  private static final LocalDate FIRST = LocalDate.ofEpochDay(LunarYearTable.firstEpochDay());
  private static final LocalDate LAST = LocalDate.ofEpochDay(LunarYearTable.lastEpochDay());

  @Test
  @DisplayName("âm lịch → dương lịch → âm lịch là đồng nhất")
  void lunarToSolarToLunarIsTheIdentity() {
    qt().withExamples(300).forAll(lunarDates()).checkAssert(date -> {
      assertEquals(date, LunarDate.from(date.toLocalDate()));
      assertEquals(date, LunarDate.parse(date.toString()));
    });
  }

  @Test
  void solarToLunarToSolarIsTheIdentity() {
    qt().withExamples(300).forAll(Gens.datesWithEdges(FIRST, LAST))
        .checkAssert(date -> assertEquals(date, LunarDate.from(date).toLocalDate()));
  }

  /**
   * Lunar dates of every supported year, one in four in the year's leap month if it has one; the day is capped at
   * the month's length, so day 30 stands for a month's last day. The calendar's first and last days are edges.
   */
  static Gen<LunarDate> lunarDates() {
    Gen<LunarDate> dates = Gens.intsWithEdges(LunarDate.MIN_YEAR, LunarDate.MAX_YEAR).zip(
        Gens.intsWithEdges(1, 12), Gens.oneOf(false, false, false, true), Gens.intsWithEdges(1, 30),
        (year, m, leap, d) -> {
          OptionalInt leapMonth = LunarDate.leapMonthOf(year);
          boolean isLeap = leap && leapMonth.isPresent();
          int month = isLeap ? leapMonth.getAsInt() : m;
          LunarDate first = isLeap ? LunarDate.ofLeapMonth(year, month, 1) : LunarDate.of(year, month, 1);
          int day = Math.min(d, first.lengthOfMonth());
          return isLeap ? LunarDate.ofLeapMonth(year, month, day) : LunarDate.of(year, month, day);
        });
    return Gens.withEdges(dates, List.of(LunarDate.from(FIRST), LunarDate.from(LAST)));
  }
}
