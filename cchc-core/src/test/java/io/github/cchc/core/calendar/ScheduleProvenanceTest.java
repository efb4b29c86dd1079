package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.error.InputFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where a year's days come from: official notices, the statute, and the notices of a user's file. */
class ScheduleProvenanceTest {

  private static final Pattern NUMBER = Pattern.compile("\\d+/[A-ZĐ]+(-[A-ZĐ]+)+");
  private static final String HEADER = "{\"format\": \"cchc-working-days\", \"version\": 1, \"years\": [";

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static WorkingCalendar read(String json) {
    return WorkingCalendar.builder().withoutBundledSchedules()
        .withSchedules(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "lich-nghi.json").build();
  }

  private static InputFormatException reject(String json) {
    return assertThrows(InputFormatException.class, () -> read(json));
  }

  @Test
  @DisplayName("Mỗi năm có sẵn 2020–2026 dẫn số hiệu văn bản, và số hiệu có trong nguồn")
  void everyBundledYearCitesItsNotices() {
    for (int year = 2020; year <= 2026; year++) {
      YearSchedule schedule = WorkingCalendar.standard().schedule(year);
      assertEquals(ScheduleStatus.OFFICIAL, schedule.status(), "" + year);
      assertFalse(schedule.notices().isEmpty(), "" + year);
      for (Notice notice : schedule.notices()) {
        assertTrue(NUMBER.matcher(notice.number()).matches(), notice.number());
        assertTrue(schedule.source().orElseThrow().contains(notice.number()), year + " " + notice.number());
        assertFalse(notice.issuer().isBlank(), notice.number());
        assertFalse(notice.subject().isBlank(), notice.number());
        int y = year;
        notice.date().ifPresent(d -> assertTrue(d.getYear() == y || d.getYear() == y - 1, notice.toString()));
      }
    }
  }

  @Test
  @DisplayName("Mỗi ngày nghỉ, ngày làm bù có sẵn dẫn tới đúng một văn bản hoặc Bộ luật Lao động")
  void everyBundledDayHasItsSource() {
    for (int year = 2020; year <= 2026; year++) {
      YearSchedule schedule = WorkingCalendar.standard().schedule(year);
      for (LocalDate d : schedule.daysOff().keySet()) {
        assertTrue(schedule.noticeFor(d).isPresent() != schedule.statutoryDays().contains(d),
            d + " needs exactly one of a notice or the statute");
      }
      for (LocalDate d : schedule.makeUpWorkingDays()) {
        assertTrue(schedule.noticeFor(d).isPresent(), d + " is a make-up day without its notice");
      }
    }
  }

  @Test
  @DisplayName("2026: thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ")
  void the2026Notices() {
    List<Notice> notices = WorkingCalendar.standard().schedule(2026).notices();
    assertEquals(List.of("9441/TB-BNV", "12729/VPCP-KGVX"), notices.stream().map(Notice::number).toList());
    assertEquals(Optional.of(date("2025-10-16")), notices.get(0).date());
    assertEquals("Bộ Nội vụ", notices.get(0).issuer());
    assertEquals("9441/TB-BNV ngày 16/10/2025, Bộ Nội vụ", notices.get(0).toString());
    assertEquals(Optional.of(date("2025-12-25")), notices.get(1).date());
    assertEquals("Văn phòng Chính phủ", notices.get(1).issuer());
  }

  @Test
  @DisplayName("2027 chưa có thông báo: tính theo luật, Tết 05/02–11/02/2027 quanh mùng 1 là 06/02")
  void year2027IsComputed() {
    WorkingCalendar calendar = WorkingCalendar.standard();
    YearSchedule schedule = calendar.schedule(2027);
    assertEquals(ScheduleStatus.COMPUTED, schedule.status());
    assertEquals(Optional.empty(), schedule.source());
    assertEquals(List.of(), schedule.notices());
    assertEquals(schedule.daysOff().navigableKeySet(), schedule.statutoryDays());
    assertEquals(Optional.empty(), schedule.noticeFor(date("2027-02-08")));
    assertEquals(date("2027-02-06"), LunarDate.of(2027, 1, 1).toLocalDate());
    for (LocalDate d = date("2027-02-05"); !d.isAfter(date("2027-02-11")); d = d.plusDays(1)) {
      assertEquals(Optional.of(DayOffReason.LUNAR_NEW_YEAR), calendar.nonWorkingReason(d), d.toString());
    }
    assertTrue(calendar.isWorkingDay(date("2027-02-04")));
    assertTrue(calendar.isWorkingDay(date("2027-02-12")));
  }

