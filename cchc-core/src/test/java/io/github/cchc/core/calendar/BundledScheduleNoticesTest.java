package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each bundled year against the notices it cites: every day of the year is off exactly when it lies in one of the
 * holiday periods the notices (or, where they are silent, the Labour Code) state, or on an ordinary weekend, and
 * is not a make-up working day. The periods are written here as the notices state them, weekends included.
 */
class BundledScheduleNoticesTest {

  private final WorkingCalendar calendar = WorkingCalendar.standard();

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  /** Checks every day of {@code year}: off on the periods ("from..to" or one date) and weekends, worked otherwise. */
  private void assertYear(int year, List<String> periodsOff, List<String> makeUp) {
    Set<LocalDate> off = new TreeSet<>();
    for (String period : periodsOff) {
      String[] ends = period.split("\\.\\.");
      LocalDate from = date(ends[0]);
      LocalDate to = ends.length == 1 ? from : date(ends[1]);
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        off.add(d);
      }
    }
    Set<LocalDate> worked = new TreeSet<>();
    for (String day : makeUp) {
      worked.add(date(day));
    }
    List<String> wrong = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean expectedWorking = worked.contains(d) || !(off.contains(d) || weekend);
      if (calendar.isWorkingDay(d) != expectedWorking) {
        wrong.add(d + " " + d.getDayOfWeek() + (expectedWorking ? " should be worked" : " should be off"));
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(List.copyOf(worked), calendar.makeUpWorkingDays(year));
    assertEquals(ScheduleStatus.OFFICIAL, calendar.status(year));
  }

  private Optional<String> noticeOf(String day) {
    LocalDate d = date(day);
    return calendar.schedule(d.getYear()).noticeFor(d).map(Notice::number);
  }

  private Set<LocalDate> dates(String... days) {
    Set<LocalDate> set = new TreeSet<>();
    for (String day : days) {
      set.add(date(day));
    }
    return set;
  }

  @Test
  @DisplayName("2020 theo Thông báo 4544/TB-LĐTBXH ngày 25/10/2019: Tết 23/01–29/01, 28–29/01 nghỉ bù; còn lại theo BLLĐ 2012")
  void year2020() {
    assertYear(2020, List.of("2020-01-01", "2020-01-23..2020-01-29", "2020-04-02", "2020-04-30..2020-05-01",
        "2020-09-02"), List.of());
    assertEquals(Optional.of("4544/TB-LĐTBXH"), noticeOf("2020-01-23"));
    assertEquals(Optional.of(DayOffReason.COMPENSATORY), calendar.nonWorkingReason(date("2020-01-28")));
    assertEquals(Optional.of(DayOffReason.COMPENSATORY), calendar.nonWorkingReason(date("2020-01-29")));
    assertEquals(dates("2020-01-01", "2020-04-02", "2020-04-30", "2020-05-01", "2020-09-02"),
        calendar.schedule(2020).statutoryDays());
  }

  @Test
  @DisplayName("2021 theo Công văn 9895/VPCP-KGVX: Tết 10/02–16/02 (15–16/02 nghỉ bù), Quốc khánh 02/9–05/9")
  void year2021() {
    assertYear(2021, List.of("2021-01-01..2021-01-03", "2021-02-10..2021-02-16", "2021-04-21",
        "2021-04-30..2021-05-03", "2021-09-02..2021-09-05"), List.of());
    assertEquals(Optional.of("9895/VPCP-KGVX"), noticeOf("2021-02-16"));
    assertEquals(Optional.of("9895/VPCP-KGVX"), noticeOf("2021-09-03"));
    assertEquals(Optional.of(DayOffReason.COMPENSATORY), calendar.nonWorkingReason(date("2021-02-15")));
    assertEquals(Optional.empty(), calendar.schedule(2021).notices().get(0).date(), "the letter's date is unverified");
    assertEquals(dates("2021-01-01", "2021-04-21", "2021-04-30", "2021-05-01", "2021-05-03"),
        calendar.schedule(2021).statutoryDays());
  }

  @Test
  @DisplayName("2022 theo Công văn 245/VPCP-KGVX ngày 11/01/2022: Tết 29/01–06/02, Quốc khánh 01/9–04/9")
  void year2022() {
    assertYear(2022, List.of("2022-01-01..2022-01-03", "2022-01-29..2022-02-06", "2022-04-09..2022-04-11",
        "2022-04-30..2022-05-03", "2022-09-01..2022-09-04"), List.of());
    assertEquals(Optional.of("245/VPCP-KGVX"), noticeOf("2022-01-31"));
    assertEquals(Optional.of("245/VPCP-KGVX"), noticeOf("2022-09-01"));
    assertEquals(Optional.empty(), noticeOf("2022-04-11"));
    assertTrue(calendar.schedule(2022).statutoryDays().contains(date("2022-04-11")));
  }

