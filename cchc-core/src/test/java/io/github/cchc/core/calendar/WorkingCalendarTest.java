package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.CalendarException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = WorkingCalendar.standard();

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private void assertOff(String from, String to, String reasonIfWeekday) {
    for (LocalDate d = date(from); !d.isAfter(date(to)); d = d.plusDays(1)) {
      assertFalse(calendar.isWorkingDay(d), d + " should be a day off");
    }
    assertTrue(calendar.isWorkingDay(date(from).minusDays(1)) || YearSchedule.isWeekend(date(from).minusDays(1)));
    assertEquals(Optional.of(DayOffReason.valueOf(reasonIfWeekday)), calendar.nonWorkingReason(date(from)));
  }

  @Test
  @DisplayName("Tết 2024 nghỉ từ 08/02 đến 14/02/2024")
  void tet2024() {
    assertOff("2024-02-08", "2024-02-14", "LUNAR_NEW_YEAR");
    assertTrue(calendar.isWorkingDay(date("2024-02-07")));
    assertTrue(calendar.isWorkingDay(date("2024-02-15")));
  }

  @Test
  @DisplayName("Quốc khánh 2024 nghỉ từ 31/08 đến 03/09/2024")
  void nationalDay2024() {
    assertOff("2024-08-31", "2024-09-03", "NATIONAL_DAY");
    assertTrue(calendar.isWorkingDay(date("2024-09-04")));
  }

  @Test
  @DisplayName("2025: Tết 25/01–02/02, Giỗ Tổ 07/04, 30/04–04/05 làm bù thứ Bảy 26/04, Quốc khánh 30/08–02/09")
  void schedule2025() {
    assertOff("2025-01-25", "2025-02-02", "LUNAR_NEW_YEAR");
    assertTrue(calendar.isWorkingDay(date("2025-01-24")));
    assertTrue(calendar.isWorkingDay(date("2025-02-03")));
    assertOff("2025-04-07", "2025-04-07", "HUNG_KINGS");
    assertOff("2025-04-30", "2025-05-04", "VICTORY_DAY");
    assertEquals(Optional.of(DayOffReason.LABOUR_DAY), calendar.nonWorkingReason(date("2025-05-01")));
    assertEquals(Optional.of(DayOffReason.SWAPPED), calendar.nonWorkingReason(date("2025-05-02")));
    assertTrue(calendar.isWorkingDay(date("2025-05-05")));
    assertOff("2025-08-30", "2025-09-02", "NATIONAL_DAY");
    assertTrue(calendar.isWorkingDay(date("2025-09-03")));
  }

  @Test
  @DisplayName("Thứ Bảy 26/04/2025 là ngày làm việc bù")
  void saturday26April2025WasWorked() {
    LocalDate saturday = date("2025-04-26");
    assertEquals(DayOfWeek.SATURDAY, saturday.getDayOfWeek());
    assertTrue(calendar.isWorkingDay(saturday));
    assertEquals(List.of(saturday), calendar.makeUpWorkingDays(2025));
    assertFalse(calendar.isWorkingDay(date("2025-04-19")));
  }

  @Test
  @DisplayName("Tết 2020 nghỉ từ 23/01 đến 29/01/2020")
  void tet2020() {
    assertOff("2020-01-23", "2020-01-29", "LUNAR_NEW_YEAR");
    assertTrue(calendar.isWorkingDay(date("2020-01-30")));
  }

  @Test
  @DisplayName("Tết 2026 nghỉ từ 14/02 đến 22/02/2026, theo lịch chính thức và theo luật")
  void tet2026IsOfficialAndTheStatuteAgrees() {
    assertEquals(ScheduleStatus.OFFICIAL, calendar.status(2026));
    for (LocalDate d = date("2026-02-14"); !d.isAfter(date("2026-02-22")); d = d.plusDays(1)) {
      assertFalse(calendar.isWorkingDay(d), d.toString());
      assertFalse(WorkingCalendar.statutory().isWorkingDay(d), d.toString());
    }
    assertTrue(calendar.isWorkingDay(date("2026-02-13")));
    assertTrue(calendar.isWorkingDay(date("2026-02-23")));
  }

  @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0}")
  @CsvSource({"2024-04-18", "2025-04-07"})
  void hungKingsDay(LocalDate day) {
    assertEquals(Optional.of(DayOffReason.HUNG_KINGS), calendar.nonWorkingReason(day));
    assertEquals(Optional.of(DayOffReason.HUNG_KINGS), WorkingCalendar.statutory().nonWorkingReason(day));
  }

  @Test
  @DisplayName("05/02/2024 cộng 5 ngày làm việc là 19/02/2024")
  void fiveWorkingDaysAcrossTet2024() {
    assertEquals(date("2024-02-19"), calendar.addWorkingDays(date("2024-02-05"), 5));
    assertEquals(5, calendar.workingDaysBetween(date("2024-02-05"), date("2024-02-19")));
    assertEquals(4, calendar.workingDaysBetween(date("2024-02-05"), date("2024-02-16")));
    assertEquals(date("2024-02-05"), calendar.addWorkingDays(date("2024-02-19"), -5));
  }

  @Test
  void zeroWorkingDaysReturnsTheDateItself() {
    assertEquals(date("2024-02-10"), calendar.addWorkingDays(date("2024-02-10"), 0));
  }

  @Test
  void countingBackwardsIsNegative() {
    assertEquals(-5, calendar.workingDaysBetween(date("2024-02-19"), date("2024-02-05")));
    assertEquals(0, calendar.workingDaysBetween(date("2024-02-08"), date("2024-02-08")));
    assertEquals(0, calendar.workingDaysBetween(date("2024-02-08"), date("2024-02-15")));
  }

  @Test
  void nonWorkingDaysCarryVietnameseLabels() {
    List<NonWorkingDay> days = calendar.nonWorkingDays(2025);
    assertTrue(days.contains(new NonWorkingDay(date("2025-01-29"), DayOffReason.LUNAR_NEW_YEAR)));
    assertTrue(days.contains(new NonWorkingDay(date("2025-04-30"), DayOffReason.VICTORY_DAY)));
    assertTrue(days.contains(new NonWorkingDay(date("2025-01-04"), DayOffReason.WEEKEND)));
    assertFalse(days.stream().anyMatch(d -> d.date().equals(date("2025-04-26"))));
    assertEquals("2025-04-30 Ngày Chiến thắng 30/4", new NonWorkingDay(date("2025-04-30"),
        DayOffReason.VICTORY_DAY).toString());
    assertEquals("Tết Nguyên đán", DayOffReason.LUNAR_NEW_YEAR.label());
    assertEquals("Giỗ Tổ Hùng Vương", DayOffReason.HUNG_KINGS.label());
    assertEquals("Nghỉ bù", DayOffReason.COMPENSATORY.label());
    assertEquals("Cuối tuần", DayOffReason.WEEKEND.label());
    // Every day of the year is either listed here or a working day.
    long working = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1))
        .filter(calendar::isWorkingDay).count();
    assertEquals(365, working + days.size());
    assertEquals(working, calendar.workingDaysBetween(date("2025-01-01"), date("2026-01-01")));
  }

  @Test
  void holidaysLeaveOutOrdinaryWeekends() {
    List<NonWorkingDay> holidays = calendar.holidays(2024);
    assertTrue(holidays.stream().noneMatch(d -> d.reason() == DayOffReason.WEEKEND));
    assertTrue(holidays.contains(new NonWorkingDay(date("2024-04-29"), DayOffReason.SWAPPED)));
    assertTrue(calendar.isWorkingDay(date("2024-05-04")));
  }

  @Test
  void bundledYearsAreOfficialWithSourceOthersComputed() {
    for (int year = 2020; year <= 2025; year++) {
      assertEquals(ScheduleStatus.OFFICIAL, calendar.status(year));
      assertTrue(calendar.schedule(year).source().isPresent());
    }
    assertEquals(ScheduleStatus.COMPUTED, calendar.status(2019));
    assertEquals(ScheduleStatus.COMPUTED, calendar.status(2030));
    assertTrue(calendar.schedule(2030).source().isEmpty());
    assertEquals(ScheduleStatus.COMPUTED, WorkingCalendar.statutory().status(2025));
  }

  @Test
  @DisplayName("Ngày lễ trùng cuối tuần được nghỉ bù vào ngày làm việc kế tiếp")
  void statutoryRulesGiveCompensatoryDays() {
    WorkingCalendar statutory = WorkingCalendar.statutory();
    // Where the published schedules simply applied the law, the computed days off are off in them too.
    for (int year = 2021; year <= 2025; year++) {
      for (NonWorkingDay d : statutory.holidays(year)) {
        if (d.reason() != DayOffReason.LUNAR_NEW_YEAR) {
          assertFalse(calendar.isWorkingDay(d.date()), "statutory " + d + " is worked in the official " + year);
        }
      }
    }
    assertEquals(Optional.of(DayOffReason.COMPENSATORY), statutory.nonWorkingReason(date("2022-01-03")));
    assertEquals(Optional.of(DayOffReason.COMPENSATORY), statutory.nonWorkingReason(date("2022-04-11")));
    assertEquals(Optional.of(DayOffReason.COMPENSATORY), statutory.nonWorkingReason(date("2022-05-02")));
    assertEquals(Optional.of(DayOffReason.COMPENSATORY), statutory.nonWorkingReason(date("2022-05-03")));
    assertTrue(statutory.isWorkingDay(date("2022-05-04")));
  }

  @ParameterizedTest(name = "Tết {0}: {1} to {2}")
  @DisplayName("Tết tính theo luật trùng lịch đã công bố 2020–2024 và 2026")
  @CsvSource({
    "2020, 2020-01-23, 2020-01-29", "2021, 2021-02-10, 2021-02-16", "2022, 2022-01-31, 2022-02-04",
    "2023, 2023-01-20, 2023-01-26", "2024, 2024-02-08, 2024-02-14", "2026, 2026-02-16, 2026-02-20"
  })
  void statutoryTetMatchesThePublishedWeekdays(int year, LocalDate first, LocalDate last) {
    assertEquals(first.datesUntil(last.plusDays(1)).toList(), StatutoryHolidays.tetDays(year));
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      assertFalse(calendar.isWorkingDay(d), d.toString());
    }
  }

  @Test
  @DisplayName("2025: lịch công bố nghỉ Tết từ 28 tháng Chạp, sớm hơn quy tắc tính một ngày")
  void statutoryTet2025DiffersFromThePublishedOne() {
    List<LocalDate> computed = StatutoryHolidays.tetDays(2025);
    assertEquals(date("2025-01-28"), computed.get(0));
    assertEquals(date("2025-02-03"), computed.get(computed.size() - 1));
    assertTrue(calendar.isWorkingDay(date("2025-02-03")));
    assertFalse(calendar.isWorkingDay(date("2025-01-27")));
  }

  @ParameterizedTest(name = "2/9 on {0}: also {1}")
  @CsvSource({
    "2024-09-02, 2024-09-03", "2025-09-02, 2025-09-01", "2021-09-02, 2021-09-03", "2022-09-02, 2022-09-01",
    "2023-09-02, 2023-09-01", "2026-09-02, 2026-09-01", "2029-09-02, 2029-09-03"
  })
  void adjacentNationalDay(LocalDate nationalDay, LocalDate adjacent) {
    assertEquals(adjacent, StatutoryHolidays.adjacentToNationalDay(nationalDay));
  }

  @Test
  void holidaysOnAWeekendGiveCompensatoryDaysIn2023() {
    // In 2023 Hùng Kings (Saturday 29/4), 30/4 (Sunday) and 1/5 (Monday): two compensatory days follow.
    List<NonWorkingDay> computed = WorkingCalendar.statutory().holidays(2023).stream()
        .filter(d -> d.date().getMonthValue() == 5).toList();
    assertEquals(List.of(
        new NonWorkingDay(date("2023-05-01"), DayOffReason.LABOUR_DAY),
        new NonWorkingDay(date("2023-05-02"), DayOffReason.COMPENSATORY),
        new NonWorkingDay(date("2023-05-03"), DayOffReason.COMPENSATORY)), computed);
  }

  @Test
  void twoHolidaysOnOneDayGiveACompensatoryDay() {
    // In 1947 the 10th of the 3rd lunar month was 30 April.
    List<NonWorkingDay> computed = WorkingCalendar.statutory().holidays(1947).stream()
        .filter(d -> d.date().getMonthValue() == 4 || d.date().getMonthValue() == 5).toList();
    assertEquals(List.of(
        new NonWorkingDay(date("1947-04-30"), DayOffReason.HUNG_KINGS),
        new NonWorkingDay(date("1947-05-01"), DayOffReason.LABOUR_DAY),
        new NonWorkingDay(date("1947-05-02"), DayOffReason.COMPENSATORY)), computed);
  }

  @Test
  void datesOutsideTheRangeAreRejected() {
    CalendarException e =
        assertThrows(CalendarException.class, () -> calendar.isWorkingDay(date("2101-01-03")));
    assertTrue(e.getMessage().contains("2101"), e.getMessage());
    assertThrows(CalendarException.class, () -> calendar.nonWorkingDays(1899));
    assertThrows(CalendarException.class, () -> calendar.addWorkingDays(date("2100-12-30"), 5));
    assertThrows(CalendarException.class, () -> calendar.addWorkingDays(date("1900-01-02"), -5));
  }
}
