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
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.ReportOptions;
import io.github.cchc.reporting.json.HeadingJson;
import io.github.cchc.reporting.ScorecardResults;
import io.github.cchc.reporting.StatisticsAppendix;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.indicator.BaselineReduction;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.indicator.Restatement;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    description = "Lập báo cáo (Markdown, HTML, CSV, XLSX, JSON, DOCX). Writes a report product to a file.",
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
      ReportOptions.Builder options = ReportOptions.builder().locale(ReportFiles.locale(lang()));
      if (output.heading != null) {
        NationalHeading heading = read(output.heading, HeadingJson::read);
        options.heading(heading);
      }
      return options.build();
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

    /** The observations of Phụ lục II from the inputs, with the inspection plans and the observations files. */
    ObservationSet observations(StatisticsInputs inputs, StatisticsOptions options,
        Optional<OrgDirectory> directory) {
      options.inspectionPlans.forEach(f -> inputs.inspection(read(f, InspectionPlanJson::read)));
      options.observations.forEach(f -> CliCommand.read(f, path -> inputs.file(path, directory,
          options.encoding.encoding, lang())));
      return inputs.observations(replaced -> err().println("cchc: " + t(
          "tệp số liệu bổ sung thay số liệu tính được: ", "the observations file replaces a computed figure: ")
          + replaced));
    }

    /** The encoding of the command's CSV inputs: UTF-8 unless it has {@code --encoding}. */
    Charset csvEncoding() {
      return StandardCharsets.UTF_8;
    }

    DossierLoad dossiers(Path csv, OrgDirectory directory) {
      DossierLoad load = DossierInput.read(csv, directory, false, csvEncoding(), err(), lang());
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

  /** The options shared by the commands that fill Phụ lục II from the inputs beside the dossiers. */
  static final class StatisticsOptions {
    @Option(names = "--inspection-plan", paramLabel = "INSPECTION_PLAN.json",
        description = "An inspection plan with its findings, for I.2.1-I.2.4 (repeatable: one per year).")
    List<Path> inspectionPlans = List.of();

    @Option(names = "--observations", paramLabel = "FILE.csv",
        description = "Số liệu bổ sung: the figures no other input gives (docs/reporting.md); a row given there "
            + "replaces a computed one (repeatable).")
    List<Path> observations = List.of();

    @Option(names = "--land-field", paramLabel = "NAME", defaultValue = "Đất đai",
        description = "The dossiers' land field, for 2.4.7 (default ${DEFAULT-VALUE}).")
    String landField;

    @Option(names = "--construction-field", paramLabel = "NAME", defaultValue = "Xây dựng",
        description = "The dossiers' construction field, for 2.4.8 (default ${DEFAULT-VALUE}).")
    String constructionField;

    @Mixin
    EncodingOption encoding = new EncodingOption();
  }

  /** Phụ lục II. */
  @Command(name = "statistics", mixinStandardHelpOptions = true,
      header = "Phụ lục II. Appendix II: statistics.",
      description = "Phụ lục II theo mẫu: chỉ tiêu năm trước và năm nay, từ hồ sơ TTHC, kế hoạch CCHC, kế hoạch kiểm "
          + "tra và tệp số liệu bổ sung. Appendix II in the seed's layout, the previous and the current year, from "
          + "procedure dossiers rolled up to the unit, reform plans, inspection plans and observations files.",
      footer = {"", "Example:", "  cchc report statistics ho-so.csv --org org.json --unit TB --year 2024 "
          + "--plan plan.json --inspection-plan kiem-tra.json --observations so-lieu.csv -o pl2.html"})
  static final class Statistics extends ReportBase {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DOSSIERS.csv", description = "The dossiers (optional).")
    Optional<Path> csv = Optional.empty();

    @Mixin
    OrgOption org = new OrgOption();

    @Option(names = "--unit", required = true, paramLabel = "ID", description = "The unit reported on.")
    String unit;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The current year.")
    int year;

    @Option(names = "--plan", paramLabel = "PLAN.json",
        description = "A reform plan with its tracking, for I.1.1 and I.1.2 (repeatable: one per year).")
    List<Path> plans = List.of();

    @Mixin
    StatisticsOptions statistics = new StatisticsOptions();

    @Option(names = "--restate-as-of", paramLabel = "DATE",
        description = "Restate both years' dossier and observations-file figures onto the units active on DATE "
            + "(yyyy-MM-dd), so that the previous year of a merged unit counts its old units; the report lists the "
            + "old units behind every carried figure.")
    Optional<LocalDate> restateAsOf = Optional.empty();

    @Override
    Charset csvEncoding() {
      return statistics.encoding.encoding;
    }

    @Override
    Report report() {
      // The appendix compares the year with the one before: both must be years the periods know.
      if (year <= ReportPeriod.MIN_YEAR || year > ReportPeriod.MAX_YEAR) {
        int first = ReportPeriod.MIN_YEAR + 1;
        throw new ParameterException(spec.commandLine(), t(
            "--year: năm phải từ " + first + " đến " + ReportPeriod.MAX_YEAR + " (Phụ lục II so với năm trước), gặp "
                + year,
            "--year: the year must be " + first + " to " + ReportPeriod.MAX_YEAR
                + " (Appendix II compares it with the year before), found " + year));
      }
      OrgDirectory directory = org.directory();
      requireUnit(directory, "--unit", unit);
      StatisticsInputs inputs = new StatisticsInputs(unit, year, LocalDate.of(year, 12, 31));
      if (restateAsOf.isPresent()) {
        csv.ifPresent(f -> inputs.dossiersRestated(dossiers(f, directory).table(), statistics.landField,
            statistics.constructionField, directory, restateAsOf.get()));
      } else {
        csv.ifPresent(f -> inputs.dossiers(dossiers(f, directory).table(), statistics.landField,
            statistics.constructionField));
      }
      plans.forEach(f -> inputs.plan(read(f, PlanJson::read)));
      statistics.inspectionPlans.forEach(f -> inputs.inspection(read(f, InspectionPlanJson::read)));
      statistics.observations.forEach(f -> CliCommand.read(f, path -> inputs.file(path, Optional.of(directory),
          statistics.encoding.encoding, lang())));
      restateAsOf.ifPresent(date -> inputs.restateGiven(directory, date));
      ObservationSet observations = inputs.observations(replaced -> err().println("cchc: " + t(
          "tệp số liệu bổ sung thay số liệu tính được: ", "the observations file replaces a computed figure: ")
          + replaced));
      if (restateAsOf.isPresent()) {
        // "So với năm 2015" rows against the 2015 counts on today's units, where no file gives the row.
        BaselineReduction.Result baselines = BaselineReduction.of(observations.filter(o -> o.unitId().equals(unit)),
            directory, restateAsOf.get(), List.of(year - 1, year));
        ObservationSet given = observations;
        observations = observations.merge(baselines.rows().filter(o -> given.value(o.indicator().code(),
            o.unitId(), o.period()).isEmpty()));
        baselines.findings().forEach(f -> err().println("cchc: " + Views.findingLine(f, lang())));
      }
      Report report = StatisticsAppendix.report(observations, unit, year, options());
      if (inputs.restatement().isEmpty()) {
        return report;
      }
      Restatement restated = inputs.restatement().get();
      restated.findings().forEach(f -> err().println("cchc: " + Views.findingLine(f, lang())));
      return Report.builder().from(report).addBlocks(Restated.section(restated, unit, directory, lang())).build();
    }
  }

  /** The periodic report. */
  @Command(name = "periodic", mixinStandardHelpOptions = true,
      header = "Báo cáo định kỳ. Periodic report.",
      description = "Báo cáo định kỳ theo đề cương (Phần I, II, Phụ lục I, II). The periodic report after the outline, "
          + "prefilled from the plan and, with --unit, Phụ lục II from the plan, the dossiers, inspection plans and "
          + "observations files; the current year's column counts up to the period's end.",
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

    @Option(names = "--unit", paramLabel = "ID", description = "The unit reported on, for Phụ lục II.")
    Optional<String> unit = Optional.empty();

    @Mixin
    StatisticsOptions statistics = new StatisticsOptions();

    @Override
    Charset csvEncoding() {
      return statistics.encoding.encoding;
    }

    @Override
    Report report() {
      Plan plan = read(planFile, PlanJson::read);
      PeriodicReport.Builder builder = PeriodicReport.builder().plan(plan).period(period).options(options());
      boolean inputs = csv.isPresent() || !statistics.inspectionPlans.isEmpty() || !statistics.observations.isEmpty();
      if (csv.isPresent() && orgFile.isEmpty() || inputs && unit.isEmpty()) {
        throw new ParameterException(spec.commandLine(), t("--dossiers cần --org và --unit; "
            + "--inspection-plan và --observations cần --unit", "--dossiers needs --org and --unit; "
            + "--inspection-plan and --observations need --unit"));
      }
      Optional<OrgDirectory> directory = orgFile.map(f -> read(f, OrgDirectoryJson::read));
      directory.ifPresent(builder::directory);
      if (unit.isPresent()) {
        int year = period.year();
        StatisticsInputs in = new StatisticsInputs(unit.get(), year, period.lastDay());
        csv.ifPresent(f -> in.dossiers(dossiers(f, directory.orElseThrow()).table(), statistics.landField,
            statistics.constructionField));
        if (plan.year() == year) {
          in.plan(plan);
        }
        builder.statistics(PeriodicReport.Statistics.of(observations(in, statistics, directory), unit.get()));
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

    @Option(names = "--org", paramLabel = "ORG.json", description = "A directory with successor links: an earlier "
        + "result of a unit merged wholly into another counts for that one (a unit several merged into gets no "
        + "change).")
    Optional<Path> orgFile = Optional.empty();

    @Override
    Report report() {
      Scorecard scorecard = scorecardArg.startsWith("builtin:")
          ? ScoreCommand.builtIn(scorecardArg.substring(8)).orElseThrow(() ->
              new ParameterException(spec.commandLine(), t("không có bộ tiêu chí có sẵn ", "no built-in scorecard ")
                  + scorecardArg))
              .load()
          : readScorecard(Path.of(scorecardArg));
      List<ScoreResult> results = ScoreCommand.scoreAll(scorecard, assessmentsFile);
      List<ScoreResult> previous = previousFile.map(f -> ScoreCommand.scoreAll(scorecard, f)).orElse(List.of());
      Optional<OrgDirectory> directory = orgFile.map(f -> read(f, OrgDirectoryJson::read));
      return ScorecardResults.report(ScoreCommand.rank(results, previous, assessmentsFile, previousFile, directory),
          options());
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

    @Mixin
    EncodingOption encoding = new EncodingOption();

    @Override
    Charset csvEncoding() {
      return encoding.encoding;
    }

    @Option(names = "--period", required = true, paramLabel = "P", description = "The period.")
    ReportPeriod period;

    @Override
    Report report() {
      OrgDirectory directory = org.directory();
      requireUnit(directory, "--unit", unit);
      DossierCounts monthly = dossiers(csv, directory).table().aggregate(period.type() == ReportPeriod.Type.MONTH
          ? DossierQuery.of(period) : DossierQuery.of(period, ReportPeriod.Type.MONTH));
      return DossierDashboard.report(monthly, unit, period, options());
    }
  }

  private ReportCommand() {}
}
