package io.github.cchc.cli;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.schedule.ScheduleProblem;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.Visit;
import io.github.cchc.core.schedule.VisitScheduler;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schedule INSPECTION_PLAN.json}: the visits of a plan's targets on working days within its window. */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    header = "Xếp lịch kiểm tra. Schedule the visits.",
    description = "Xếp lịch các cuộc kiểm tra vào ngày làm việc trong thời gian của kế hoạch. Schedules the visits "
        + "of a plan's targets: sub-team, start and end, notice date and report due date, all on working days within "
        + "the plan's window. The plan gives the targets, window and timing rules; the options override them. "
        + "Exit code 1 when the visits do not fit, with the reason.",
    footer = {"", "Example:", "  cchc schedule docs/examples/dong-thap-2024-inspection-plan.json "
        + "--org docs/examples/org-dong-thap-2024.json --teams 2 --blackout 2024-09-04,2024-09-05"})
final class ScheduleCommand extends StandardCommand {

  @Parameters(index = "0", paramLabel = "INSPECTION_PLAN.json",
      description = "The inspection plan, with targets, window and timing.")
  Path planFile;

  @Option(names = "--org", paramLabel = "ORG.json", description = "An organisation directory, for unit names.")
  Optional<Path> orgFile = Optional.empty();

  @Option(names = "--teams", paramLabel = "N",
      description = "How many sub-teams visit in parallel; by default the plan's sub-teams, else 1.")
  Optional<Integer> teams = Optional.empty();

  @Option(names = "--days", paramLabel = "N",
      description = "Working days per visit; by default the shortest length the plan allows, else 1.")
  Optional<Integer> days = Optional.empty();

  @Option(names = "--blackout", split = ",", paramLabel = "DATE", description = "Days without visits.")
  List<LocalDate> blackouts = List.of();

  @Mixin
  CalendarOption calendarOption = new CalendarOption();

  @Override
  public Integer call() {
    InspectionPlan plan = read(planFile, InspectionPlanJson::read);
    OrgDirectory directory = orgFile.map(f -> read(f, OrgDirectoryJson::read)).orElseGet(OrgDirectory::empty);
    WorkingCalendar calendar = calendarOption.calendar();
    ScheduleRequest.Builder request = ScheduleRequest.builderFor(plan, calendar)
        .addAllBlackouts(blackouts);
    teams.ifPresent(n -> request.subTeams(n).subTeamNames(List.of()));
    days.ifPresent(request::visitDays);
    ScheduleRequest built = request.build();
    ScheduleResult result = VisitScheduler.schedule(built);
    boolean fits = result.problems().isEmpty();
    if (json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("year", plan.year());
      json.put("feasible", fits);
      json.put("visits", result.visits().stream().map(v -> Views.visit(v, directory)).toList());
      json.put("notVisited", result.notVisited().stream().map(t -> Views.target(t, directory)).toList());
      json.put("problems", result.problems().stream().map(Views::problem).toList());
      printJson(json);
    } else {
      printText(result, directory);
    }
    CalendarOption.computedWarning(calendar.computedYears(built.window().firstDay(), built.window().lastDay()), lang())
        .ifPresent(w -> err().println("cchc: " + w));
    return fits ? ExitCodes.OK : ExitCodes.RULE_BROKEN;
  }

  private void printText(ScheduleResult result, OrgDirectory directory) {
    if (!result.problems().isEmpty()) {
      out().println(t("Không xếp được lịch:", "The visits do not fit:"));
      for (ScheduleProblem p : result.problems()) {
        out().println("  " + t(p.messageVi(), p.messageEn()));
      }
      return;
    }
    out().println(result.visits().size() + t(" cuộc kiểm tra:", " visits:"));
    out().println(t("  Tổ       Từ ngày     Đến ngày    Báo trước   Nộp báo cáo  Đơn vị",
        "  Team     Start       End         Notice      Report due   Unit"));
    for (Visit v : result.visits()) {
      out().println(String.format("  %-8s %s  %s  %-10s  %-10s   %s", v.subTeam(), v.start(), v.end(),
          v.noticeDate().map(LocalDate::toString).orElse("-"), v.reportDue().map(LocalDate::toString).orElse("-"),
          Views.label(v.unit(), directory)
              + (v.subordinates().isEmpty() ? "" : " + " + String.join(", ", v.subordinates()))));
    }
    for (InspectionTarget t : result.notVisited()) {
      out().println(t("  Không đến tận nơi (", "  Not visited (") + t.form().label(lang().locale()) + "): "
          + Views.label(t.unit(), directory));
    }
  }
}
