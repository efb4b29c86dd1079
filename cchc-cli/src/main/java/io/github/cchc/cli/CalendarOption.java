package io.github.cchc.cli;

import io.github.cchc.core.calendar.WorkingCalendar;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --calendar FILE} option: yearly schedules that add to or replace the bundled ones. */
final class CalendarOption {

  @Option(
      names = "--calendar",
      paramLabel = "FILE",
      description = "A JSON file of yearly schedules (docs/calendar.md) that adds or replaces years.")
  Optional<Path> file = Optional.empty();

  WorkingCalendar calendar() {
    return file.map(f -> CliCommand.read(f, p -> WorkingCalendar.builder().withSchedules(p).build()))
        .orElseGet(WorkingCalendar::standard);
  }
}
