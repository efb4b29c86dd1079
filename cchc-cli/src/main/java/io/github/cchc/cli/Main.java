package io.github.cchc.cli;

import io.github.cchc.core.text.TextPolicy;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Entry point of the {@code cchc} command-line tool.
 *
 * <p>Output is UTF-8 in Unicode NFC whatever the platform's default charset, under the library's text policy: control
 * characters and bidirectional overrides from a file are shown ({@code ␛}, {@code ␊}, {@code [U+202E]}), not obeyed. Exit codes: {@value ExitCodes#OK} when
 * all is well, {@value ExitCodes#RULE_BROKEN} when the data breaks a rule, {@value ExitCodes#BAD_INPUT} for usage
 * errors and unreadable input, {@value ExitCodes#INTERNAL_ERROR} for a failure of the tool itself, running out of
 * memory included (the line says to give more with {@code -Xmx}). Errors are one line on stderr; {@code --debug}
 * adds the stack trace.
 */
@Command(
    name = "cchc",
    mixinStandardHelpOptions = true,
    version = "cchc 0.1.0-SNAPSHOT",
    description = "Công cụ cải cách hành chính (CCHC): kế hoạch, kiểm tra, lịch, chỉ số, chấm điểm và báo cáo.%n"
        + "Administrative-reform tool: plans, inspection coverage, calendar, indicators, scores and reports.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      CoverageCommand.class,
      ProposeCommand.class,
      ScheduleCommand.class,
      CalendarCommand.class,
      IndicatorsCommand.class,
      ScoreCommand.class,
      ReportCommand.class,
      DemoCommand.class
    },
    footer = {"", "Example:", "  java -jar cchc.jar demo --out demo-output"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything is fine",
      "1:the data breaks a rule (invalid plan, unmet coverage rule, rejected rows)",
      "2:usage error or unreadable input",
      "3:unexpected failure of the tool (see --debug), or out of memory (give more with java -Xmx…)"
    })
public final class Main {

  private Main() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = run(args, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    System.exit(code);
  }

  /**
   * Runs the tool, writing UTF-8 in NFC to the given streams whatever the platform's default charset.
   *
   * @param args the command line
   * @param out where results go
   * @param err where errors and progress go
   * @return the exit code
   */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    PrintWriter outWriter = terminal(out, false);
    PrintWriter errWriter = terminal(err, true);
    try {
      if (lostInLocale(args)) {
        errWriter.println("cchc: " + langOf(args).pick(
            "ngôn ngữ hệ thống không phải UTF-8 (" + System.getProperty("sun.jnu.encoding") + ", như LC_ALL=C) nên "
                + "Java không đọc được chữ ngoài ASCII trong tham số và tên tệp; chạy với LC_ALL=C.UTF-8",
            "the system locale is not UTF-8 (" + System.getProperty("sun.jnu.encoding") + ", as with LC_ALL=C), so "
                + "Java cannot read non-ASCII letters in arguments and file names; run with LC_ALL=C.UTF-8"));
        return ExitCodes.BAD_INPUT;
      }
      return commandLine().setOut(outWriter).setErr(errWriter).execute(args);
    } catch (OutOfMemoryError e) {
      // What the command held is unreachable once the error is out here, so there is memory to say so in one line.
      outWriter.flush();
      Lang lang = langOf(args);
      errWriter.println("cchc: " + lang.pick(
          "hết bộ nhớ của Java (heap); chạy lại với nhiều bộ nhớ hơn, ví dụ java -Xmx4g -jar cchc.jar …",
          "the Java heap ran out of memory; run again with more, for example java -Xmx4g -jar cchc.jar …"));
      if (hasDebug(args)) {
        e.printStackTrace(errWriter);
      }
      return ExitCodes.INTERNAL_ERROR;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static PrintWriter terminal(OutputStream stream, boolean carriageReturns) {
    return new OneLinePrintWriter(
        new NfcWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), carriageReturns));
  }

  /**
   * A print writer whose {@code println(text)} prints one line: a line break inside the text (a name read from a
   * file) is shown as {@code ␊}, so that it cannot forge a line of its own. Multi-line output uses {@code print}.
   */
  private static final class OneLinePrintWriter extends PrintWriter {
    OneLinePrintWriter(java.io.Writer out) {
      super(out, true);
    }

    @Override
    public void println(String x) {
      // Tabs stay: a stack trace under --debug indents with them.
      super.println(x == null ? null : TextPolicy.displayLines(x).replace("\n", "\u240A"));
    }

    @Override
    public void println(Object x) {
      println(String.valueOf(x));
    }
  }

  /**
   * Returns the tool's command line, with its converters and its error handling; set its output with {@link
   * CommandLine#setOut} and {@link CommandLine#setErr} before {@link CommandLine#execute}.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // The tool's own converters say what is wrong in both languages; picocli's name Java types.
    cli.registerConverter(ReportPeriod.class, BadValue::period);
    cli.registerConverter(java.time.LocalDate.class, BadValue::date);
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionExceptionHandler(new FailureHandler());
    return cli;
  }

  /** Prints a usage error as one line and exits with 2. */
  private static final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine cmd = e.getCommandLine();
      Lang lang = langOf(args);
      PrintWriter err = cmd.getErr();
      String help = cmd.getCommandSpec().qualifiedName() + " --help";
      err.println(cmd.getCommandSpec().qualifiedName() + ": " + UsageErrors.describe(e, lang)
          + " (" + lang.pick("xem", "see") + " '" + help + "')");
      if (hasDebug(args)) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
  }

  /** Prints a failure while running a command as one line, naming file, line and column when known. */
  private static final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
      Object command = cmd.getCommand();
      Lang lang = command instanceof CliCommand c ? c.lang() : Lang.VI;
      boolean debug = command instanceof CliCommand c ? c.debug() : false;
      PrintWriter out = cmd.getOut();
      out.flush();
      PrintWriter err = cmd.getErr();
      err.println("cchc: " + ErrorLine.describe(e, lang));
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return ErrorLine.exitCode(e);
    }
  }

  /**
   * Tells whether the arguments lost letters to a locale that is not UTF-8: the JVM decodes the command line and file
   * names in {@code sun.jnu.encoding}, which it takes from the locale (under {@code LC_ALL=C}, ASCII) and which no
   * option can change on JDK 17 ({@code -Dsun.jnu.encoding} and {@code -Dfile.encoding} leave it as it is); a byte it
   * cannot decode has become U+FFFD.
   */
  static boolean lostInLocale(String[] args) {
    if ("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))) {
      return false;
    }
    return Arrays.stream(args).anyMatch(a -> a.indexOf('\uFFFD') >= 0);
  }

  private static Lang langOf(String[] args) {
    List<String> list = Arrays.asList(args);
    int i = list.indexOf("--lang");
    if (list.contains("--lang=en") || i >= 0 && i + 1 < args.length && "en".equalsIgnoreCase(args[i + 1])) {
      return Lang.EN;
    }
    return Lang.VI;
  }

  private static boolean hasDebug(String[] args) {
    return Arrays.asList(args).contains("--debug");
  }
}
