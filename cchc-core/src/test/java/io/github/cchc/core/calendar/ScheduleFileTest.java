package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.InputFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleFileTest {

  private static final String HEADER = "{\"format\": \"cchc-working-days\", \"version\": 1, \"years\": [";

  /** A year entry with the given days off and make-up days (JSON fragments). */
  private static String year(int year, String daysOff, String makeUp) {
    return "{\"year\": " + year + ", \"source\": \"Quyết định ví dụ\", \"daysOff\": [" + daysOff + "]"
        + (makeUp.isEmpty() ? "" : ", \"makeUpWorkingDays\": [" + makeUp + "]") + "}";
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static InputFormatException reject(String text) {
    return assertThrows(InputFormatException.class,
        () -> WorkingCalendar.builder().withSchedules(json(text), "lich-nghi.json"));
  }

  @Test
  @DisplayName("Người dùng bổ sung năm 2027 từ tệp JSON mà không cần biên dịch lại")
  void aUserFileAddsAYear(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lich-nghi-2027.json");
    Files.writeString(file, HEADER + year(2027,
        "{\"from\": \"2027-02-04\", \"to\": \"2027-02-10\", \"reason\": \"LUNAR_NEW_YEAR\"},"
            + "{\"date\": \"2027-02-11\", \"reason\": \"OTHER\", \"note\": \"quyết định của tỉnh\"}",
        "\"2027-02-20\"") + "]}");
    WorkingCalendar calendar = WorkingCalendar.builder().withSchedules(file).build();
    assertEquals(ScheduleStatus.OFFICIAL, calendar.status(2027));
    assertEquals(Optional.of("Quyết định ví dụ"), calendar.schedule(2027).source());
    assertEquals(Optional.of(DayOffReason.OTHER), calendar.nonWorkingReason(LocalDate.of(2027, 2, 11)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 20)));
    // The bundled years stay, the statutory rules still cover the others.
    assertEquals(ScheduleStatus.OFFICIAL, calendar.status(2025));
    assertEquals(ScheduleStatus.COMPUTED, calendar.status(2028));
    assertEquals(ScheduleStatus.COMPUTED, WorkingCalendar.standard().status(2027));
  }

  @Test
  void aUserFileReplacesABundledYearAsAWhole() {
    WorkingCalendar calendar = WorkingCalendar.builder()
        .withSchedules(json(HEADER + year(2025, "{\"date\": \"2025-03-03\", \"reason\": \"OTHER\"}", "") + "]}"),
            "tinh.json")
        .build();
    assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 3, 3)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 4, 7)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 4, 26)));
  }

  @Test
  void withoutBundledSchedulesEveryYearIsComputed() {
    WorkingCalendar calendar = WorkingCalendar.builder().withoutBundledSchedules().build();
    assertEquals(ScheduleStatus.COMPUTED, calendar.status(2025));
    assertEquals(WorkingCalendar.statutory().nonWorkingDays(2025), calendar.nonWorkingDays(2025));
  }

  @Test
  void theBundledDataStartsIn2020() {
    assertEquals(ScheduleStatus.COMPUTED, WorkingCalendar.standard().status(2019));
    assertEquals(ScheduleStatus.OFFICIAL, WorkingCalendar.standard().status(2020));
  }

  @Test
  void unknownFormatIsRejected() {
    InputFormatException e = reject("{\"format\": \"jollyday\", \"version\": 1, \"years\": []}");
    assertEquals("lich-nghi.json", e.source());
    assertEquals("$.format", e.path());
    assertTrue(e.getMessage().startsWith("lich-nghi.json: $.format (line 1, column 2): unknown format \"jollyday\""),
        e.getMessage());
    assertEquals("định dạng \"jollyday\" không được hỗ trợ; cần \"cchc-working-days\"", e.problem(Locale.forLanguageTag("vi")));
  }

  @Test
  void unknownVersionIsRejected() {
    InputFormatException e = reject("{\"format\": \"cchc-working-days\", \"version\": 2, \"years\": []}");
    assertEquals("$.version", e.path());
    assertTrue(e.getMessage().contains("unsupported version 2"), e.getMessage());
  }

  @Test
  void malformedJsonIsRejectedWithItsLine() {
    InputFormatException e = reject(HEADER + "\n{\"year\": 2027,, }]}");
    assertEquals("$.years[0].year", e.path());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("unexpected character ','"), e.getMessage());
  }

  @Test
  void duplicateKeysAndTrailingContentAreRejected() {
    InputFormatException e = reject(HEADER + "{\"year\": 2027, \"year\": 2028}]}");
    assertEquals("$.years[0].year", e.path());
    assertTrue(e.getMessage().contains("the field \"year\" is given twice"), e.getMessage());
    assertEquals("$", reject(HEADER + "]} {}").path());
    assertEquals("$", reject("").path());
  }

  @Test
  @DisplayName("Một ngày vừa là ngày nghỉ vừa là ngày làm bù thì bị từ chối")
  void aDayBothOffAndWorkedIsRejected() {
    InputFormatException e = reject(HEADER + year(2027,
        "{\"from\": \"2027-02-04\", \"to\": \"2027-02-10\", \"reason\": \"LUNAR_NEW_YEAR\"}",
        "\"2027-02-06\"") + "]}");
    assertEquals("$.years[0].makeUpWorkingDays[0]", e.path());
    assertTrue(e.getMessage().contains("2027-02-06 is both a make-up working day and a day off in $.years[0].daysOff[0]"),
        e.getMessage());
  }

  @Test
  void overlappingEntriesAreRejected() {
    InputFormatException e = reject(HEADER + year(2027,
        "{\"from\": \"2027-02-04\", \"to\": \"2027-02-10\", \"reason\": \"LUNAR_NEW_YEAR\"},"
            + "{\"date\": \"2027-02-08\", \"reason\": \"OTHER\"}", "") + "]}");
    assertEquals("$.years[0].daysOff[1]", e.path());
    assertTrue(e.getMessage().contains("already a day off in $.years[0].daysOff[0]"), e.getMessage());
  }

  @Test
  void aYearGivenTwiceIsRejected() {
    InputFormatException e = reject(HEADER + year(2027, "", "") + "," + year(2027, "", "") + "]}");
    assertEquals("$.years[1].year", e.path());
    assertTrue(e.getMessage().contains("already given in $.years[0]"), e.getMessage());
  }

  @ParameterizedTest(name = "year {0}")
  @CsvSource({"1899", "2101"})
  void aYearOutsideTheSupportedRangeIsRejected(int year) {
    InputFormatException e = reject(HEADER + year(year, "", "") + "]}");
    assertEquals("$.years[0].year", e.path());
    assertTrue(e.getMessage().contains("outside the supported range 1900..2100"), e.getMessage());
  }

  @Test
  void aDateOutsideItsYearIsRejected() {
    InputFormatException e = reject(HEADER + year(2027,
        "{\"date\": \"2027-01-01\", \"reason\": \"NEW_YEAR\"}, {\"date\": \"2028-01-01\", \"reason\": \"NEW_YEAR\"}",
        "") + "]}");
    assertEquals("$.years[0].daysOff[1].date", e.path());
    assertTrue(e.getMessage().contains("2028-01-01 is not in the year 2027"), e.getMessage());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "{\"date\": \"2027-02-30\", \"reason\": \"OTHER\"}|30 February 2027 does not exist",
    "{\"date\": \"2027-02-03\", \"reason\": \"TET\"}|unknown value \"TET\"",
    "{\"date\": \"2027-02-06\", \"reason\": \"WEEKEND\"}|WEEKEND is implied",
    "{\"from\": \"2027-02-10\", \"to\": \"2027-02-04\", \"reason\": \"OTHER\"}|is before",
    "{\"date\": \"2027-02-03\", \"from\": \"2027-02-03\", \"to\": \"2027-02-04\", \"reason\": \"OTHER\"}|not both",
    "{\"date\": \"2027-02-03\", \"reason\": \"OTHER\", \"hours\": 4}|unknown field \"hours\""
  })
  void badDayOffEntriesAreRejected(String entry, String problem) {
    InputFormatException e = reject(HEADER + year(2027, entry, "") + "]}");
    assertTrue(e.path().startsWith("$.years[0].daysOff[0]"), e.path());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void aMakeUpDayMustBeAWeekendDay() {
    InputFormatException e = reject(HEADER + year(2027, "", "\"2027-02-03\"") + "]}");
    assertEquals("$.years[0].makeUpWorkingDays[0]", e.path());
    assertTrue(e.getMessage().contains("a Wednesday, not a Saturday or Sunday"), e.getMessage());
  }

  @Test
  void aMissingSourceIsRejected() {
    InputFormatException e = reject(HEADER + "{\"year\": 2027, \"daysOff\": []}]}");
    assertEquals("$.years[0].source", e.path());
  }

  @Test
  void aMissingFileIsReportedWithItsName(@TempDir Path dir) {
    Path missing = dir.resolve("khong-co.json");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> WorkingCalendar.builder().withSchedules(missing));
    assertTrue(e.getMessage().contains("khong-co.json"), e.getMessage());
  }

  @Test
  void errorsInAFileNameTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sai.json");
    Files.writeString(file, "{\"format\": \"cchc-working-days\", \"version\": 1}");
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> WorkingCalendar.builder().withSchedules(file));
    assertEquals(file.toString(), e.source());
    assertEquals("$.years", e.path());
  }
}
