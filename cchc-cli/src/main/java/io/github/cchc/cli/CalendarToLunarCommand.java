package io.github.cchc.cli;

import io.github.cchc.core.calendar.LunarDate;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code calendar to-lunar DATE}: the Vietnamese lunar date of a solar date. */
@Command(
    name = "to-lunar",
    mixinStandardHelpOptions = true,
    header = "Dương lịch sang âm lịch. Solar to lunar date.",
    description = "Đổi ngày dương lịch sang âm lịch (UTC+7). Converts a solar date to the Vietnamese lunar calendar.",
    footer = {"", "Example:", "  cchc calendar to-lunar 2007-02-17 --format json",
      "  {\"solar\": \"2007-02-17\", \"year\": 2007, \"month\": 1, \"day\": 1, \"leap\": false, "
          + "\"yearName\": \"Đinh Hợi\"}"})
final class CalendarToLunarCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "DATE", description = "The solar date, YYYY-MM-DD.")
  LocalDate date;

  @Override
  public Integer call() {
    LunarDate lunar = LunarDate.from(date);
    if (json()) {
      printJson(LunarJson.of(lunar));
    } else {
      out().println(LunarJson.text(lunar, lang()));
    }
    return ExitCodes.OK;
  }
}
