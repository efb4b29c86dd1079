package io.github.cchc.reporting;

import io.github.cchc.core.inspection.VisitFinding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import io.github.cchc.core.plan.Timeliness;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorTable;
import io.github.cchc.scoring.indicator.ObservationSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The periodic CCHC report after the outline (Đề cương báo cáo) of the Sơn La seed, prefilled from the data: Phần I
 * situation; Phần II with I direction, II the results of each of the six reform areas, III next steps ("Phương hướng
 * nhiệm vụ trong thời gian tới") and IV proposals ("Đề xuất, kiến nghị"), numbered as the seed numbers them; then
 * Phụ lục I and, when statistics are given, Phụ lục II, each with its line "(kèm theo Báo cáo số …)".
 *
 * <p>For each area, "results achieved" lists the tasks done in the period with their documents; "limitations" lists
 * the overdue tasks, the indicators that fell from last year and, under direction (which covers inspection work),
 * the inspection findings still open; "next steps" lists the tasks not done that fall due by the end of the next
 * period and those overdue. What
 * the data cannot say (the situation, the causes, the assessment, the proposals) is left as clearly marked
 * placeholders.
 *
 * <pre>{@code
 * Report report = PeriodicReport.builder()
 *     .plan(plan)
 *     .period(ReportPeriod.parse("2024S1"))
 *     .statistics(PeriodicReport.Statistics.of(observations, "TB"))
 *     .addAllInspectionFindings(inspectionPlan.findings())
 *     .options(ReportOptions.builder().heading(heading).build())
 *     .build()
 *     .report();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodicReport {

  PeriodicReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeriodicReport}; {@code plan} and {@code period} are required. */
  public static final class Builder extends ImmutablePeriodicReport.Builder {
    Builder() {}
  }

  /**
   * The statistics of Phụ lục II: the observations and the unit reported on. The current year's column holds what
   * the observations give for the period's year (for a half-year report, the figures up to its end).
   *
   * @param observations the observations, of any unit and of periods no longer than a year
   * @param unitId the unit
   */
  public record Statistics(ObservationSet observations, String unitId) {
    /**
     * Checks presence.
     *
     * @param observations the observations
     * @param unitId the unit
     */
    public Statistics {
      Objects.requireNonNull(observations, "observations");
      Objects.requireNonNull(unitId, "unitId");
    }

    /**
     * Creates the statistics.
     *
     * @param observations the observations
     * @param unitId the unit
     * @return the statistics
     */
    public static Statistics of(ObservationSet observations, String unitId) {
      return new Statistics(observations, unitId);
    }
  }

  /**
   * Returns the plan whose tasks the report accounts for.
   *
   * @return the plan
   */
  public abstract Plan plan();

  /**
   * Returns the reporting period: a quarter, a half-year or a year.
   *
   * @return the period
   */
  public abstract ReportPeriod period();

  /**
   * Returns the statistics for Phụ lục II and for the indicators that fell, if any.
   *
   * @return the statistics
   */
  public abstract Optional<Statistics> statistics();

  /**
   * Returns the findings of inspection visits; those still open at the end of the period are limitations.
   *
   * @return the findings
   */
  public abstract List<VisitFinding> inspectionFindings();

  /**
   * Returns the directory that names the units of the findings; without it, units are shown by id.
   *
   * @return the directory
   */
  public abstract Optional<OrgDirectory> directory();

  /**
   * Returns the language, heading and title.
   *
   * @return the options
   */
  @Value.Default
  public ReportOptions options() {
    return ReportOptions.defaults();
  }

  /**
   * Builds the report.
   *
   * @return the report
   */
  public Report report() {
    ReportLocale locale = options().locale();
    LocalDate end = period().lastDay();
    // A heading with a document type and a summary names the report itself: its summary is the title.
    String title = options().heading().filter(h -> h.documentType().isPresent()).flatMap(NationalHeading::summary)
        .orElse(locale.pick("Báo cáo kết quả thực hiện công tác cải cách hành chính", "Administrative reform report"));
    Report.Builder report = options().start(title,
        Optional.of(locale.pick(period().label(), period().toString())));
    report.addBlocks(Section.of(locale.pick("Phần I", "Part I"), locale.pick("Đặc điểm, tình hình", "Situation"),
        Section.of("I", locale.pick("Về tổ chức bộ máy, cán bộ", "Organisation and staff"),
            Placeholder.of(locale.pick("tổ chức bộ máy, biên chế, cán bộ làm công tác CCHC",
                "organisation, staffing and the staff working on reform"))),
        Section.of("II", locale.pick("Khái quát chung", "Overview"),
            Section.of("1", locale.pick("Thuận lợi", "Advantages"),
                Placeholder.of(locale.pick("những thuận lợi trong kỳ", "the advantages of the period"))),
            Section.of("2", locale.pick("Khó khăn", "Difficulties"),
                Placeholder.of(locale.pick("những khó khăn trong kỳ", "the difficulties of the period"))))));
    List<Block> results = new ArrayList<>();
    results.add(areaSection("I", ReformArea.DIRECTION, "1", "2", end, locale));
    List<Block> areas = new ArrayList<>();
    int n = 1;
    for (ReformArea area : ReformArea.reformAreas()) {
      areas.add(areaSection(Integer.toString(n++), area, "a)", "b)", end, locale));
    }
    results.add(Section.of("II", locale.pick("Kết quả triển khai thực hiện nhiệm vụ", "Results by reform area"), areas));
    results.add(Section.of("III", locale.pick("Phương hướng nhiệm vụ trong thời gian tới", "Next steps"),
        nextSteps(end, locale)));
    results.add(Section.of("IV", locale.pick("Đề xuất, kiến nghị", "Proposals"),
        Placeholder.of(locale.pick("đề xuất, kiến nghị với cơ quan cấp trên", "proposals to the higher authorities"))));
    report.addBlocks(Section.of(locale.pick("Phần II", "Part II"), locale.pick("Kết quả thực hiện", "Results"),
        results));
    int year = period().year();
    report.addBlocks(Section.of(locale.pick("Phụ lục I", "Appendix I"),
        locale.pick("Danh mục các nhiệm vụ đã hoàn thành trong Kế hoạch cải cách hành chính năm ",
            "Tasks completed under the administrative reform plan of ") + plan().year(),
        Paragraph.of(Attachment.PHU_LUC_I.line(options().heading(), year, locale)),
        CompletedTasksAppendix.table(plan(), end, locale)));
    statistics().ifPresent(s -> report.addBlocks(Section.of(locale.pick("Phụ lục II", "Appendix II"),
        locale.pick("Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính",
            "Statistics of the administrative reform results"),
        Paragraph.of(Attachment.PHU_LUC_II.line(options().heading(), year, locale)),
        StatisticsAppendix.table(s.observations(), s.unitId(), year, locale))));
    return report.build();
  }

  private Section areaSection(
      String number, ReformArea area, String resultsNumber, String limitsNumber, LocalDate end, ReportLocale locale) {
    List<Task> tasks = plan().tasksOf(area);
    long done = tasks.stream().filter(t -> t.status() == TaskStatus.DONE
        && t.completionDate().map(d -> !d.isAfter(end)).orElse(true)).count();
    long onTime = tasks.stream().filter(t -> t.timeliness(end) == Timeliness.ON_TIME).count();
    long late = tasks.stream().filter(t -> t.timeliness(end) == Timeliness.LATE).count();
    List<Task> overdue = tasks.stream().filter(t -> t.timeliness(end) == Timeliness.OVERDUE).toList();
    List<Block> results = new ArrayList<>();
    long undated = tasks.stream().filter(t -> t.timeliness(end) == Timeliness.UNKNOWN).count();
    String undatedVi = undated == 0 ? "" : ", " + undated + " chưa ghi ngày hoàn thành";
    String undatedEn = undated == 0 ? "" : ", " + undated + " without a completion date";
    results.add(Paragraph.of(locale.pick(
        "Kế hoạch đề ra " + tasks.size() + " nhiệm vụ; đến ngày " + locale.formatDate(end) + " đã hoàn thành " + done
            + " nhiệm vụ (" + onTime + " đúng hạn, " + late + " trễ hạn" + undatedVi + "); " + overdue.size()
            + " nhiệm vụ quá hạn chưa hoàn thành.",
        "The plan sets " + tasks.size() + " tasks; by " + locale.formatDate(end) + ", " + done + " are done ("
            + onTime + " on time, " + late + " late" + undatedEn + "); " + overdue.size() + " are overdue.")));
    List<String> doneInPeriod = new ArrayList<>();
    for (Task task : tasks) {
      if (task.status() == TaskStatus.DONE && task.completionDate().filter(period()::contains).isPresent()) {
        doneInPeriod.add(task.title() + task.completion().map(c -> ": " + document(c, locale)).orElse(""));
      }
    }
    if (!doneInPeriod.isEmpty()) {
      results.add(Paragraph.of(locale.pick("Nhiệm vụ hoàn thành trong kỳ:", "Tasks done in the period:")));
      results.add(BulletList.of(doneInPeriod));
    }
    results.add(Placeholder.of(locale.pick("đánh giá kết quả, hiệu quả đạt được của lĩnh vực",
        "an assessment of the results in this area")));
    List<Block> limits = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Task task : overdue) {
      problems.add(locale.pick("Nhiệm vụ quá hạn: ", "Overdue task: ") + task.title()
          + task.dueDate().map(d -> locale.pick(" (hạn ", " (due ") + locale.formatDate(d) + ")").orElse(""));
    }
    statistics().ifPresent(s -> {
      for (IndicatorTable.Row row : StatisticsAppendix.fell(IndicatorCatalog.phuLucII(), s.observations(), s.unitId(),
          period().year())) {
        if (row.indicator().area() == area) {
          problems.add(locale.pick("Chỉ tiêu giảm so với năm trước: ", "Indicator lower than last year: ")
              + row.indicator().name() + " (" + locale.format(StatisticsAppendix.cell(row.indicator(),
                  row.previous().get(), locale)) + " → " + locale.format(StatisticsAppendix.cell(row.indicator(),
                  row.current().get(), locale)) + ")");
        }
      }
    });
    if (area == ReformArea.DIRECTION) {
      for (VisitFinding finding : inspectionFindings()) {
        if (finding.isOpen() && finding.visitDate().map(d -> !d.isAfter(end)).orElse(true)) {
          problems.add(locale.pick("Tồn tại qua kiểm tra chưa khắc phục tại ", "Open inspection finding at ")
              + unitName(finding.unit()) + ": " + finding.finding()
              + finding.remediationDue().map(d -> locale.pick(" (hạn khắc phục ", " (remediation due ")
                  + locale.formatDate(d) + ")").orElse(""));
        }
      }
    }
    if (!problems.isEmpty()) {
      limits.add(BulletList.of(problems));
    }
    limits.add(Placeholder.of(locale.pick("tồn tại, hạn chế khác và nguyên nhân", "other limitations and their causes")));
    return Section.of(number, locale.label(area),
        Section.of(resultsNumber, locale.pick("Kết quả đạt được", "Results achieved"), results),
        Section.of(limitsNumber, locale.pick("Tồn tại, hạn chế và nguyên nhân", "Limitations and causes"), limits));
  }

  private List<Block> nextSteps(LocalDate end, ReportPeriod next, ReportLocale locale) {
    List<Block> blocks = new ArrayList<>();
    for (ReformArea area : ReformArea.values()) {
      List<String> items = new ArrayList<>();
      for (Task task : plan().tasksOf(area)) {
        Timeliness timeliness = task.timeliness(end);
        // Not done and due by the end of the next period, including a task due on this period's last day.
        boolean dueNext = timeliness == Timeliness.NOT_YET_DUE
            && task.dueDate().filter(d -> !d.isAfter(next.lastDay())).isPresent();
        if (dueNext || timeliness == Timeliness.OVERDUE) {
          items.add(task.title() + task.dueDate().map(d -> locale.pick(" (hạn ", " (due ") + locale.formatDate(d)
              + (timeliness == Timeliness.OVERDUE ? locale.pick(", đã quá hạn", ", overdue") : "") + ")").orElse(""));
        }
      }
      if (!items.isEmpty()) {
        blocks.add(Paragraph.of(locale.label(area) + ":"));
        blocks.add(BulletList.of(items));
      }
    }
    if (blocks.isEmpty()) {
      blocks.add(Paragraph.of(locale.pick("Không có nhiệm vụ đến hạn trong kỳ tới.", "No task falls due next period.")));
    }
    blocks.add(Placeholder.of(locale.pick("nhiệm vụ, giải pháp trọng tâm kỳ tới", "the main tasks and measures ahead")));
    return blocks;
  }

  private List<Block> nextSteps(LocalDate end, ReportLocale locale) {
    return nextSteps(end, period().next(), locale);
  }

  private String unitName(String id) {
    return directory().flatMap(d -> d.unit(id)).map(u -> u.name()).orElse(id);
  }

  private static String document(Completion completion, ReportLocale locale) {
    return completion.number() + locale.pick(" ngày ", " of ") + locale.formatDate(completion.date())
        + (completion.summary().isEmpty() ? "" : " – " + completion.summary());
  }
}
