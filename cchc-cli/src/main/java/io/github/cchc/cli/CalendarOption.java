package io.github.cchc.cli;

import io.github.cchc.core.calendar.ScheduleStatus;
import io.github.cchc.core.calendar.WorkingCalendar;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The {@code --calendar FILE} option: yearly schedules that add to or replace the bundled ones; and the words the
 * commands use for where a year's days come from.
 */
final class CalendarOption {

  @Option(
      names = "--calendar",
      paramLabel = "FILE",
      description = "A JSON file of yearly schedules (docs/calendar.md) that adds or replaces years, such as next "
          + "year's schedule from its notice.")
  Optional<Path> file = Optional.empty();

  WorkingCalendar calendar() {
    return file.map(f -> CliCommand.read(f, p -> WorkingCalendar.builder().withSchedules(p).build()))
        .orElseGet(WorkingCalendar::standard);
  }

  /** The status of a year in words, such as "Lịch nghỉ chính thức". */
  static String statusLabel(ScheduleStatus status, Lang lang) {
    return lang == Lang.VI ? status.label()
        : status == ScheduleStatus.OFFICIAL ? "official schedule" : "computed from the Labour Code 2019";
  }

  /**
   * The warning for working days counted across years without a published schedule, without the program name; empty
   * when there are none.
   */
  static Optional<String> computedWarning(List<Integer> years, Lang lang) {
    if (years.isEmpty()) {
      return Optional.empty();
    }
    String list = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    boolean one = years.size() == 1;
    return Optional.of(lang.pick(
        "Cảnh báo: " + (one ? "năm " : "các năm ") + list + " chưa có lịch nghỉ chính thức; ngày làm việc của "
            + (one ? "năm" : "các năm") + " đó được tính theo Bộ luật Lao động 2019 và có thể khác lịch Chính phủ "
            + "công bố (bổ sung lịch bằng --calendar FILE, xem docs/calendar.md)",
        "Warning: " + list + (one ? " has" : " have") + " no official schedule; " + (one ? "its" : "their")
            + " working days are computed from the Labour Code 2019 and may differ from the schedule the Government "
            + "announces (add " + (one ? "it" : "them") + " with --calendar FILE, see docs/calendar.md)"));
  }
}
