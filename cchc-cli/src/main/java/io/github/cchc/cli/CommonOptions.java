package io.github.cchc.cli;

import picocli.CommandLine.Option;

/** The options every command has: {@code --format}, {@code --lang} and {@code --debug}. */
final class CommonOptions {

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "Output: text (default) or json.",
      defaultValue = "text")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      description = "Language of text output: vi (default) or en.",
      defaultValue = "vi")
  Lang lang = Lang.VI;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;
}
