package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.Pick;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.PlanningResult;
import io.github.cchc.core.coverage.RuleResult;
import io.github.cchc.core.coverage.TargetPlanner;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.Visit;
import io.github.cchc.core.schedule.VisitScheduler;
import io.github.cchc.core.testing.CoreModelGens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the Đồng Tháp 2024 example of docs/inspection.md end to end (check the draft, propose targets, check the
 * proposal, schedule it) and compares the output with a golden file, which the page quotes.
 */
class DongThapExampleTest {

  static final LocalDate AS_OF = CoreModelGens.DONG_THAP_AS_OF;
  private static final Path GOLDEN =
      Path.of("src/test/resources/io/github/cchc/core/json/dong-thap-2024-example.md");

  static PlanningRequest request(InspectionPlan plan, OrgDirectory directory) {
    return CoreModelGens.request(plan, directory);
  }

  static ScheduleRequest schedule(InspectionPlan proposed, OrgDirectory directory) {
    return CoreModelGens.schedule(proposed, directory);
  }

  @Test
  @DisplayName("Đồng Tháp 2024: the draft is checked, targets proposed and visits scheduled as docs/inspection.md shows")
  void theDocumentedExample() throws Exception {
    Path root = InspectionPlanJsonTest.root();
    OrgDirectory directory = OrgDirectoryJson.read(root.resolve("docs/examples/org-dong-thap-2024.json"));
    InspectionPlan draft = InspectionPlanJson.read(root.resolve("docs/examples/dong-thap-2024-inspection-plan.json"));

    CoverageVerdict verdict = CoverageCheck.check(directory, draft, AS_OF);
    assertFalse(verdict.satisfied());
    PlanningResult proposal = TargetPlanner.propose(directory, request(draft, directory));
    assertTrue(proposal.feasible());
    InspectionPlan proposed = InspectionPlan.builder().from(draft).targets(proposal.targets()).build();
    CoverageVerdict after = CoverageCheck.check(directory, proposed, AS_OF);
    assertTrue(after.satisfied());
    ScheduleResult visits = VisitScheduler.schedule(schedule(proposed, directory));
    assertTrue(visits.feasible(), visits.problems().toString());

    StringBuilder out = new StringBuilder();
    out.append("### The verdict on the draft (JSON)\n\n```json\n").append(InspectionPlanJson.writeVerdict(verdict))
        .append("```\n\n### The verdict on the draft (text)\n\n");
    appendVerdict(out, verdict);
    out.append("\n### The proposal\n\n| # | Unit | Kind | Subordinates | Rules | Lý do | Reason |\n")
        .append("|---|---|---|---|---|---|---|\n");
    int n = 1;
    for (Pick p : proposal.picks()) {
      OrgUnit u = directory.require(p.unit());
      out.append("| ").append(n++).append(" | ").append(u.id()).append(" ").append(u.name()).append(" | ")
          .append(u.kind().labelEn()).append(" | ").append(p.subordinateOf().map(t -> "at " + t).orElse(""))
          .append(" | ").append(p.rules()).append(" | ").append(p.reasonVi()).append(" | ").append(p.reasonEn())
          .append(" |\n");
    }
    out.append("\n### The verdict on the proposal\n\n");
    appendVerdict(out, after);
    out.append("\n### The schedule\n\n| Sub-team | Unit | Start | End | Working days | Notice | Report due |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Visit v : visits.visits()) {
      out.append("| ").append(v.subTeam()).append(" | ").append(v.unit()).append(" | ").append(v.start())
          .append(" | ").append(v.end()).append(" | ").append(v.workingDays()).append(" | ")
          .append(v.noticeDate().map(LocalDate::toString).orElse("")).append(" | ")
          .append(v.reportDue().map(LocalDate::toString).orElse("")).append(" |\n");
    }
    String text = out.toString();
    if (Boolean.getBoolean("cchc.regenerate")) {
      Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), text);
  }

  @Test
  @DisplayName("docs/inspection.md quotes the example plan and the golden output as they are")
  void theDocsQuoteTheRealOutput() throws Exception {
    Path root = InspectionPlanJsonTest.root();
    String doc = Files.readString(root.resolve("docs/inspection.md"), StandardCharsets.UTF_8);
    assertTrue(doc.contains(Files.readString(GOLDEN, StandardCharsets.UTF_8)), "golden output in the docs");
    assertTrue(doc.contains(Files.readString(root.resolve("docs/examples/dong-thap-2024-inspection-plan.json"),
        StandardCharsets.UTF_8)), "example plan in the docs");
  }

  private static void appendVerdict(StringBuilder out, CoverageVerdict v) {
    out.append("Overall: ").append(v.satisfied() ? "met" : "not met").append("\n\n");
    for (RuleResult r : v.rules()) {
      out.append("- coverage[").append(r.index()).append("] ").append(r.ruleName()).append(": ")
          .append(r.messageVi()).append("  \n  ").append(r.messageEn()).append("\n");
    }
    for (Finding f : v.findings()) {
      out.append("- finding: ").append(f.toString()).append("\n");
    }
  }
}
