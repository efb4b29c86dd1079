package io.github.cchc.cli;

import io.github.cchc.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code calendar add-working-days DATE N}: the N-th working day after a date. */
@Command(
    name = "add-working-days",
    mixinStandardHelpOptions = true,
    header = "Cộng ngày làm việc. Add working days.",
    description = "Ngày làm việc thứ N sau DATE (N âm: trước DATE); cảnh báo trên stderr khi đi qua một năm chưa có "
        + "lịch nghỉ chính thức. The N-th working day strictly after DATE (before it for negative N); warns on stderr "
        + "when the count crosses a year without an official schedule.",
    footer = {"", "Example:", "  cchc calendar add-working-days 2024-02-05 5", "  2024-02-19"})
final class CalendarAddWorkingDaysCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "DATE", description = "The start day, YYYY-MM-DD.")
  LocalDate date;

  @Parameters(index = "1", paramLabel = "N", description = "The number of working days; negative goes back.")
  int days;

  @Mixin
  CalendarOption calendarOption = new CalendarOption();

  @Override
  public Integer call() {
    WorkingCalendar calendar = calendarOption.calendar();
    LocalDate result = calendar.addWorkingDays(date, days);
    List<Integer> computed = calendar.computedYears(date, result);
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("date", date.toString());
      json.put("workingDays", days);
      json.put("result", result.toString());
      json.put("computedYears", computed);
      printJson(json);
    } else {
      out().println(result);
    }
    CalendarOption.computedWarning(computed, lang()).ifPresent(w -> err().println("cchc: " + w));
    return ExitCodes.OK;
  }
}
