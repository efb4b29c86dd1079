package io.github.cchc.cli;

import io.github.cchc.core.coverage.Pick;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.PlanningResult;
import io.github.cchc.core.coverage.RuleConflict;
import io.github.cchc.core.coverage.TargetPlanner;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.org.OrgDirectory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code propose --org ORG.json --rules INSPECTION_PLAN.json}: a minimal target list that meets every rule. */
@Command(
    name = "propose",
    mixinStandardHelpOptions = true,
    header = "Đề xuất đối tượng kiểm tra. Propose inspection targets.",
    description = "Đề xuất danh sách đối tượng kiểm tra tối thiểu đáp ứng mọi quy tắc. Proposes a minimal target list "
        + "that meets every coverage rule of a plan, with the reason for each pick; units inspected recently come "
        + "last. Exit code 1 when the rules cannot all be met, with the conflicting rules.",
    footer = {"", "Example:", "  cchc propose --org docs/examples/org-dong-thap-2024.json "
        + "--rules docs/examples/dong-thap-2024-inspection-plan.json --history history.json --seed 2024"})
final class ProposeCommand extends StandardCommand {

  @Mixin
  OrgOption org = new OrgOption();

  @Option(names = "--rules", required = true, paramLabel = "INSPECTION_PLAN.json",
      description = "The inspection plan whose coverage rules to meet; its targets are ignored.")
  Path rulesFile;

  @Option(names = "--history", paramLabel = "H.json",
      description = "Past inspections, as the library reads them: "
          + "{\"history\": [{\"unit\": \"DT-STC\", \"year\": 2023}]} (docs/inspection.md).")
  Optional<Path> historyFile = Optional.empty();

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
      description = "Seed of the random tie-break (default ${DEFAULT-VALUE}); the same seed gives the same list.")
  long seed;

  @Option(names = "--include", split = ",", paramLabel = "ID", description = "Units that must be targets.")
  List<String> include = List.of();

  @Option(names = "--exclude", split = ",", paramLabel = "ID", description = "Units that must not be targets.")
  List<String> exclude = List.of();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day at which units must be active; by default the plan's issue date, else 1 January.")
  Optional<LocalDate> asOf = Optional.empty();

  @Override
  public Integer call() {
    InspectionPlan plan = read(rulesFile, InspectionPlanJson::read);
    OrgDirectory directory = org.directory();
    LocalDate day = asOf.orElseGet(() -> CoverageCommand.defaultAsOf(plan));
    // The history file is the library's planning inputs ({"history": [...]}, and signals or weights if given):
    // one format for the tool and the library.
    PlanningRequest.Builder request = historyFile
        .map(f -> PlanningRequest.builder().from(read(f, p -> InspectionPlanJson.readPlanningRequest(p,
            plan.coverage(), day))))
        .orElseGet(() -> PlanningRequest.builder().asOf(day).addAllRules(plan.coverage()))
        .year(plan.year())
        .addAllMustInclude(include)
        .addAllMustExclude(exclude)
        .seed(seed);
    PlanningResult result = TargetPlanner.propose(directory, request.build());
    print(result, directory, plan.year());
    return result.feasible() ? ExitCodes.OK : ExitCodes.RULE_BROKEN;
  }

  private void print(PlanningResult result, OrgDirectory directory, int year) {
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("year", year);
      json.put("seed", seed);
      json.put("feasible", result.feasible());
      json.put("targets", result.targets().stream().map(t -> Views.target(t, directory)).toList());
      json.put("picks", result.picks().stream().map(Views::pick).toList());
      json.put("conflicts", result.conflicts().stream().map(Views::conflict).toList());
      json.put("verdict", result.verdict().map(Views::verdict).orElse(null));
      printJson(json);
      return;
    }
    if (!result.feasible()) {
      out().println(t("Không thể đáp ứng mọi quy tắc:", "The rules cannot all be met:"));
      for (RuleConflict c : result.conflicts()) {
        out().println("  " + t(c.messageVi(), c.messageEn()));
      }
      return;
    }
    out().println(t("Đề xuất ", "Proposed ") + result.targets().size() + t(" đối tượng kiểm tra năm ", " targets for ")
        + year + ":");
    for (Pick p : result.picks()) {
      String indent = p.subordinateOf().isPresent() ? "      - " : "  - ";
      out().println(indent + Views.label(p.unit(), directory) + ": " + t(p.reasonVi(), p.reasonEn()));
    }
    result.verdict().ifPresent(v -> Views.printVerdict(out(), v, lang()));
  }
}
