package io.github.cchc.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.json.ScorecardJson;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every command shares: its output streams, language, debug flag, JSON printing and input reading. */
abstract class CliCommand implements Callable<Integer> {

  private static final ObjectWriter JSON = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .writer(new DefaultPrettyPrinter(
              Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  @Spec
  CommandSpec spec;

  /** The language of text output. */
  abstract Lang lang();

  /** Whether errors print their stack trace. */
  abstract boolean debug();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  String t(String vi, String en) {
    return lang().pick(vi, en);
  }

  /** Prints a tree of maps, lists, strings, numbers and booleans as JSON. */
  void printJson(Object tree) {
    PrintWriter out = out();
    try {
      JSON.writeValue(out, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  /** Reads an input file, so that an error names the file even when the reader does not. */
  static <T> T read(Path file, Function<Path, T> reader) {
    try {
      return reader.apply(file);
    } catch (RuntimeException e) {
      throw ErrorLine.withSource(file.toString(), e);
    }
  }

  /**
   * Reads a scorecard file and checks that its derived criteria name indicators of the built-in catalogue, which is
   * the tool's: an unknown id is refused here, naming the file, the place of the id and the nearest known ids, rather
   * than scoring every unit 0 on the criterion.
   */
  static Scorecard readScorecard(Path file) {
    Scorecard card = read(file, ScorecardJson::readScorecard);
    try {
      return card.requireKnownIndicators(IndicatorCatalog.knownIds());
    } catch (UnknownReferenceException e) {
      long line = 0;
      long column = 0;
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf("\"" + e.id() + "\"");
        if (at >= 0) {
          line = text.substring(0, at).lines().count() + (text.substring(0, at).endsWith("\n") ? 1 : 0);
          line = Math.max(1, line);
          column = at - text.lastIndexOf('\n', at - 1);
        }
      } catch (IOException | UncheckedIOException ignored) {
        // The place is a courtesy: the message names the criterion and the id either way.
      }
      throw new InputException(file.toString(), line, column, e.message(Lang.VI.locale()),
          e.message(Lang.EN.locale()), e);
    }
  }

  /** Checks a unit given by an option against the directory: an unknown one is a usage error naming the option. */
  String requireUnit(OrgDirectory directory, String option, String unit) {
    if (directory.unit(unit).isPresent()) {
      return unit;
    }
    UnknownReferenceException e = Errors.unknown(UnknownReferenceException.Kind.UNIT, unit,
        directory.units().stream().map(OrgUnit::id).toList());
    throw new ParameterException(spec.commandLine(), option + ": " + e.message(lang().locale()));
  }
}
