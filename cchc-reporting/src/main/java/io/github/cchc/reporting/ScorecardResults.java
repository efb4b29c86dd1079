package io.github.cchc.reporting;

import io.github.cchc.reporting.chart.BarChart;
import io.github.cchc.reporting.chart.ValueKind;
import io.github.cchc.scoring.scorecard.Classification;
import io.github.cchc.scoring.scorecard.CriterionScore;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import io.github.cchc.scoring.scorecard.YearOverYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scorecard results product: the ranking table (rank, unit, points, index, band, change from the earlier
 * period), the index of each area per unit, and a bar chart of the indexes, highest first.
 *
 * <pre>{@code
 * Ranking ranking = Ranking.of(results2024, results2023);
 * Report report = ScorecardResults.report(ranking, ReportOptions.defaults());
 * }</pre>
 *
 * <p>An empty ranking gives a report whose tables and chart say "không có dữ liệu". This class is immutable and
 * thread-safe.
 */
public final class ScorecardResults {

  private ScorecardResults() {}

  /**
   * Builds the report.
   *
   * @param ranking the ranking, with the changes from the earlier period where known
   * @param options the language, heading and title
   * @return the report
   */
  public static Report report(Ranking ranking, ReportOptions options) {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(options, "options");
    ReportLocale locale = options.locale();
    List<Ranking.Entry> entries = ranking.entries();
    Optional<ScoreResult> first = entries.stream().findFirst().map(Ranking.Entry::result);
    Optional<Scorecard> scorecard = first.map(ScoreResult::scorecard);
    String title = locale.pick("Kết quả xác định chỉ số cải cách hành chính", "Administrative reform index results");
    Optional<String> subtitle = first.map(r -> scorecard.get().name() + " – " + periodLabel(r, locale));
    Report.Builder report = options.start(title, subtitle);
    scorecard.filter(Scorecard::example).ifPresent(card -> report.addBlocks(Paragraph.of(locale.pick(
        "Bộ tiêu chí này là ví dụ, không phải bộ tiêu chí chính thức.",
        "This scorecard is an example, not an official one."))));
    report.addBlocks(Section.of("I", locale.pick("Bảng xếp hạng", "Ranking"), rankingTable(ranking, locale),
        Figure.of(chart(ranking, locale))));
    report.addBlocks(Section.of("II", locale.pick("Chỉ số thành phần theo lĩnh vực", "Index by area"),
        areaTable(ranking, locale)));
    return report.build();
  }

  /**
   * Builds the ranking table alone: rank, unit, points achieved, applicable maximum, index, band, change.
   *
   * @param ranking the ranking
   * @param locale the language
   * @return the table
   */
  public static Table rankingTable(Ranking ranking, ReportLocale locale) {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(locale, "locale");
    Table.Builder table = Table.builder(locale.pick("Bảng xếp hạng chỉ số", "Index ranking"))
        .column(locale.pick("Xếp hạng", "Rank"), ColumnType.INTEGER)
        .column(locale.pick("Đơn vị", "Unit"), ColumnType.TEXT)
        .column(locale.pick("Điểm đạt được", "Points"), ColumnType.DECIMAL)
        .column(locale.pick("Điểm tối đa", "Maximum"), ColumnType.DECIMAL)
        .column(locale.pick("Chỉ số", "Index"), ColumnType.PERCENT)
        .column(locale.pick("Xếp loại", "Band"), ColumnType.TEXT)
        .column(locale.pick("Tăng/giảm so với kỳ trước (điểm %)", "Change from the earlier period (points)"),
            ColumnType.DECIMAL);
    for (Ranking.Entry entry : ranking.entries()) {
      ScoreResult result = entry.result();
      table.row(
          Cell.integer(entry.rank()),
          Cell.text(result.unitName()),
          Cell.decimal(result.achieved()),
          Cell.decimal(result.applicableMax()),
          Cell.percent(result.index()),
          Cell.text(result.classification().map(Classification::label).orElse("")),
          entry.change().map(YearOverYear::change).map(Cell::decimal).orElse(Cell.empty()));
    }
    if (entries(ranking).stream().anyMatch(r -> r.rescaling().isRescaled())) {
      table.note(locale.pick(
          "Tiêu chí không áp dụng được loại khỏi điểm tối đa; chỉ số được quy về thang 100.",
          "Criteria not applicable leave the maximum; the index is rescaled to 100."));
    }
    return table.build();
  }

  /**
   * Builds the bar chart of the indexes, highest first.
   *
   * @param ranking the ranking
   * @param locale the language
   * @return the chart
   */
  public static BarChart chart(Ranking ranking, ReportLocale locale) {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (Ranking.Entry entry : ranking.entries()) {
      bars.add(BarChart.Bar.of(entry.result().unitName(), entry.result().index()));
    }
    return BarChart.horizontal(locale.pick("Chỉ số cải cách hành chính theo đơn vị", "Reform index by unit"),
        locale.pick("Đơn vị", "Unit"), locale.pick("Chỉ số", "Index"), ValueKind.PERCENT, bars).sortedDescending();
  }

  private static Table areaTable(Ranking ranking, ReportLocale locale) {
    Table.Builder table = Table.builder(locale.pick("Chỉ số theo lĩnh vực", "Index by area"))
        .column(locale.pick("Đơn vị", "Unit"), ColumnType.TEXT);
    List<ScoreResult> results = entries(ranking);
    List<CriterionScore> areas = results.isEmpty() ? List.of() : results.get(0).areas();
    for (CriterionScore area : areas) {
      table.column(area.code() + ". " + area.name(), ColumnType.PERCENT);
    }
    for (ScoreResult result : results) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(result.unitName()));
      for (CriterionScore area : areas) {
        cells.add(result.index(area.code()).map(Cell::percent)
            .orElse(Cell.text(locale.pick("Không áp dụng", "Not applicable"))));
      }
      table.row(Row.of(cells));
    }
    return table.build();
  }

  private static List<ScoreResult> entries(Ranking ranking) {
    return ranking.entries().stream().map(Ranking.Entry::result).toList();
  }

  private static String periodLabel(ScoreResult result, ReportLocale locale) {
    return locale.pick(result.period().label(), result.period().toString());
  }
}
