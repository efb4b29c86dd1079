package io.github.cchc.cli;

import io.github.cchc.core.calendar.DayOffReason;
import io.github.cchc.core.calendar.Notice;
import io.github.cchc.core.calendar.ScheduleStatus;
import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.calendar.YearSchedule;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code calendar holidays YEAR}: the days off and make-up working days of a year, and where they come from: the
 * notices of an official year (each day with the notice that fixed it, or the Labour Code), or the statute for a
 * computed year.
 */
@Command(
    name = "holidays",
    mixinStandardHelpOptions = true,
    header = "Ngày nghỉ lễ của một năm. Holidays of a year.",
    description = "Các ngày nghỉ lễ, nghỉ bù và ngày làm bù của một năm, và nguồn của chúng: văn bản công bố lịch "
        + "nghỉ, hay tính theo Bộ luật Lao động khi chưa có. The holidays, compensatory and swapped days off and "
        + "make-up working days of a year, and their source: the published notices, or the Labour Code when there "
        + "are none.",
    footer = {"", "Example:", "  cchc calendar holidays 2026 --lang en",
        "  cchc calendar holidays 2027 --calendar lich-nghi-2027.json"})
final class CalendarHolidaysCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "YEAR", description = "The year.")
  int year;

  @Mixin
  CalendarOption calendarOption = new CalendarOption();

  @Override
  public Integer call() {
    WorkingCalendar calendar = calendarOption.calendar();
    YearSchedule schedule = calendar.schedule(year);
    if (json()) {
      printJson(json(schedule));
    } else {
      printText(schedule);
    }
    return ExitCodes.OK;
  }

  private Map<String, Object> json(YearSchedule schedule) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("year", year);
    json.put("status", schedule.status().name());
    json.put("source", schedule.source().orElse(null));
    List<Map<String, Object>> notices = new ArrayList<>();
    for (Notice n : schedule.notices()) {
      Map<String, Object> notice = new LinkedHashMap<>();
      notice.put("number", n.number());
      notice.put("date", n.date().map(LocalDate::toString).orElse(null));
      notice.put("issuer", n.issuer());
      notice.put("subject", n.subject());
      notices.add(notice);
    }
    json.put("notices", notices);
    List<Map<String, Object>> days = new ArrayList<>();
    for (Map.Entry<LocalDate, DayOffReason> d : schedule.daysOff().entrySet()) {
      Map<String, Object> day = new LinkedHashMap<>();
      day.put("date", d.getKey().toString());
      day.put("reason", d.getValue().name());
      day.put("label", DayOffLabels.label(d.getValue(), lang()));
      day.put("notice", schedule.noticeFor(d.getKey()).map(Notice::number).orElse(null));
      day.put("statutory", schedule.statutoryDays().contains(d.getKey()));
      days.add(day);
    }
    json.put("daysOff", days);
    json.put("makeUpWorkingDays", schedule.makeUpWorkingDays().stream().map(LocalDate::toString).toList());
    Map<String, Object> makeUpNotices = new LinkedHashMap<>();
    for (LocalDate d : schedule.makeUpWorkingDays()) {
      schedule.noticeFor(d).ifPresent(n -> makeUpNotices.put(d.toString(), n.number()));
    }
    json.put("makeUpWorkingDayNotices", makeUpNotices);
    return json;
  }

  private void printText(YearSchedule schedule) {
    boolean official = schedule.status() == ScheduleStatus.OFFICIAL;
    out().println(t("Năm ", "Year ") + year + ": " + CalendarOption.statusLabel(schedule.status(), lang()));
    if (official) {
      schedule.source().ifPresent(s -> out().println(t("Nguồn: ", "Source: ") + s));
      for (Notice n : schedule.notices()) {
        out().println(t("Văn bản: ", "Notice: ") + n + (n.subject().isEmpty() ? "" : ": " + n.subject()));
      }
    } else {
      out().println(t(
          "Chưa có thông báo chính thức cho năm " + year + ": các ngày dưới đây được tính theo Bộ luật Lao động "
              + "2019 (Điều 111, 112) và có thể khác lịch Chính phủ công bố.",
          "No official notice for " + year + ": the days below are computed from the Labour Code 2019 (Articles 111 "
              + "and 112) and may differ from the schedule the Government announces."));
    }
    int width = schedule.daysOff().values().stream()
        .mapToInt(r -> DayOffLabels.label(r, lang()).length()).max().orElse(0);
    for (Map.Entry<LocalDate, DayOffReason> d : schedule.daysOff().entrySet()) {
      String label = DayOffLabels.label(d.getValue(), lang());
      String from = official ? origin(schedule, d.getKey()).map(o -> "  " + padRight(label, width) + "  " + o)
          .orElse("  " + label) : "  " + label;
      out().println("  " + d.getKey() + "  " + padRight(weekday(d.getKey()), 8) + from);
    }
    if (!schedule.makeUpWorkingDays().isEmpty()) {
      out().println(t("Ngày làm bù:", "Make-up working days:"));
      for (LocalDate d : schedule.makeUpWorkingDays()) {
        out().println("  " + d + "  " + padRight(weekday(d), 8)
            + schedule.noticeFor(d).map(n -> "  " + n.number()).orElse(""));
      }
    }
  }

  /** The notice that fixed a day, or the Labour Code; empty when the file says neither. */
  private Optional<String> origin(YearSchedule schedule, LocalDate day) {
    Optional<String> notice = schedule.noticeFor(day).map(Notice::number);
    if (notice.isPresent()) {
      return notice;
    }
    return schedule.statutoryDays().contains(day)
        ? Optional.of(t("theo Bộ luật Lao động", "Labour Code")) : Optional.empty();
  }

  private String weekday(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, lang().locale());
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
