package io.github.cchc.cli;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.json.PlanJson;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate PLAN.json}: checks an annual CCHC plan against its own rules. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Kiểm tra kế hoạch CCHC năm. Check an annual reform plan.",
    description = "Kiểm tra kế hoạch CCHC năm theo các quy tắc của chính kế hoạch. Checks an annual CCHC plan: "
        + "issued by 31 January, direction and all six areas covered, every task with an output, a timeframe and a "
        + "lead agency, task numbers (STT) present and unique. Exit code 1 when a rule is broken.",
    footer = {"", "Example:", "  cchc validate docs/examples/thai-binh-2024-plan.json --lang en"})
final class ValidateCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan (docs/formats.md).")
  Path planFile;

  @Option(names = "--org", paramLabel = "ORG.json",
      description = "An organisation directory; lead and coordinating unit ids are then checked against it.")
  Optional<Path> orgFile = Optional.empty();

  @Override
  public Integer call() {
    Plan plan = read(planFile, PlanJson::read);
    List<Finding> findings = orgFile
        .map(f -> PlanValidator.validate(plan, read(f, OrgDirectoryJson::read)))
        .orElseGet(() -> PlanValidator.validate(plan));
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    boolean valid = errors == 0;
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("file", planFile.toString());
      json.put("year", plan.year());
      json.put("tasks", plan.tasks().size());
      json.put("valid", valid);
      json.put("errors", errors);
      json.put("warnings", warnings);
      json.put("findings", Views.findings(findings));
      printJson(json);
    } else {
      out().println(planFile + ": " + plan.tasks().size() + t(" nhiệm vụ, năm ", " tasks, year ") + plan.year());
      for (Finding f : findings) {
        out().println("  " + Views.findingLine(f, lang()));
      }
      out().println((valid ? t("HỢP LỆ", "VALID") : t("KHÔNG HỢP LỆ", "INVALID")) + ": " + errors
          + t(" lỗi, ", " errors, ") + warnings + t(" cảnh báo", " warnings"));
    }
    return valid ? ExitCodes.OK : ExitCodes.RULE_BROKEN;
  }
}
