package io.github.cchc.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/** The options of every {@code report} command: the file format, the output file, the language and debug. */
final class ReportOutputOptions {

  @Option(names = "--format", paramLabel = "md|html|csv|xlsx|json",
      description = "File format; without it the output file's extension decides (.md, .html, .csv, .xlsx, .json), "
          + "and html when it has none of these. CSV writes one file per table.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
  Path output;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "Language of the report: vi (default) or en.")
  Lang lang = Lang.VI;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;

  /**
   * The format to write: {@code --format} when given, else the one the output file's extension names, else HTML.
   *
   * @param cli the command line, for the usage error
   * @return the format
   * @throws ParameterException if {@code --format} and the file's extension name different formats
   */
  ReportFormat resolve(CommandLine cli) {
    if (output.toString().isBlank()) {
      throw new ParameterException(cli, lang.pick("-o: tên tệp ra trống", "-o: the output file name is empty"));
    }
    Path name = output.getFileName();
    Optional<ReportFormat> byName = ReportFormat.ofFileName(name == null ? "" : name.toString());
    if (format == null) {
      return byName.orElse(ReportFormat.HTML);
    }
    if (byName.isPresent() && byName.get() != format) {
      throw new ParameterException(cli, lang.pick(
          "--format " + format.extension() + " không khớp với đuôi tệp của -o " + shown(name)
              + " (." + byName.get().extension() + "); bỏ --format hoặc đổi tên tệp",
          "--format " + format.extension() + " contradicts the extension of -o " + shown(name)
              + " (." + byName.get().extension() + "); drop --format or rename the file"));
    }
    return format;
  }

  /** A file name as an error line shows it: quoted, control characters made visible as '?'. */
  private static String shown(Path name) {
    return "'" + name.toString().replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
