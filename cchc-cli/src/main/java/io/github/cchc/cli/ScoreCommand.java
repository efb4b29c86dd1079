package io.github.cchc.cli;

import io.github.cchc.core.error.LocalizedError;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.scoring.json.BuiltInScorecard;
import io.github.cchc.scoring.json.ScorecardJson;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code score SCORECARD.json ASSESSMENTS.json}: scores, bands and the ranking of the assessed units. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    header = "Chấm điểm và xếp hạng. Score and rank units.",
    description = "Chấm điểm, xếp loại và xếp hạng các đơn vị theo bộ tiêu chí. Scores each unit's assessment on a "
        + "scorecard (appraised points win over self-assessed ones), classifies and ranks them (ties share a rank), "
        + "with the change from an earlier year. SCORECARD may be a file or builtin:766, builtin:example-department, "
        + "builtin:example-commune.",
    footer = {"", "Example:", "  cchc score builtin:example-department tu-danh-gia-2024.json "
        + "--previous tu-danh-gia-2023.json"})
final class ScoreCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "SCORECARD.json", description = "The scorecard, or builtin:NAME.")
  String scorecardArg;

  @Parameters(index = "1", paramLabel = "ASSESSMENTS.json", description = "The assessments (docs/scorecards.md).")
  Path assessmentsFile;

  @Option(names = "--previous", paramLabel = "ASSESSMENTS.json",
      description = "The assessments of an earlier period, for the change per unit.")
  Optional<Path> previousFile = Optional.empty();

  @Override
  public Integer call() {
    Scorecard scorecard = scorecard();
    List<ScoreResult> results = scoreAll(scorecard, assessmentsFile);
    List<ScoreResult> previous = previousFile.map(f -> scoreAll(scorecard, f)).orElse(List.of());
    Ranking ranking = rank(results, previous, assessmentsFile, previousFile);
    List<Finding> findings = results.stream().flatMap(r -> r.findings().stream()).toList();
    if (json()) {
      printJson(json(scorecard, ranking, findings));
    } else {
      printText(scorecard, ranking, findings);
    }
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ExitCodes.RULE_BROKEN : ExitCodes.OK;
  }

  private Scorecard scorecard() {
    if (scorecardArg.startsWith("builtin:")) {
      String name = scorecardArg.substring("builtin:".length());
      return builtIn(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
          t("không có bộ tiêu chí có sẵn '", "no built-in scorecard '") + name + "' (766, example-department, "
              + "example-commune)")).load();
    }
    return readScorecard(Path.of(scorecardArg));
  }

  static Optional<BuiltInScorecard> builtIn(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.equals("766")) {
      return Optional.of(BuiltInScorecard.SERVICE_INDEX_766);
    }
    return Arrays.stream(BuiltInScorecard.values())
        .filter(b -> b.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(key))
        .findFirst();
  }

  /**
   * Reads and scores a file's assessments; an assessment the scorecard refuses is named by the file and its JSON path.
   */
  static List<ScoreResult> scoreAll(Scorecard scorecard, Path file) {
    List<Assessment> assessments = read(file, ScorecardJson::readAssessments);
    String prefix = startsWithArray(file) ? "$" : "$.assessments";
    List<ScoreResult> results = new ArrayList<>(assessments.size());
    for (int i = 0; i < assessments.size(); i++) {
      try {
        results.add(scorecard.score(assessments.get(i)));
      } catch (RuntimeException e) {
        if (!(e instanceof LocalizedError le)) {
          throw e;
        }
        String path = prefix + "[" + i + "]: ";
        throw new InputException(file.toString(), 0, 0, path + le.message(Lang.VI.locale()),
            path + le.message(Lang.EN.locale()), e);
      }
    }
    return results;
  }

  /** Ranks results, naming the files when a unit is given twice or the results do not belong together. */
  static Ranking rank(List<ScoreResult> results, List<ScoreResult> previous, Path file, Optional<Path> previousFile) {
    try {
      return Ranking.of(results, previous);
    } catch (ModelRuleException e) {
      String files = file + previousFile.map(p -> ", " + p).orElse("");
      throw new InputException(files, 0, 0, e.message(Lang.VI.locale()), e.message(Lang.EN.locale()), e);
    }
  }

  private static boolean startsWithArray(Path file) {
    try (java.io.Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int c;
      do {
        c = r.read();
      } while (c == 0xFEFF || c >= 0 && Character.isWhitespace(c));
      return c == '[';
    } catch (IOException e) {
      return false;
    }
  }

  static Map<String, Object> json(Scorecard scorecard, Ranking ranking, List<Finding> findings) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scorecard", scorecard.id());
    json.put("name", scorecard.name());
    json.put("example", scorecard.example());
    List<Map<String, Object>> units = new ArrayList<>();
    for (Ranking.Entry e : ranking.entries()) {
      ScoreResult r = e.result();
      Map<String, Object> unit = new LinkedHashMap<>();
      unit.put("rank", e.rank());
      unit.put("unit", r.unitId());
      unit.put("name", r.unitName());
      unit.put("period", r.period().toString());
      unit.put("achieved", r.achieved());
      unit.put("applicableMax", r.applicableMax());
      unit.put("index", r.index());
      unit.put("selfIndex", r.selfIndex());
      unit.put("classification", r.classification().map(c -> c.code()).orElse(null));
      unit.put("change", e.change().map(c -> c.change()).orElse(null));
      Map<String, Object> areas = new LinkedHashMap<>();
      r.areas().forEach(a -> areas.put(a.code(), r.index(a.code()).orElse(null)));
      unit.put("areas", areas);
      units.add(unit);
    }
    json.put("units", units);
    json.put("findings", Views.findings(findings));
    return json;
  }

  private void printText(Scorecard scorecard, Ranking ranking, List<Finding> findings) {
    out().println(scorecard.name() + (scorecard.example() ? t(" (ví dụ)", " (example)") : ""));
    out().println(t("  Hạng  Đơn vị                               Điểm    Chỉ số  Xếp loại  Thay đổi",
        "  Rank  Unit                                Points    Index  Band      Change"));
    for (Ranking.Entry e : ranking.entries()) {
      ScoreResult r = e.result();
      out().println(String.format("  %4d  %-34s %7s %8s  %-8s  %s", e.rank(), r.unitId() + " " + r.unitName(),
          decimal(r.achieved()), decimal(r.index()) + "%", r.classification().map(c -> c.code()).orElse("-"),
          e.change().map(c -> (c.change().signum() > 0 ? "+" : "") + decimal(c.change())).orElse("-")));
    }
    for (Finding f : findings) {
      out().println("  " + Views.findingLine(f, lang()));
    }
  }

  private String decimal(BigDecimal value) {
    String text = value.toPlainString();
    return lang() == Lang.VI ? text.replace('.', ',') : text;
  }
}