  @Test
  @DisplayName("Kế hoạch Quý I/2027 viết trong tháng 12/2026 chạm một năm tính theo luật")
  void computedYearsOfASpan() {
    WorkingCalendar calendar = WorkingCalendar.standard();
    assertEquals(List.of(2027), calendar.computedYears(date("2026-12-01"), date("2027-03-31")));
    assertEquals(List.of(2027), calendar.computedYears(date("2027-03-31"), date("2026-12-01")));
    assertEquals(List.of(), calendar.computedYears(date("2020-01-01"), date("2026-12-31")));
    assertEquals(List.of(2019, 2027, 2028), calendar.computedYears(date("2019-06-01"), date("2028-01-02")));
    assertEquals(List.of(2025), WorkingCalendar.statutory().computedYears(date("2025-01-01"), date("2025-12-31")));
    assertThrows(CalendarException.class, () -> calendar.computedYears(date("2100-12-01"), date("2101-01-01")));
  }

  @Test
  @DisplayName("Tệp của người dùng: văn bản, ngày theo văn bản và ngày theo luật")
  void aUserFileGivesNoticesPerDay(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("lich-nghi-2030.json");
    Files.writeString(file, HEADER + """
        {"year": 2030, "source": "Thông báo ví dụ 1/TB-VD và 2/TB-VD",
         "notices": [
           {"number": "1/TB-VD", "date": "2029-10-01", "issuer": "Cơ quan ví dụ", "subject": "Tết"},
           {"number": "2/TB-VD", "issuer": "Cơ quan ví dụ"}],
         "daysOff": [
           {"date": "2030-01-01", "reason": "NEW_YEAR", "statutory": true},
           {"from": "2030-02-01", "to": "2030-02-08", "reason": "LUNAR_NEW_YEAR", "notice": "1/TB-VD"},
           {"date": "2030-05-03", "reason": "SWAPPED", "notice": "2/TB-VD"},
           {"date": "2030-09-03", "reason": "OTHER"}],
         "makeUpWorkingDays": [{"date": "2030-05-11", "notice": "2/TB-VD", "note": "làm bù"}, "2030-05-18"]}]}
        """, StandardCharsets.UTF_8);
    WorkingCalendar calendar = WorkingCalendar.builder().withSchedules(file).build();
    YearSchedule y = calendar.schedule(2030);
    assertEquals(List.of("1/TB-VD", "2/TB-VD"), y.notices().stream().map(Notice::number).toList());
    assertEquals(Optional.empty(), y.notices().get(1).date());
    assertEquals("", y.notices().get(1).subject());
    assertEquals("2/TB-VD, Cơ quan ví dụ", y.notices().get(1).toString());
    assertEquals(Optional.of("1/TB-VD"), y.noticeFor(date("2030-02-05")).map(Notice::number));
    assertEquals(Optional.of("2/TB-VD"), y.noticeFor(date("2030-05-03")).map(Notice::number));
    assertEquals(Optional.of("2/TB-VD"), y.noticeFor(date("2030-05-11")).map(Notice::number));
    // With two notices, an entry without "notice" belongs to the year's source as a whole.
    assertEquals(Optional.empty(), y.noticeFor(date("2030-09-03")));
    assertEquals(Optional.empty(), y.noticeFor(date("2030-05-18")));
    assertEquals(java.util.Set.of(date("2030-01-01")), y.statutoryDays());
    assertTrue(calendar.isWorkingDay(date("2030-05-18")));
  }

  @Test
  void aYearWithOneNoticeGivesItToEveryEntryWithoutOne() {
    YearSchedule y = read(HEADER + """
        {"year": 2031, "source": "Thông báo 5/TB-VD", "notices": [{"number": "5/TB-VD", "issuer": "Ví dụ"}],
         "daysOff": [{"date": "2031-01-01", "reason": "NEW_YEAR", "statutory": true},
                     {"date": "2031-01-02", "reason": "SWAPPED"}],
         "makeUpWorkingDays": ["2031-01-11"]}]}
        """).schedule(2031);
    assertEquals(Optional.of("5/TB-VD"), y.noticeFor(date("2031-01-02")).map(Notice::number));
    assertEquals(Optional.of("5/TB-VD"), y.noticeFor(date("2031-01-11")).map(Notice::number));
    assertEquals(Optional.empty(), y.noticeFor(date("2031-01-01")));
  }

