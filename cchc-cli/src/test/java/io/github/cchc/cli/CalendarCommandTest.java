package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("Tết Đinh Hợi rơi vào 17/02/2007 ở Việt Nam: to-lunar in JSON")
  void toLunarJson() {
    Run run = Run.of("calendar", "to-lunar", "2007-02-17", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode json = run.json();
    assertEquals("2007-02-17", json.get("solar").asText());
    assertEquals(2007, json.get("year").asInt());
    assertEquals(1, json.get("month").asInt());
    assertEquals(1, json.get("day").asInt());
    assertFalse(json.get("leap").asBoolean());
    assertEquals("Đinh Hợi", json.get("yearName").asText());
    assertEquals(6, json.size());
  }

  @Test
  void toLunarTextNamesTheLeapMonthInEitherLanguage() {
    assertEquals("Ngày 11 tháng 2 nhuận năm Quý Mão (2023) âm lịch\n",
        Run.of("calendar", "to-lunar", "2023-04-01").out());
    assertEquals("Day 11 of leap month 2, year Quý Mão (2023), lunar calendar\n",
        Run.of("calendar", "to-lunar", "2023-04-01", "--lang", "en").out());
  }

  @Test
  void toSolarPrintsOneIsoDate() {
    assertEquals("2024-02-10\n", Run.of("calendar", "to-solar", "2024-01-01").out());
    assertEquals("2023-04-01\n", Run.of("calendar", "to-solar", "2023-02-11", "--leap").out());
    JsonNode json = Run.of("calendar", "to-solar", "2023-02-11", "--leap", "--format", "json").json();
    assertEquals("2023-04-01", json.get("solar").asText());
    assertTrue(json.get("leap").asBoolean());
  }

  @Test
  void aLeapMonthTheYearLacksIsBadInput() {
    Run run = Run.of("calendar", "to-solar", "2023-03-11", "--leap");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("không có tháng 3 nhuận"), run::toString);
    Run en = Run.of("calendar", "to-solar", "2023-03-11", "--leap", "--lang", "en");
    assertEquals(2, en.exitCode());
    assertEquals(1, en.err().lines().count(), en::toString);
    assertTrue(en.err().contains("has no leap month 3"), en::toString);
  }

  @Test
  @DisplayName("Thứ Bảy 26/04/2025 là ngày làm bù; Chủ nhật 27/04/2025 không làm việc")
  void isWorkingDayPrintsTrueOrFalse() {
    assertEquals("true\n", Run.of("calendar", "is-working-day", "2025-04-26").out());
    assertEquals("false\n", Run.of("calendar", "is-working-day", "2025-04-30").out());
    JsonNode json = Run.of("calendar", "is-working-day", "2024-02-12", "--format", "json").json();
    assertFalse(json.get("workingDay").asBoolean());
    assertEquals("LUNAR_NEW_YEAR", json.get("reason").asText());
    assertEquals("Tết Nguyên đán", json.get("reasonLabel").asText());
  }

  @Test
  @DisplayName("Cộng 5 ngày làm việc vào 05/02/2024 được 19/02/2024")
  void addWorkingDaysAcrossTet() {
    assertEquals("2024-02-19\n", Run.of("calendar", "add-working-days", "2024-02-05", "5").out());
    assertEquals("2024-02-05\n", Run.of("calendar", "add-working-days", "2024-02-19", "-5").out());
    JsonNode json = Run.of("calendar", "add-working-days", "2024-02-05", "5", "--format", "json").json();
    assertEquals("2024-02-19", json.get("result").asText());
    assertEquals(5, json.get("workingDays").asInt());
  }

  @Test
  void holidaysListsTheOfficialScheduleWithMakeUpDays() {
    Run text = Run.of("calendar", "holidays", "2025");
    assertEquals(0, text.exitCode());
    assertTrue(text.out().contains("2025-04-07"), text::toString);
    assertTrue(text.out().contains("Giỗ Tổ Hùng Vương"), text::toString);
    JsonNode json = Run.of("calendar", "holidays", "2025", "--format", "json").json();
    assertEquals("OFFICIAL", json.get("status").asText());
    assertEquals("2025-04-26", json.get("makeUpWorkingDays").get(0).asText());
    assertEquals("NEW_YEAR", json.get("daysOff").get(0).get("reason").asText());
  }

  @Test
  void holidaysOfAYearWithoutDataAreComputed() {
    JsonNode json = Run.of("calendar", "holidays", "2040", "--format", "json").json();
    assertEquals("COMPUTED", json.get("status").asText());
  }

  @Test
  void aUserScheduleFileReplacesItsYear() throws IOException {
    Path file = dir.resolve("lich-2031.json");
    Files.writeString(file, """
        {"format": "cchc-working-days", "version": 1, "years": [
          {"year": 2031, "source": "example", "daysOff": [{"date": "2031-03-03", "reason": "OTHER"}]}]}
        """, StandardCharsets.UTF_8);
    Run run = Run.of("calendar", "is-working-day", "2031-03-03", "--calendar", file.toString());
    assertEquals("false\n", run.out(), run::toString);
  }

  @Test
  void aBrokenScheduleFileIsOneErrorLineWithFileLineAndColumn() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"cchc-working-days\",\n  \"years\": [ oops ]}", StandardCharsets.UTF_8);
    Run run = Run.of("calendar", "holidays", "2031", "--calendar", file.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cchc: " + file + ":2:"), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
  }

  @Test
  void debugAddsTheStackTrace() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{", StandardCharsets.UTF_8);
    Run run = Run.of("calendar", "holidays", "2031", "--calendar", file.toString(), "--debug");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("\tat "), run::toString);
  }

  @Test
  void aMissingScheduleFileNamesTheFile() {
    Path missing = dir.resolve("missing.json");
    Run run = Run.of("calendar", "holidays", "2025", "--calendar", missing.toString());
    assertEquals(2, run.exitCode());
    assertEquals("cchc: " + missing + ": không có tệp này\n", run.err());
  }

  @Test
  void aBadDateIsAUsageError() {
    Run run = Run.of("calendar", "to-lunar", "2024-13-01");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("2024-13-01"));
  }

  @Test
  void everyCalendarCommandHasHelpWithAnExample() {
    for (String command : new String[] {"to-lunar", "to-solar", "is-working-day", "add-working-days", "holidays"}) {
      Run run = Run.of("calendar", command, "--help");
      assertEquals(0, run.exitCode());
      assertTrue(run.out().contains("Example:"), command);
      assertTrue(run.out().contains("--format"), command);
      assertTrue(run.out().contains("--lang"), command);
    }
  }
}
