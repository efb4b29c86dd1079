package io.github.cchc.cli;

import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.Pick;
import io.github.cchc.core.coverage.RuleConflict;
import io.github.cchc.core.coverage.RuleResult;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.schedule.ScheduleProblem;
import io.github.cchc.core.schedule.Visit;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON trees and text lines of the model's results, shared by the commands and the demo, so that the same result
 * reads the same everywhere. Field names are documented in {@code docs/cli.md}.
 */
final class Views {

  private Views() {}

  static Map<String, Object> finding(Finding f) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("severity", f.severity().name());
    json.put("path", f.path());
    json.put("ruleId", f.ruleId());
    json.put("messageVi", f.messageVi());
    json.put("messageEn", f.messageEn());
    return json;
  }

  static List<Map<String, Object>> findings(List<Finding> findings) {
    return findings.stream().map(Views::finding).toList();
  }

  static String findingLine(Finding f, Lang lang) {
    String severity = lang == Lang.VI ? f.severity().label() : english(f.severity());
    return severity + (f.path().isEmpty() ? "" : " " + f.path()) + " [" + f.ruleId() + "]: "
        + f.message(lang.locale());
  }

  private static String english(Severity s) {
    return switch (s) {
      case ERROR -> "Error";
      case WARNING -> "Warning";
      case INFO -> "Info";
    };
  }

  static Map<String, Object> verdict(CoverageVerdict verdict) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("satisfied", verdict.satisfied());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleResult r : verdict.rules()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("rule", r.ruleName());
      rule.put("index", r.index());
      rule.put("satisfied", r.satisfied());
      rule.put("population", r.population());
      rule.put("required", r.required());
      rule.put("actual", r.actual());
      rule.put("missing", r.missing());
      rule.put("excess", r.excess());
      rule.put("messageVi", r.messageVi());
      rule.put("messageEn", r.messageEn());
      rules.add(rule);
    }
    json.put("rules", rules);
    json.put("findings", findings(verdict.findings()));
    return json;
  }

  static void printVerdict(PrintWriter out, CoverageVerdict verdict, Lang lang) {
    for (RuleResult r : verdict.rules()) {
      out.println(String.format("  %d. %-12s %s  %s", r.index() + 1, r.ruleName(),
          r.satisfied() ? lang.pick("[đạt]      ", "[met]    ") : lang.pick("[không đạt]", "[not met]"),
          lang.pick(r.messageVi(), r.messageEn())));
    }
    for (Finding f : verdict.findings()) {
      out.println("  " + findingLine(f, lang));
    }
    out.println(lang.pick("Kết luận: ", "Verdict: ") + (verdict.satisfied()
        ? lang.pick("ĐẠT mọi quy tắc", "every rule is met")
        : lang.pick("KHÔNG ĐẠT", "NOT met") + " (" + verdict.unsatisfied().size() + "/" + verdict.rules().size()
            + lang.pick(" quy tắc không đạt)", " rules not met)")));
  }

  static Map<String, Object> target(InspectionTarget t, OrgDirectory directory) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("unit", t.unit());
    json.put("name", nameOf(t.unit(), directory));
    json.put("form", t.form().name());
    json.put("subordinates", t.subordinates());
    return json;
  }

  static Map<String, Object> pick(Pick p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("unit", p.unit());
    json.put("subordinateOf", p.subordinateOf().orElse(null));
    json.put("rules", p.rules());
    json.put("priority", p.priority());
    json.put("reasonVi", p.reasonVi());
    json.put("reasonEn", p.reasonEn());
    return json;
  }

  static Map<String, Object> conflict(RuleConflict c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rules", c.rules());
    json.put("units", c.units());
    json.put("messageVi", c.messageVi());
    json.put("messageEn", c.messageEn());
    return json;
  }

  static Map<String, Object> visit(Visit v, OrgDirectory directory) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("unit", v.unit());
    json.put("name", nameOf(v.unit(), directory));
    json.put("subordinates", v.subordinates());
    json.put("form", v.form().name());
    json.put("subTeam", v.subTeam());
    json.put("start", v.start().toString());
    json.put("end", v.end().toString());
    json.put("workingDays", v.workingDays());
    json.put("noticeDate", v.noticeDate().map(LocalDate::toString).orElse(null));
    json.put("reportDue", v.reportDue().map(LocalDate::toString).orElse(null));
    return json;
  }

  static Map<String, Object> problem(ScheduleProblem p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("units", p.units());
    json.put("messageVi", p.messageVi());
    json.put("messageEn", p.messageEn());
    return json;
  }

  /** The unit's name, or null when there is no directory or it does not hold the unit. */
  static String nameOf(String unit, OrgDirectory directory) {
    return directory.unit(unit).map(u -> u.name()).orElse(null);
  }

  static String label(String unit, OrgDirectory directory) {
    return Optional.ofNullable(nameOf(unit, directory)).map(n -> unit + " " + n).orElse(unit);
  }
}
