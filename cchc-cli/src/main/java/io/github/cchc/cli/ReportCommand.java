package io.github.cchc.cli;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.json.PlanJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.VisitScheduler;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.reporting.CompletedTasksAppendix;
import io.github.cchc.reporting.DossierDashboard;
import io.github.cchc.reporting.InspectionPlanSummary;
import io.github.cchc.reporting.PeriodicReport;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportOptions;
import io.github.cchc.reporting.ScorecardResults;
import io.github.cchc.reporting.StatisticsAppendix;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.json.ScorecardJson;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The {@code report} group: each report product, written in one format to a file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Lập báo cáo. Write a report.",
    description = "Lập báo cáo (Markdown, HTML, CSV, XLSX, JSON). Writes a report product to a file.",
    subcommands = {
      ReportCommand.CompletedTasks.class,
      ReportCommand.Statistics.class,
      ReportCommand.Periodic.class,
      ReportCommand.Inspection.class,
      ReportCommand.ScorecardReport.class,
      ReportCommand.Dashboard.class
    },
    footer = {"", "Example:", "  cchc report completed-tasks docs/examples/thai-binh-2024-plan.json --period 2024 "
        + "--format xlsx -o phu-luc-i.xlsx"})
final class ReportCommand {

  /** What every report command shares: reading its options, writing the report and listing the files. */
  abstract static class ReportBase extends CliCommand {

    @Mixin
    ReportOutputOptions output = new ReportOutputOptions();

    @Override
    Lang lang() {
      return output.lang;
    }

    @Override
    boolean debug() {
      return output.debug;
    }

    ReportOptions options() {
      return ReportOptions.of(ReportFiles.locale(lang()));
    }

    /** Builds the report; rejected input rows are printed on stderr and make the exit code 1. */
    abstract Report report();

    List<Finding> problems = List.of();

    @Override
    public Integer call() {
      Report report = report();
      for (Path file : ReportFiles.write(report, output.resolve(spec.commandLine()), output.output)) {
        out().println(file);
      }
      for (Finding f : problems) {
        err().println("cchc: " + Views.findingLine(f, lang()));
      }
      return problems.isEmpty() ? ExitCodes.OK : ExitCodes.RULE_BROKEN;
    }

    DossierLoad dossiers(Path csv, OrgDirectory directory) {
      DossierLoad load = DossierInput.read(csv, directory, false, err(), lang());
      problems = load.findings();
      return load;
    }
  }

  /** Phụ lục I. */
  @Command(name = "completed-tasks", mixinStandardHelpOptions = true,
      header = "Phụ lục I. Appendix I: completed tasks.",
      description = "Phụ lục I: nhiệm vụ đã hoàn thành, theo lĩnh vực. Appendix I: the completed tasks by area.",
      footer = {"", "Example:", "  cchc report completed-tasks plan.json --period 2024Q2 --format md -o phu-luc-i.md"})
  static final class CompletedTasks extends ReportBase {
    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan, with task statuses.")
    Path planFile;

    @Option(names = "--period", required = true, paramLabel = "P", description = "The period: 2024, 2024S1, …")
    ReportPeriod period;

    @Override
    Report report() {
      return CompletedTasksAppendix.report(read(planFile, PlanJson::read), period, options());
    }
  }

  /** Phụ lục II. */
  @Command(name = "statistics", mixinStandardHelpOptions = true,
      header = "Phụ lục II. Appendix II: statistics.",
      description = "Phụ lục II: chỉ tiêu thống kê năm trước và năm nay, từ hồ sơ TTHC. Appendix II: the statistics "
          + "of the previous and the current year, from procedure dossiers rolled up to the unit.",
      footer = {"", "Example:", "  cchc report statistics ho-so.csv --org org.json --unit TB --year 2024 -o pl2.html"})
  static final class Statistics extends ReportBase {
    @Parameters(index = "0", paramLabel = "DOSSIERS.csv", description = "The dossiers.")
    Path csv;

    @Mixin
    OrgOption org = new OrgOption();

    @Option(names = "--unit", required = true, paramLabel = "ID", description = "The unit reported on.")
    String unit;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The current year.")
    int year;

    @Override
    Report report() {
      OrgDirectory directory = org.directory();
      DossierLoad load = dossiers(csv, directory);
      return StatisticsAppendix.report(yearly(load, year), unit, year, options());
    }
  }

  /** The dossier observations of a year and the year before, rolled up the hierarchy. */
  static ObservationSet yearly(DossierLoad load, int year) {
    DossierQuery query = DossierQuery.of(List.of(ReportPeriod.parse(String.valueOf(year - 1)),
        ReportPeriod.parse(String.valueOf(year))));
    return load.table().aggregate(query).rolledUp().toPhuLucII();
  }

  /** The periodic report. */
  @Command(name = "periodic", mixinStandardHelpOptions = true,
      header = "Báo cáo định kỳ. Periodic report.",
      description = "Báo cáo định kỳ theo đề cương (Phần I–IV, Phụ lục I, II). The periodic report after the outline, "
          + "prefilled from the plan and, when given, the dossier statistics.",
      footer = {"", "Example:", "  cchc report periodic plan.json --period 2024S1 --dossiers ho-so.csv --org org.json "
          + "--unit TB -o bao-cao-6-thang.html"})
  static final class Periodic extends ReportBase {
    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan, with task statuses.")
    Path planFile;

    @Option(names = "--period", required = true, paramLabel = "P", description = "A quarter, half-year or year.")
    ReportPeriod period;

    @Option(names = "--dossiers", paramLabel = "DOSSIERS.csv", description = "Dossiers for Phụ lục II.")
    Optional<Path> csv = Optional.empty();

    @Option(names = "--org", paramLabel = "ORG.json", description = "The directory (with --dossiers).")
    Optional<Path> orgFile = Optional.empty();

