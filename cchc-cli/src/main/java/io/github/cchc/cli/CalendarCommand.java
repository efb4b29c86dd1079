package io.github.cchc.cli;

import picocli.CommandLine.Command;

/** The {@code calendar} group: lunar dates and the working-day calendar. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    header = "Âm lịch và ngày làm việc. Lunar dates and working days.",
    description = "Âm lịch và lịch ngày làm việc. Lunar dates and working days.",
    subcommands = {
      CalendarToLunarCommand.class,
      CalendarToSolarCommand.class,
      CalendarIsWorkingDayCommand.class,
      CalendarAddWorkingDaysCommand.class,
      CalendarHolidaysCommand.class
    },
    footer = {"", "Example:", "  cchc calendar to-lunar 2007-02-17 --format json"})
final class CalendarCommand {}
