package io.github.cchc.cli;

import io.github.cchc.core.calendar.NonWorkingDay;
import io.github.cchc.core.calendar.ScheduleStatus;
import io.github.cchc.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code calendar holidays YEAR}: the days off and make-up working days of a year. */
@Command(
    name = "holidays",
    mixinStandardHelpOptions = true,
    header = "Ngày nghỉ lễ của một năm. Holidays of a year.",
    description = "Các ngày nghỉ lễ, nghỉ bù và ngày làm bù của một năm. The holidays, compensatory and swapped days "
        + "off and make-up working days of a year.",
    footer = {"", "Example:", "  cchc calendar holidays 2025 --calendar lich-nghi-2025.json --lang en"})
final class CalendarHolidaysCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "YEAR", description = "The year.")
  int year;

  @Mixin
  CalendarOption calendarOption = new CalendarOption();

  @Override
  public Integer call() {
    WorkingCalendar calendar = calendarOption.calendar();
    List<NonWorkingDay> daysOff = calendar.holidays(year);
    List<LocalDate> makeUp = calendar.makeUpWorkingDays(year);
    ScheduleStatus status = calendar.status(year);
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("year", year);
      json.put("status", status.name());
      List<Map<String, Object>> days = new ArrayList<>();
      for (NonWorkingDay d : daysOff) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("date", d.date().toString());
        day.put("reason", d.reason().name());
        day.put("label", DayOffLabels.label(d.reason(), lang()));
        days.add(day);
      }
      json.put("daysOff", days);
      json.put("makeUpWorkingDays", makeUp.stream().map(LocalDate::toString).toList());
      printJson(json);
      return ExitCodes.OK;
    }
    out().println(t("Năm ", "Year ") + year + ": "
        + (lang() == Lang.VI ? status.label()
            : status == ScheduleStatus.OFFICIAL ? "official schedule" : "computed from the Labour Code 2019"));
    for (NonWorkingDay d : daysOff) {
      out().println("  " + d.date() + "  " + padRight(weekday(d.date()), 8) + "  "
          + DayOffLabels.label(d.reason(), lang()));
    }
    if (!makeUp.isEmpty()) {
      out().println(t("Ngày làm bù:", "Make-up working days:"));
      for (LocalDate d : makeUp) {
        out().println("  " + d + "  " + weekday(d));
      }
    }
    return ExitCodes.OK;
  }

  private String weekday(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, lang().locale());
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
