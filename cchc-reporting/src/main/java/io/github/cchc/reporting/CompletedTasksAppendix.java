package io.github.cchc.reporting;

import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import io.github.cchc.core.plan.Timeliness;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Phụ lục I, the appendix of completed tasks: the tasks of a plan done by the end of the reporting period, grouped by
 * area in the fixed order of the seven areas (all seven, including administrative procedures, which the Sơn La
 * template leaves out), with the completing document's number and summary, the deadline, whether it was on time or
 * late, and the completion date as a note. Under the title stands the seed's line "(kèm theo Báo cáo số ...../BC-...
 * ngày .../.../ 2024 của ...)", with the report's number and date when the national heading gives them.
 *
 * <pre>{@code
 * Report report = CompletedTasksAppendix.report(plan, ReportPeriod.parse("2024S1"), ReportOptions.defaults());
 * }</pre>
 *
 * <p>A task marked done without a completion date is listed, with its timeliness "chưa xác định", never guessed. An
 * area without completed tasks shows a row saying "không có dữ liệu". This class is immutable and thread-safe.
 */
public final class CompletedTasksAppendix {

  private CompletedTasksAppendix() {}

  /**
   * Builds the appendix as a report.
   *
   * @param plan the plan, with the tasks' tracking
   * @param period the reporting period; tasks done by its last day are listed
   * @param options the language, heading and title
   * @return the report
   */
  public static Report report(Plan plan, ReportPeriod period, ReportOptions options) {
    Objects.requireNonNull(options, "options");
    ReportLocale locale = options.locale();
    return options.start(
            locale.pick("Phụ lục I. Danh mục các nhiệm vụ đã hoàn thành trong Kế hoạch cải cách hành chính năm ",
                "Appendix I. Tasks completed under the administrative reform plan of ") + plan.year(),
            Optional.of(Attachment.PHU_LUC_I.line(options.heading(), period.year(), locale)))
        .addBlocks(Paragraph.of(locale.pick("Tính đến ngày ", "As of ") + locale.formatDate(period.lastDay()) + "."),
            table(plan, period.lastDay(), locale))
        .build();
  }

  /**
   * Builds the appendix table: STT, task, document number, summary, deadline, on time or late, note.
   *
   * @param plan the plan
   * @param asOf the date by which tasks count as done
   * @param locale the language
   * @return the table
   */
  public static Table table(Plan plan, LocalDate asOf, ReportLocale locale) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(locale, "locale");
    Table.Builder table = Table.builder(locale.pick("Danh mục các nhiệm vụ đã hoàn thành", "Tasks completed"))
        .column(locale.pick("STT", "No."), ColumnType.TEXT)
        .column(locale.pick("Tên nhiệm vụ", "Task"), ColumnType.TEXT)
        .column(locale.pick("Số văn bản", "Document number"), ColumnType.TEXT)
        .column(locale.pick("Trích yếu nội dung văn bản", "Document summary"), ColumnType.TEXT)
        .column(locale.pick("Thời hạn ban hành văn bản", "Deadline"), ColumnType.DATE)
        .column(locale.pick("Đúng hạn/quá hạn", "On time/late"), ColumnType.TEXT)
        .column(locale.pick("Ghi chú", "Note"), ColumnType.TEXT);
    for (ReformArea area : ReformArea.values()) {
      table.row(Row.group(Cell.text(area.roman()), Cell.text(locale.label(area).toUpperCase(locale.locale())),
          Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty()));
      List<Task> done = done(plan, area, asOf);
      if (done.isEmpty()) {
        table.row(Cell.empty(), Cell.text(locale.noData()), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(),
            Cell.empty());
      }
      int n = 1;
      for (Task task : done) {
        Optional<Completion> completion = task.completion();
        table.row(
            Cell.text(Integer.toString(n++)),
            Cell.text(task.title()),
            Cell.text(completion.map(c -> c.number().toString()).orElse("")),
            Cell.text(completion.map(Completion::summary).orElse("")),
            deadline(task),
            Cell.text(timeliness(task.timeliness(asOf), locale)),
            Cell.text(task.completionDate()
                .map(d -> locale.pick("Hoàn thành ngày ", "Completed on ") + locale.formatDate(d))
                .orElse(locale.pick("Chưa ghi ngày hoàn thành", "Completion date not recorded"))));
      }
    }
    return table.build();
  }

  /**
   * Returns the tasks of an area done by a date: marked done, with a completion date on or before it or none
   * recorded.
   *
   * @param plan the plan
   * @param area the area
   * @param asOf the date
   * @return the tasks, in plan order
   */
  static List<Task> done(Plan plan, ReformArea area, LocalDate asOf) {
    return plan.tasksOf(area).stream()
        .filter(t -> t.status() == TaskStatus.DONE)
        .filter(t -> t.completionDate().map(d -> !d.isAfter(asOf)).orElse(true))
        .toList();
  }

  /** The deadline as a date when the timeframe resolves to one, otherwise as the plan writes it. */
  static Cell deadline(Task task) {
    return task.dueDate().map(Cell::date)
        .orElse(Cell.text(task.timeframeText().orElse(task.timeframe().map(Object::toString).orElse(""))));
  }

  static String timeliness(Timeliness timeliness, ReportLocale locale) {
    return switch (timeliness) {
      case ON_TIME -> locale.onTime();
      case LATE -> locale.late();
      case UNKNOWN -> locale.pick("Chưa xác định", "Unknown");
      case NO_DUE_DATE -> locale.pick("Không có thời hạn xác định", "No due date");
      case OVERDUE -> locale.pick("Quá hạn, chưa hoàn thành", "Overdue");
      case NOT_YET_DUE -> locale.pick("Chưa đến hạn", "Not yet due");
      case CANCELLED -> locale.pick("Đã hủy", "Cancelled");
    };
  }
}
