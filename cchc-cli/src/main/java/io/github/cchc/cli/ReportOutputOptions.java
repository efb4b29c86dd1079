package io.github.cchc.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every {@code report} command: the file format, the output file, the language and debug. */
final class ReportOutputOptions {

  @Option(names = "--format", paramLabel = "md|html|csv|xlsx|json", defaultValue = "html",
      description = "File format (default ${DEFAULT-VALUE}). CSV writes one file per table.")
  ReportFormat format = ReportFormat.HTML;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
  Path output;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "Language of the report: vi (default) or en.")
  Lang lang = Lang.VI;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;
}
