package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The example schedule file of docs/calendar.md: it is the file in docs/examples, and it reads as the bundled 2026. */
class ScheduleFileExampleTest {

  private static Path docs() {
    for (Path candidate : new Path[] {Path.of("..", "docs"), Path.of("docs")}) {
      if (Files.isDirectory(candidate.resolve("examples"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No docs/examples folder beside " + Path.of("").toAbsolutePath());
  }

  private static final Path EXAMPLE = docs().resolve("examples").resolve("lich-nghi-2026.json");

  @Test
  @DisplayName("Tệp ví dụ trong docs/calendar.md đúng là docs/examples/lich-nghi-2026.json")
  void theDocumentQuotesTheExampleFile() throws IOException {
    String doc = Files.readString(docs().resolve("calendar.md"), StandardCharsets.UTF_8);
    String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8).strip();
    assertTrue(doc.contains("```json\n" + example + "\n```"), "docs/calendar.md does not quote " + EXAMPLE);
  }

  @Test
  @DisplayName("Tệp ví dụ cho đúng những ngày nghỉ, ngày làm bù và văn bản của năm 2026 có sẵn")
  void theExampleGivesTheBundled2026() {
    YearSchedule example = WorkingCalendar.builder().withoutBundledSchedules().withSchedules(EXAMPLE).build()
        .schedule(2026);
    YearSchedule bundled = WorkingCalendar.standard().schedule(2026);
    assertEquals(ScheduleStatus.OFFICIAL, example.status());
    assertEquals(bundled.daysOff(), example.daysOff());
    assertEquals(bundled.makeUpWorkingDays(), example.makeUpWorkingDays());
    assertEquals(bundled.statutoryDays(), example.statutoryDays());
    assertEquals(bundled.notices().stream().map(Notice::number).toList(),
        example.notices().stream().map(Notice::number).toList());
    assertEquals(bundled.notices().stream().map(Notice::date).toList(),
        example.notices().stream().map(Notice::date).toList());
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
      assertEquals(bundled.noticeFor(d).map(Notice::number), example.noticeFor(d).map(Notice::number), d.toString());
    }
  }
}
