package io.github.cchc.cli;

import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.org.OrgDirectory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coverage INSPECTION_PLAN.json --org ORG.json}: checks an inspection plan's targets against its rules. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    header = "Kiểm tra độ bao phủ của kế hoạch kiểm tra. Check inspection coverage.",
    description = "Kiểm tra danh sách đối tượng kiểm tra có đáp ứng các quy tắc bao phủ. Checks an inspection plan's "
        + "targets against its coverage rules, rule by rule. Exit code 1 when a rule is not met.",
    footer = {"", "Example:", "  cchc coverage docs/examples/dong-thap-2024-inspection-plan.json "
        + "--org docs/examples/org-dong-thap-2024.json --format json"})
final class CoverageCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "INSPECTION_PLAN.json", description = "The inspection plan.")
  Path planFile;

  @Mixin
  OrgOption org = new OrgOption();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day at which units must be active; by default the plan's issue date, else 1 January of "
          + "its year.")
  Optional<LocalDate> asOf = Optional.empty();

  @Override
  public Integer call() {
    InspectionPlan plan = read(planFile, InspectionPlanJson::read);
    OrgDirectory directory = org.directory();
    LocalDate date = asOf.orElseGet(() -> defaultAsOf(plan));
    CoverageVerdict verdict = CoverageCheck.check(directory, plan, date);
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("year", plan.year());
      json.put("asOf", date.toString());
      json.put("targets", plan.targets().size());
      json.putAll(Views.verdict(verdict));
      printJson(json);
    } else {
      out().println(t("Kiểm tra bao phủ kế hoạch kiểm tra năm ", "Coverage of the inspection plan of ") + plan.year()
          + t(", tại ngày ", ", as of ") + date + ": " + plan.targets().size() + t(" đối tượng", " targets"));
      Views.printVerdict(out(), verdict, lang());
    }
    return verdict.satisfied() ? ExitCodes.OK : ExitCodes.RULE_BROKEN;
  }

  static LocalDate defaultAsOf(InspectionPlan plan) {
    return plan.issueDate().orElse(LocalDate.of(plan.year(), 1, 1));
  }
}