    @Option(names = "--unit", paramLabel = "ID", description = "The unit reported on (with --dossiers).")
    Optional<String> unit = Optional.empty();

    @Override
    Report report() {
      Plan plan = read(planFile, PlanJson::read);
      PeriodicReport.Builder builder = PeriodicReport.builder().plan(plan).period(period).options(options());
      if (csv.isPresent()) {
        if (orgFile.isEmpty() || unit.isEmpty()) {
          throw new ParameterException(spec.commandLine(),
              "--dossiers needs --org and --unit");
        }
        OrgDirectory directory = read(orgFile.get(), OrgDirectoryJson::read);
        DossierLoad load = dossiers(csv.get(), directory);
        builder.directory(directory).statistics(PeriodicReport.Statistics.of(yearly(load, period.firstDay().getYear()), unit.get()));
      }
      return builder.build().report();
    }
  }

  /** The inspection plan summary. */
  @Command(name = "inspection", mixinStandardHelpOptions = true,
      header = "Tóm tắt kế hoạch kiểm tra. Inspection plan summary.",
      description = "Tóm tắt kế hoạch kiểm tra: kết quả bao phủ, danh sách đối tượng, lịch kiểm tra. The inspection "
          + "plan summary: coverage verdict per rule, target list, visit schedule and timeline.",
      footer = {"", "Example:", "  cchc report inspection docs/examples/dong-thap-2024-inspection-plan.json "
          + "--org docs/examples/org-dong-thap-2024.json --format html -o kiem-tra.html"})
  static final class Inspection extends ReportBase {
    @Parameters(index = "0", paramLabel = "INSPECTION_PLAN.json", description = "The inspection plan.")
    Path planFile;

    @Mixin
    OrgOption org = new OrgOption();

    @Option(names = "--teams", paramLabel = "N", description = "Sub-teams visiting in parallel.")
    Optional<Integer> teams = Optional.empty();

    @Mixin
    CalendarOption calendarOption = new CalendarOption();

    @Override
    Report report() {
      InspectionPlan plan = read(planFile, InspectionPlanJson::read);
      OrgDirectory directory = org.directory();
      LocalDate asOf = CoverageCommand.defaultAsOf(plan);
      CoverageVerdict verdict = CoverageCheck.check(directory, plan, asOf);
      WorkingCalendar calendar = calendarOption.calendar();
      ScheduleRequest.Builder request = ScheduleRequest.builderFor(plan, calendar);
      teams.ifPresent(n -> request.subTeams(n).subTeamNames(List.of()));
      ScheduleResult schedule = VisitScheduler.schedule(request.build());
      return InspectionPlanSummary.report(directory, plan, verdict, schedule, options());
    }
  }

  /** The scorecard results. */
  @Command(name = "scorecard", mixinStandardHelpOptions = true,
      header = "Kết quả chấm điểm. Scorecard results.",
      description = "Kết quả chấm điểm: bảng xếp hạng và biểu đồ. Scorecard results: ranking table and bar chart.",
      footer = {"", "Example:", "  cchc report scorecard builtin:example-department tu-danh-gia-2024.json "
          + "--previous tu-danh-gia-2023.json --format xlsx -o xep-hang.xlsx"})
  static final class ScorecardReport extends ReportBase {
    @Parameters(index = "0", paramLabel = "SCORECARD.json", description = "The scorecard, or builtin:NAME.")
    String scorecardArg;

    @Parameters(index = "1", paramLabel = "ASSESSMENTS.json", description = "The assessments.")
    Path assessmentsFile;

    @Option(names = "--previous", paramLabel = "ASSESSMENTS.json", description = "Assessments of an earlier period.")
    Optional<Path> previousFile = Optional.empty();

    @Override
    Report report() {
      Scorecard scorecard = scorecardArg.startsWith("builtin:")
          ? ScoreCommand.builtIn(scorecardArg.substring(8)).orElseThrow(() ->
              new ParameterException(spec.commandLine(), "unknown scorecard " + scorecardArg))
              .load()
          : read(Path.of(scorecardArg), ScorecardJson::readScorecard);
      List<ScoreResult> results = read(assessmentsFile, ScorecardJson::readAssessments).stream()
          .map(scorecard::score).toList();
      List<ScoreResult> previous = previousFile.map(f -> read(f, ScorecardJson::readAssessments).stream()
          .map(scorecard::score).toList()).orElse(List.of());
      return ScorecardResults.report(Ranking.of(results, previous), options());
    }
  }

  /** The dossier dashboard. */
  @Command(name = "dashboard", mixinStandardHelpOptions = true,
      header = "Bảng theo dõi hồ sơ. Dossier dashboard.",
      description = "Bảng theo dõi hồ sơ TTHC: tỷ lệ đúng hạn theo đơn vị, xu hướng theo tháng, kênh nộp. The dossier "
          + "dashboard: on-time rate per unit, monthly trend and channel mix.",
      footer = {"", "Example:", "  cchc report dashboard ho-so.csv --org org.json --unit TB --period 2024 -o ho-so.html"})
  static final class Dashboard extends ReportBase {
    @Parameters(index = "0", paramLabel = "DOSSIERS.csv", description = "The dossiers.")
    Path csv;

    @Mixin
    OrgOption org = new OrgOption();

    @Option(names = "--unit", required = true, paramLabel = "ID", description = "The unit whose subtree is shown.")
    String unit;

    @Option(names = "--period", required = true, paramLabel = "P", description = "The period.")
    ReportPeriod period;

    @Override
    Report report() {
      OrgDirectory directory = org.directory();
      return DossierDashboard.report(dossiers(csv, directory).table(), unit, period, options());
    }
  }

  private ReportCommand() {}
}
