package io.github.cchc.reporting;

import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.RuleResult;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.schedule.ScheduleProblem;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.Visit;
import io.github.cchc.reporting.chart.TimelineChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The inspection plan summary product: the coverage verdict rule by rule, the target list, and the visit schedule as
 * a table and as a timeline chart.
 *
 * <pre>{@code
 * CoverageVerdict verdict = CoverageCheck.check(directory, plan, LocalDate.of(2024, 4, 1));
 * ScheduleResult schedule = VisitScheduler.schedule(request);
 * Report report = InspectionPlanSummary.report(directory, plan, verdict, schedule, ReportOptions.defaults());
 * }</pre>
 *
 * <p>Units are named from the directory; a unit the directory does not know is shown by its id. A plan without
 * targets or visits gives tables that say "không có dữ liệu". This class is immutable and thread-safe.
 */
public final class InspectionPlanSummary {

  private InspectionPlanSummary() {}

  /**
   * Builds the report.
   *
   * @param directory the organisation directory, for unit names and kinds
   * @param plan the inspection plan
   * @param verdict the coverage verdict of the plan
   * @param schedule the visit schedule of the plan
   * @param options the language, heading and title
   * @return the report
   */
  public static Report report(
      OrgDirectory directory,
      InspectionPlan plan,
      CoverageVerdict verdict,
      ScheduleResult schedule,
      ReportOptions options) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(options, "options");
    ReportLocale locale = options.locale();
    Report.Builder report = options.start(
        plan.title().orElse(locale.pick("Tóm tắt kế hoạch kiểm tra công tác cải cách hành chính năm ",
            "Summary of the administrative reform inspection plan, ") + plan.year()),
        Optional.of(locale.pick("Năm ", "Year ") + plan.year()));
    List<String> general = new ArrayList<>();
    if (!plan.forms().isEmpty()) {
      general.add(locale.pick("Hình thức kiểm tra: ", "Forms of inspection: ")
          + plan.forms().stream().map(f -> f.label(locale.locale())).collect(Collectors.joining("; ")));
    }
    plan.selfInspectionReportDeadline().ifPresent(d -> general.add(
        locale.pick("Hạn gửi báo cáo tự kiểm tra: ", "Self-inspection reports due: ") + locale.formatDate(d)));
    general.add(locale.pick("Số đối tượng kiểm tra: ", "Targets: ") + locale.formatInteger(plan.targets().size()));
    report.addBlocks(Section.of("I", locale.pick("Thông tin chung", "General"), BulletList.of(general)));
    report.addBlocks(Section.of("II", locale.pick("Mức độ bao phủ", "Coverage"), coverage(directory, verdict, locale)));
    report.addBlocks(Section.of("III", locale.pick("Danh sách đối tượng kiểm tra", "Targets"),
        targets(directory, plan, locale)));
    report.addBlocks(Section.of("IV", locale.pick("Lịch kiểm tra", "Visit schedule"),
        schedule(directory, schedule, locale)));
    return report.build();
  }

  /**
   * Builds the coverage section's body: the overall verdict, one table row per rule, and the findings.
   *
   * @param directory the directory, for unit names
   * @param verdict the verdict
   * @param locale the language
   * @return the blocks
   */
  public static List<Block> coverage(OrgDirectory directory, CoverageVerdict verdict, ReportLocale locale) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(verdict.satisfied()
        ? locale.pick("Kết luận: kế hoạch đáp ứng mọi yêu cầu về mức độ bao phủ.",
            "Verdict: the plan meets every coverage rule.")
        : locale.pick("Kết luận: kế hoạch chưa đáp ứng " + verdict.unsatisfied().size() + "/"
            + verdict.rules().size() + " yêu cầu về mức độ bao phủ.",
            "Verdict: the plan does not meet " + verdict.unsatisfied().size() + " of " + verdict.rules().size()
                + " coverage rules.")));
    Table.Builder table = Table.builder(locale.pick("Kết quả kiểm tra mức độ bao phủ", "Coverage by rule"))
        .column(locale.pick("STT", "No."), ColumnType.INTEGER)
        .column(locale.pick("Quy tắc", "Rule"), ColumnType.TEXT)
        .column(locale.pick("Tổng số", "Population"), ColumnType.INTEGER)
        .column(locale.pick("Yêu cầu", "Required"), ColumnType.INTEGER)
        .column(locale.pick("Thực tế", "Actual"), ColumnType.INTEGER)
        .column(locale.pick("Kết quả", "Result"), ColumnType.TEXT)
        .column(locale.pick("Diễn giải", "Explanation"), ColumnType.TEXT)
        .column(locale.pick("Đơn vị còn thiếu", "Units missing"), ColumnType.TEXT);
    for (RuleResult rule : verdict.rules()) {
      table.row(
          Cell.integer(rule.index() + 1L),
          Cell.text(rule.ruleName()),
          Cell.integer(rule.population()),
          Cell.integer(rule.required()),
          Cell.integer(rule.actual()),
          Cell.text(rule.satisfied() ? locale.pick("Đạt", "Met") : locale.pick("Chưa đạt", "Not met")),
          Cell.text(locale.pick(rule.messageVi(), rule.messageEn())),
          Cell.text(names(directory, rule.missing())));
    }
    blocks.add(table.build());
    if (!verdict.findings().isEmpty()) {
      blocks.add(Paragraph.of(locale.pick("Lưu ý về đối tượng kiểm tra:", "Notes on the targets:")));
      blocks.add(BulletList.of(verdict.findings().stream().map(f -> message(f, locale)).toList()));
    }
    return blocks;
  }

  /**
   * Builds the target table: unit, kind, form, subordinate units visited there.
   *
   * @param directory the directory, for unit names and kinds
   * @param plan the plan
   * @param locale the language
   * @return the table
   */
  public static Table targets(OrgDirectory directory, InspectionPlan plan, ReportLocale locale) {
    Table.Builder table = Table.builder(locale.pick("Danh sách đối tượng kiểm tra", "Inspection targets"))
        .column(locale.pick("STT", "No."), ColumnType.INTEGER)
        .column(locale.pick("Đơn vị", "Unit"), ColumnType.TEXT)
        .column(locale.pick("Loại đơn vị", "Kind"), ColumnType.TEXT)
        .column(locale.pick("Hình thức", "Form"), ColumnType.TEXT)
        .column(locale.pick("Đơn vị trực thuộc được kiểm tra", "Subordinate units visited"), ColumnType.TEXT);
    long n = 1;
    for (InspectionTarget target : plan.targets()) {
      Optional<OrgUnit> unit = directory.unit(target.unit());
      table.row(
          Cell.integer(n++),
          Cell.text(name(directory, target.unit())),
          Cell.text(unit.map(u -> u.kind().label(locale.locale())).orElse("")),
          Cell.text(target.form().label(locale.locale())),
          Cell.text(names(directory, target.subordinates())));
    }
    return table.build();
  }

  /**
   * Builds the schedule section's body: the visit table, the timeline chart, and the problems or the targets not
   * visited, if any.
   *
   * @param directory the directory, for unit names
   * @param schedule the schedule
   * @param locale the language
   * @return the blocks
   */
  public static List<Block> schedule(OrgDirectory directory, ScheduleResult schedule, ReportLocale locale) {
    List<Block> blocks = new ArrayList<>();
    if (!schedule.feasible()) {
      blocks.add(Paragraph.of(locale.pick("Không xếp được lịch kiểm tra:", "The visits do not fit:")));
      blocks.add(BulletList.of(schedule.problems().stream().map(p -> problem(directory, p, locale)).toList()));
    }
    Table.Builder table = Table.builder(locale.pick("Lịch kiểm tra trực tiếp", "Visit schedule"))
        .column(locale.pick("STT", "No."), ColumnType.INTEGER)
        .column(locale.pick("Đơn vị được kiểm tra", "Unit"), ColumnType.TEXT)
        .column(locale.pick("Đơn vị trực thuộc", "Subordinate units"), ColumnType.TEXT)
        .column(locale.pick("Tổ kiểm tra", "Sub-team"), ColumnType.TEXT)
        .column(locale.pick("Từ ngày", "From"), ColumnType.DATE)
        .column(locale.pick("Đến ngày", "To"), ColumnType.DATE)
        .column(locale.pick("Số ngày làm việc", "Working days"), ColumnType.INTEGER)
        .column(locale.pick("Ngày thông báo", "Notice"), ColumnType.DATE)
        .column(locale.pick("Hạn gửi báo cáo", "Report due"), ColumnType.DATE);
    List<TimelineChart.Item> items = new ArrayList<>();
    long n = 1;
    for (Visit visit : schedule.visits()) {
      table.row(
          Cell.integer(n++),
          Cell.text(name(directory, visit.unit())),
          Cell.text(names(directory, visit.subordinates())),
          Cell.text(visit.subTeam()),
          Cell.date(visit.start()),
          Cell.date(visit.end()),
          Cell.integer(visit.workingDays()),
          visit.noticeDate().map(Cell::date).orElse(Cell.empty()),
          visit.reportDue().map(Cell::date).orElse(Cell.empty()));
      items.add(TimelineChart.Item.of(name(directory, visit.unit()), visit.start(), visit.end()));
    }
    blocks.add(table.build());
    blocks.add(Figure.of(TimelineChart.of(locale.pick("Lịch kiểm tra", "Visit timeline"), items)));
    if (!schedule.notVisited().isEmpty()) {
      blocks.add(Paragraph.of(locale.pick("Đối tượng kiểm tra không trực tiếp (không xếp lịch):",
          "Targets inspected without a visit (not scheduled):")));
      blocks.add(BulletList.of(schedule.notVisited().stream()
          .map(t -> name(directory, t.unit()) + " – " + t.form().label(locale.locale())).toList()));
    }
    return blocks;
  }

  static String name(OrgDirectory directory, String id) {
    return directory.unit(id).map(OrgUnit::name).orElse(id);
  }

  static String names(OrgDirectory directory, List<String> ids) {
    return ids.stream().map(id -> name(directory, id)).collect(Collectors.joining("; "));
  }

  private static String message(Finding finding, ReportLocale locale) {
    return locale.pick(finding.messageVi(), finding.messageEn());
  }

  private static String problem(OrgDirectory directory, ScheduleProblem problem, ReportLocale locale) {
    String text = locale.pick(problem.messageVi(), problem.messageEn());
    return problem.units().isEmpty() ? text : text + " (" + names(directory, problem.units()) + ")";
  }
}
