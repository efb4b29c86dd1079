package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the calendar's days come from, as the CLI states it: official with its notices, or computed with a warning. */
class CalendarProvenanceCommandTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @TempDir Path dir;

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.strip().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting with " + start + " in\n" + text));
  }

  @Test
  @DisplayName("holidays 2026: lịch chính thức, nguồn 9441/TB-BNV và 12729/VPCP-KGVX, mỗi ngày kèm văn bản")
  void holidays2026NamesItsNoticesPerDay() {
    Run run = Run.of("calendar", "holidays", "2026");
    assertEquals(0, run.exitCode(), run::toString);
    String out = run.out();
    assertTrue(out.startsWith("Năm 2026: Lịch nghỉ chính thức\nNguồn: Thông báo 9441/TB-BNV ngày 16/10/2025"), out);
    assertTrue(out.contains("\nVăn bản: 9441/TB-BNV ngày 16/10/2025, Bộ Nội vụ: "), out);
    assertTrue(out.contains("\nVăn bản: 12729/VPCP-KGVX ngày 25/12/2025, Văn phòng Chính phủ: "), out);
    assertTrue(line(out, "2026-01-02").contains("Nghỉ hoán đổi"), out);
    assertTrue(line(out, "2026-01-02").endsWith("12729/VPCP-KGVX"), out);
    assertTrue(line(out, "2026-08-31").endsWith("9441/TB-BNV"), out);
    assertTrue(line(out, "2026-04-27").endsWith("theo Bộ luật Lao động"), out);
    assertTrue(out.contains("Ngày làm bù:\n"), out);
    assertTrue(line(out, "2026-01-10").endsWith("12729/VPCP-KGVX"), out);
    assertTrue(line(out, "2026-08-22").endsWith("9441/TB-BNV"), out);
    assertEquals("", run.err());
  }

  @Test
  @DisplayName("holidays 2027: tính theo Bộ luật Lao động, nói rõ chưa có thông báo, bằng tiếng Việt hoặc tiếng Anh")
  void holidays2027SaysItIsComputed() {
    Run vi = Run.of("calendar", "holidays", "2027");
    assertTrue(vi.out().startsWith("Năm 2027: Tính theo Bộ luật Lao động 2019\n"
        + "Chưa có thông báo chính thức cho năm 2027: các ngày dưới đây được tính theo Bộ luật Lao động 2019"), vi::toString);
    assertFalse(vi.out().contains("Nguồn:"), vi::toString);
    assertTrue(line(vi.out(), "2027-02-05").endsWith("Tết Nguyên đán"), vi::toString);
    Run en = Run.of("calendar", "holidays", "2027", "--lang", "en");
    assertTrue(en.out().startsWith("Year 2027: computed from the Labour Code 2019\nNo official notice for 2027: "),
        en::toString);
    assertTrue(en.out().contains("may differ from the schedule the Government announces"), en::toString);
    Run official = Run.of("calendar", "holidays", "2026", "--lang", "en");
    assertTrue(official.out().startsWith("Year 2026: official schedule\nSource: Thông báo 9441/TB-BNV"), official::toString);
    assertTrue(line(official.out(), "2026-04-27").endsWith("Labour Code"), official::toString);
  }

  @Test
  void holidaysJsonGivesTheNoticesAndTheSourceOfEachDay() {
    JsonNode json = Run.of("calendar", "holidays", "2026", "--format", "json").json();
    assertEquals("OFFICIAL", json.get("status").asText());
    assertTrue(json.get("source").asText().startsWith("Thông báo 9441/TB-BNV"));
    JsonNode notice = json.get("notices").get(0);
    assertEquals("9441/TB-BNV", notice.get("number").asText());
    assertEquals("2025-10-16", notice.get("date").asText());
    assertEquals("Bộ Nội vụ", notice.get("issuer").asText());
    assertEquals("12729/VPCP-KGVX", json.get("notices").get(1).get("number").asText());
    JsonNode swapped = day(json, "2026-08-31");
    assertEquals("SWAPPED", swapped.get("reason").asText());
    assertEquals("9441/TB-BNV", swapped.get("notice").asText());
    assertFalse(swapped.get("statutory").asBoolean());
    JsonNode compensatory = day(json, "2026-04-27");
    assertTrue(compensatory.get("notice").isNull());
    assertTrue(compensatory.get("statutory").asBoolean());
    assertEquals("2026-01-10", json.get("makeUpWorkingDays").get(0).asText());
    assertEquals("2026-08-22", json.get("makeUpWorkingDays").get(1).asText());
    assertEquals("12729/VPCP-KGVX", json.get("makeUpWorkingDayNotices").get("2026-01-10").asText());
    assertEquals("9441/TB-BNV", json.get("makeUpWorkingDayNotices").get("2026-08-22").asText());

    JsonNode computed = Run.of("calendar", "holidays", "2027", "--format", "json").json();
    assertEquals("COMPUTED", computed.get("status").asText());
    assertTrue(computed.get("source").isNull());
    assertEquals(0, computed.get("notices").size());
    for (JsonNode d : computed.get("daysOff")) {
      assertTrue(d.get("statutory").asBoolean(), d::toString);
      assertTrue(d.get("notice").isNull(), d::toString);
    }
  }

  private static JsonNode day(JsonNode holidays, String date) {
    for (JsonNode d : holidays.get("daysOff")) {
      if (d.get("date").asText().equals(date)) {
        return d;
      }
    }
    throw new AssertionError(date + " is not listed");
  }

  @Test
  @DisplayName("Cộng 5 ngày làm việc từ 28/12/2026 sang năm 2027 chưa có lịch: kết quả và một dòng cảnh báo trên stderr")
  void addWorkingDaysIntoAComputedYearWarns() {
    Run run = Run.of("calendar", "add-working-days", "2026-12-28", "5");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("2027-01-05\n", run.out());
    assertEquals("cchc: Cảnh báo: năm 2027 chưa có lịch nghỉ chính thức; ngày làm việc của năm đó được tính theo Bộ "
        + "luật Lao động 2019 và có thể khác lịch Chính phủ công bố (bổ sung lịch bằng --calendar FILE, xem "
        + "docs/calendar.md)\n", run.err());
    Run en = Run.of("calendar", "add-working-days", "2026-12-28", "5", "--lang", "en");
    assertEquals("2027-01-05\n", en.out());
    assertEquals(1, en.err().lines().count(), en::toString);
    assertTrue(en.err().startsWith("cchc: Warning: 2027 has no official schedule; its working days are computed from "
        + "the Labour Code 2019"), en::toString);
    JsonNode json = Run.of("calendar", "add-working-days", "2026-12-28", "5", "--format", "json").json();
    assertEquals(List.of(2027), List.of(json.get("computedYears").get(0).asInt()));
    assertEquals(1, json.get("computedYears").size());
  }

  @Test
  void countingBackIntoAComputedYearWarnsToo() {
    Run run = Run.of("calendar", "add-working-days", "2020-01-03", "-5", "--lang", "en");
    assertEquals("2019-12-26\n", run.out(), run::toString);
    assertTrue(run.err().startsWith("cchc: Warning: 2019 has no official schedule"), run::toString);
  }

  @Test
  void aCountAcrossSeveralComputedYearsNamesThemAll() {
    Run run = Run.of("calendar", "add-working-days", "2027-12-20", "20");
    assertTrue(run.err().startsWith("cchc: Cảnh báo: các năm 2027, 2028 chưa có lịch nghỉ chính thức; ngày làm việc "
        + "của các năm đó"), run::toString);
    Run en = Run.of("calendar", "add-working-days", "2027-12-20", "20", "--lang", "en");
    assertTrue(en.err().startsWith("cchc: Warning: 2027, 2028 have no official schedule; their working days"),
        en::toString);
    assertTrue(en.err().endsWith("(add them with --calendar FILE, see docs/calendar.md)\n"), en::toString);
  }

  @Test
  @DisplayName("Trong năm 2026 chính thức: không cảnh báo, và thứ Sáu 02/01/2026 được nghỉ theo 12729/VPCP-KGVX")
  void addWorkingDaysWithinOfficialYearsIsSilentAndUsesTheSwaps() {
    Run run = Run.of("calendar", "add-working-days", "2026-01-01", "5");
    assertEquals("2026-01-09\n", run.out(), run::toString);
    assertEquals("", run.err());
    JsonNode json = Run.of("calendar", "add-working-days", "2026-01-01", "5", "--format", "json").json();
    assertEquals(0, json.get("computedYears").size());
    // Saturday 22/08/2026 is worked in exchange for Monday 31/08.
    assertEquals("2026-08-24\n", Run.of("calendar", "add-working-days", "2026-08-21", "2").out());
    assertEquals("2026-09-03\n", Run.of("calendar", "add-working-days", "2026-08-28", "1").out());
  }

  @Test
  @DisplayName("Thêm lịch 2027 bằng --calendar: năm đó thành chính thức và hết cảnh báo")
  void aUserFileFor2027StopsTheWarning() throws IOException {
    Path file = dir.resolve("lich-nghi-2027.json");
    Files.writeString(file, """
        {"format": "cchc-working-days", "version": 1, "years": [
          {"year": 2027, "source": "Thông báo ví dụ 1/TB-VD",
           "notices": [{"number": "1/TB-VD", "date": "2026-10-01", "issuer": "Cơ quan ví dụ"}],
           "daysOff": [{"date": "2027-01-01", "reason": "NEW_YEAR", "statutory": true},
                       {"date": "2027-01-04", "reason": "OTHER"}]}]}
        """, StandardCharsets.UTF_8);
    Run run = Run.of("calendar", "add-working-days", "2026-12-28", "5", "--calendar", file.toString());
    assertEquals("2027-01-06\n", run.out(), run::toString);
    assertEquals("", run.err());
    Run holidays = Run.of("calendar", "holidays", "2027", "--calendar", file.toString());
    assertTrue(holidays.out().startsWith("Năm 2027: Lịch nghỉ chính thức\nNguồn: Thông báo ví dụ 1/TB-VD\n"
        + "Văn bản: 1/TB-VD ngày 01/10/2026, Cơ quan ví dụ\n"), holidays::toString);
    assertTrue(line(holidays.out(), "2027-01-04").endsWith("1/TB-VD"), holidays::toString);
  }

  @Test
  @DisplayName("Xếp lịch kiểm tra Quý I/2027 cảnh báo năm tính theo luật; Quý II–III/2024 thì không")
  void theSchedulerWarnsAboutAComputedYear() throws IOException {
    String plan = Files.readString(EXAMPLES.resolve("dong-thap-2024-inspection-plan.json"), StandardCharsets.UTF_8)
        .replace("\"year\": 2024", "\"year\": 2027")
        .replace("\"quarters\": [\"2024Q2\", \"2024Q3\"]", "\"quarters\": [\"2027Q1\", \"2027Q2\"]");
    Path file = dir.resolve("ke-hoach-2027.json");
    Files.writeString(file, plan, StandardCharsets.UTF_8);
    String org = EXAMPLES.resolve("org-dong-thap-2024.json").toString();
    Run run = Run.of("schedule", file.toString(), "--org", org, "--teams", "2", "--days", "2", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.json().get("visits").size() > 0, run::toString);
    assertTrue(run.err().startsWith("cchc: Cảnh báo: năm 2027 chưa có lịch nghỉ chính thức"), run::toString);
    Run y2024 = Run.of("schedule", EXAMPLES.resolve("dong-thap-2024-inspection-plan.json").toString(), "--org", org,
        "--teams", "2", "--days", "2", "--format", "json");
    assertEquals(0, y2024.exitCode(), y2024::toString);
    assertFalse(y2024.err().contains("Cảnh báo"), y2024::toString);
  }
}