  @Test
  @DisplayName("2023 theo Công văn 8056/VPCP-KGVX ngày 01/12/2022: Tết 20/01–26/01 (25–26/01 nghỉ bù), Quốc khánh 01/9–04/9")
  void year2023() {
    assertYear(2023, List.of("2023-01-01..2023-01-02", "2023-01-20..2023-01-26", "2023-04-29..2023-05-03",
        "2023-09-01..2023-09-04"), List.of());
    assertEquals(Optional.of("8056/VPCP-KGVX"), noticeOf("2023-01-26"));
    assertEquals(Optional.of(DayOffReason.COMPENSATORY), calendar.nonWorkingReason(date("2023-01-25")));
    assertEquals(Optional.of("8056/VPCP-KGVX"), noticeOf("2023-09-04"));
    assertEquals(dates("2023-01-01", "2023-01-02", "2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02",
        "2023-05-03"), calendar.schedule(2023).statutoryDays());
  }

  @Test
  @DisplayName("2024 theo Công văn 8662/VPCP-KGVX ngày 03/11/2023 và 2450/VPCP-KGVX ngày 12/4/2024: làm bù thứ Bảy 04/5")
  void year2024() {
    assertYear(2024, List.of("2024-01-01", "2024-02-08..2024-02-14", "2024-04-18", "2024-04-27..2024-05-01",
        "2024-08-31..2024-09-03"), List.of("2024-05-04"));
    assertEquals(Optional.of("8662/VPCP-KGVX"), noticeOf("2024-02-08"));
    assertEquals(Optional.of("2450/VPCP-KGVX"), noticeOf("2024-04-29"));
    assertEquals(Optional.of(DayOffReason.SWAPPED), calendar.nonWorkingReason(date("2024-04-29")));
    assertEquals(Optional.of("2450/VPCP-KGVX"), noticeOf("2024-05-04"));
    assertEquals(Optional.of("8662/VPCP-KGVX"), noticeOf("2024-09-03"));
  }

  @Test
  @DisplayName("2025 theo Công văn 8726/VPCP-KGVX ngày 26/11/2024: Tết 25/01–02/02, 30/4–04/5 làm bù thứ Bảy 26/4, Quốc khánh 30/8–02/9")
  void year2025() {
    assertYear(2025, List.of("2025-01-01", "2025-01-25..2025-02-02", "2025-04-05..2025-04-07",
        "2025-04-30..2025-05-04", "2025-08-30..2025-09-02"), List.of("2025-04-26"));
    for (String day : List.of("2025-01-27", "2025-05-02", "2025-04-26", "2025-09-01")) {
      assertEquals(Optional.of("8726/VPCP-KGVX"), noticeOf(day), day);
    }
    assertEquals(Optional.empty(), noticeOf("2025-04-07"));
  }

  @Test
  @DisplayName("2026 theo Thông báo 9441/TB-BNV ngày 16/10/2025 và Công văn 12729/VPCP-KGVX ngày 25/12/2025")
  void year2026() {
    assertYear(2026, List.of(
        "2026-01-01..2026-01-04",   // 12729/VPCP-KGVX: Thursday to Sunday, Friday 02/01 swapped
        "2026-02-14..2026-02-22",   // 9441/TB-BNV: five Tết days 16/02–20/02 and two weekends
        "2026-04-25..2026-04-27",   // Labour Code: Hùng Kings' day on Sunday 26/04, compensatory Monday 27/04
        "2026-04-30..2026-05-03",   // Labour Code: Thursday 30/04, Friday 01/05, then the weekend
        "2026-08-29..2026-09-02"),  // 9441/TB-BNV: Saturday to Wednesday, Monday 31/08 swapped
        List.of("2026-01-10", "2026-08-22"));
    assertEquals(Optional.of("12729/VPCP-KGVX"), noticeOf("2026-01-02"));
    assertEquals(Optional.of(DayOffReason.SWAPPED), calendar.nonWorkingReason(date("2026-01-02")));
    assertEquals(Optional.of("12729/VPCP-KGVX"), noticeOf("2026-01-10"));
    assertEquals(Optional.of("9441/TB-BNV"), noticeOf("2026-02-16"));
    assertEquals(Optional.of("9441/TB-BNV"), noticeOf("2026-08-31"));
    assertEquals(Optional.of(DayOffReason.SWAPPED), calendar.nonWorkingReason(date("2026-08-31")));
    assertEquals(Optional.of("9441/TB-BNV"), noticeOf("2026-08-22"));
    assertEquals(Optional.of(DayOffReason.NATIONAL_DAY), calendar.nonWorkingReason(date("2026-09-01")));
    // No notice covers Hùng Kings' day and 30/4–1/5 of 2026: they are computed from the Labour Code 2019.
    assertEquals(dates("2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01"),
        calendar.schedule(2026).statutoryDays());
    assertEquals(Optional.empty(), noticeOf("2026-04-27"));
  }

  @Test
  @DisplayName("Lịch chính thức 2026 khác lịch tính theo luật đúng ở bốn ngày hoán đổi")
  void the2026NoticesDifferFromTheStatuteOnlyByTheirSwaps() {
    List<LocalDate> differ = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d) != WorkingCalendar.statutory().isWorkingDay(d)) {
        differ.add(d);
      }
    }
    assertEquals(List.of(date("2026-01-02"), date("2026-01-10"), date("2026-08-22"), date("2026-08-31")), differ);
  }
}
