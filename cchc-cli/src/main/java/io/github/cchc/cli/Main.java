package io.github.cchc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code cchc} command-line tool. */
@Command(
    name = "cchc",
    mixinStandardHelpOptions = true,
    version = "cchc 0.1.0-SNAPSHOT",
    description = "Công cụ cải cách hành chính: plans, coverage, calendar, indicators, scores and reports.")
public final class Main {

  private Main() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
