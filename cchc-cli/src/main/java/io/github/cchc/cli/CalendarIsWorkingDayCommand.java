package io.github.cchc.cli;

import io.github.cchc.core.calendar.DayOffReason;
import io.github.cchc.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code calendar is-working-day DATE}: whether civil servants work that day. */
@Command(
    name = "is-working-day",
    mixinStandardHelpOptions = true,
    header = "Có phải ngày làm việc? Is it a working day?",
    description = "Cho biết một ngày có phải ngày làm việc. Tells whether a day is a working day.",
    footer = {"", "Example:", "  cchc calendar is-working-day 2025-04-26", "  true"})
final class CalendarIsWorkingDayCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "DATE", description = "The day, YYYY-MM-DD.")
  LocalDate date;

  @Mixin
  CalendarOption calendarOption = new CalendarOption();

  @Override
  public Integer call() {
    WorkingCalendar calendar = calendarOption.calendar();
    Optional<DayOffReason> reason = calendar.nonWorkingReason(date);
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("date", date.toString());
      json.put("workingDay", reason.isEmpty());
      json.put("reason", reason.map(Enum::name).orElse(null));
      json.put("reasonLabel", reason.map(r -> DayOffLabels.label(r, lang())).orElse(null));
      json.put("status", calendar.status(date.getYear()).name());
      printJson(json);
    } else {
      out().println(reason.isEmpty());
    }
    return ExitCodes.OK;
  }
}
