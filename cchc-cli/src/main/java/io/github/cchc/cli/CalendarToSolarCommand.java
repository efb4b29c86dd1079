package io.github.cchc.cli;

import io.github.cchc.core.calendar.LunarDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code calendar to-solar YYYY-MM-DD [--leap]}: the solar date of a lunar date. */
@Command(
    name = "to-solar",
    mixinStandardHelpOptions = true,
    header = "Âm lịch sang dương lịch. Lunar to solar date.",
    description = "Đổi ngày âm lịch sang dương lịch. Converts a Vietnamese lunar date to the solar calendar.",
    footer = {"", "Example:", "  cchc calendar to-solar 2023-02-11 --leap", "  2023-04-01"})
final class CalendarToSolarCommand extends StandardCommand {

  private static final Pattern LUNAR = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  @Parameters(index = "0", paramLabel = "YYYY-MM-DD", description = "The lunar year, month and day.")
  String lunarText;

  @Option(names = "--leap", description = "The month is the year's leap (doubled) month.")
  boolean leap;

  @Override
  public Integer call() {
    Matcher m = LUNAR.matcher(lunarText);
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(),
          t("ngày âm lịch không đúng dạng YYYY-MM-DD: '", "lunar date is not YYYY-MM-DD: '") + lunarText + "'");
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    LunarDate lunar = leap ? LunarDate.ofLeapMonth(year, month, day) : LunarDate.of(year, month, day);
    if (json()) {
      printJson(LunarJson.of(lunar));
    } else {
      out().println(lunar.toLocalDate());
    }
    return ExitCodes.OK;
  }
}
