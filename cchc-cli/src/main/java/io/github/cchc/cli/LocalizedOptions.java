package io.github.cchc.cli;

import picocli.CommandLine.Option;

/**
 * The options of a command that writes files in its own formats: {@code --lang} and {@code --debug}, without the
 * text/json {@code --format}.
 */
final class LocalizedOptions {

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      description = "Language of text output and reports: vi (default) or en.",
      defaultValue = "vi")
  Lang lang = Lang.VI;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;
}