  @Test
  void aFileWithoutNoticesStillReads() {
    YearSchedule y = read(HEADER + """
        {"year": 2031, "source": "Quyết định ví dụ", "daysOff": [{"date": "2031-01-01", "reason": "NEW_YEAR"}]}]}
        """).schedule(2031);
    assertEquals(ScheduleStatus.OFFICIAL, y.status());
    assertEquals(List.of(), y.notices());
    assertEquals(Optional.empty(), y.noticeFor(date("2031-01-01")));
    assertTrue(y.statutoryDays().isEmpty());
  }

  @Test
  void anUnknownNoticeIsRejectedWithTheNumbersThereAre() {
    InputFormatException e = reject(HEADER + """
        {"year": 2031, "source": "x", "notices": [{"number": "5/TB-VD", "issuer": "Ví dụ"}],
         "daysOff": [{"date": "2031-01-02", "reason": "SWAPPED", "notice": "6/TB-VD"}]}]}
        """);
    assertEquals("$.years[0].daysOff[0].notice", e.path());
    assertTrue(e.getMessage().contains("unknown notice \"6/TB-VD\"; the year's notices are 5/TB-VD"),
        e.getMessage());
  }

  @Test
  void aNoticeAndStatutoryTogetherAreRejected() {
    InputFormatException e = reject(HEADER + """
        {"year": 2031, "source": "x", "notices": [{"number": "5/TB-VD", "issuer": "Ví dụ"}],
         "daysOff": [{"date": "2031-01-01", "reason": "NEW_YEAR", "notice": "5/TB-VD", "statutory": true}]}]}
        """);
    assertEquals("$.years[0].daysOff[0]", e.path());
    assertTrue(e.getMessage().contains("not both"), e.getMessage());
  }

  @Test
  void aMakeUpDayCannotBeStatutory() {
    InputFormatException e = reject(HEADER + """
        {"year": 2031, "source": "x", "daysOff": [],
         "makeUpWorkingDays": [{"date": "2031-01-11", "statutory": true}]}]}
        """);
    assertEquals("$.years[0].makeUpWorkingDays[0].statutory", e.path());
    assertTrue(e.getMessage().contains("unknown field \"statutory\""), e.getMessage());
  }

  @Test
  void badNoticesAreRejected() {
    assertEquals("$.years[0].notices[1].number", reject(HEADER + """
        {"year": 2031, "source": "x", "notices": [{"number": "5/TB-VD", "issuer": "A"},
          {"number": "5/TB-VD", "issuer": "B"}], "daysOff": []}]}
        """).path());
    assertEquals("$.years[0].notices[0].issuer", reject(HEADER + """
        {"year": 2031, "source": "x", "notices": [{"number": "5/TB-VD"}], "daysOff": []}]}
        """).path());
    assertEquals("$.years[0].notices[0].date", reject(HEADER + """
        {"year": 2031, "source": "x", "notices": [{"number": "5/TB-VD", "issuer": "A", "date": "16/10/2030"}],
         "daysOff": []}]}
        """).path());
    assertEquals("$.years[0].daysOff[0].statutory", reject(HEADER + """
        {"year": 2031, "source": "x", "daysOff": [{"date": "2031-01-01", "reason": "NEW_YEAR", "statutory": "yes"}]}]}
        """).path());
    assertEquals("$.years[0].notices", reject(HEADER + """
        {"year": 2031, "source": "x", "notices": "5/TB-VD", "daysOff": []}]}
        """).path());
  }

  @Test
  void schedulesWithDifferentProvenanceAreNotEqual() {
    String a = HEADER + """
        {"year": 2031, "source": "x", "daysOff": [{"date": "2031-01-01", "reason": "NEW_YEAR"}]}]}
        """;
    String b = HEADER + """
        {"year": 2031, "source": "x", "daysOff": [{"date": "2031-01-01", "reason": "NEW_YEAR", "statutory": true}]}]}
        """;
    assertEquals(read(a).schedule(2031), read(a).schedule(2031));
    assertEquals(read(a).schedule(2031).hashCode(), read(a).schedule(2031).hashCode());
    assertFalse(read(a).schedule(2031).equals(read(b).schedule(2031)));
  }
}
