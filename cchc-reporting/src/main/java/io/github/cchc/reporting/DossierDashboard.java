package io.github.cchc.reporting;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.reporting.chart.BarChart;
import io.github.cchc.reporting.chart.LineChart;
import io.github.cchc.reporting.chart.ShareChart;
import io.github.cchc.reporting.chart.ValueKind;
import io.github.cchc.scoring.dossier.Channel;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierIndicator;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierTable;
import io.github.cchc.scoring.indicator.IndicatorValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dossier dashboard product: for the units under a scope unit (a province, a district) over a period, the
 * on-time rate per unit as sorted bars, the monthly trend of dossiers received and finished on time as lines, the
 * mix of submission channels as a donut, and a table of the figures per unit with the scope's total.
 *
 * <pre>{@code
 * DossierTable dossiers = DossierCsvReader.read(path, directory).table();
 * Report report = DossierDashboard.report(dossiers, "SL", ReportPeriod.ofYear(2024), ReportOptions.defaults());
 * }</pre>
 *
 * <p>Rates are the ratio of the summed counts (the scope's total rolls its descendants up), shown to two decimals
 * {@link RoundingMode#HALF_UP}. A unit is listed when it has dossiers of its own. This class is immutable and
 * thread-safe.
 */
public final class DossierDashboard {

  private DossierDashboard() {}

  /**
   * Builds the dashboard.
   *
   * @param dossiers the dossier table
   * @param scopeUnitId the unit whose subtree the dashboard covers, itself included
   * @param period the period; the trend shows its months
   * @param options the language, heading and title
   * @return the report
   * @throws io.github.cchc.core.org.UnknownUnitException if the scope unit is not in the table's directory
   */
  public static Report report(DossierTable dossiers, String scopeUnitId, ReportPeriod period, ReportOptions options) {
    Objects.requireNonNull(dossiers, "dossiers");
    Objects.requireNonNull(scopeUnitId, "scopeUnitId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(options, "options");
    ReportLocale locale = options.locale();
    OrgDirectory directory = dossiers.directory();
    OrgUnit scope = directory.require(scopeUnitId);
    DossierCounts own = dossiers.aggregate(DossierQuery.of(period));
    DossierCounts total = own.rolledUp();
    List<UnitFigures> units = new ArrayList<>();
    for (OrgUnit unit : directory.units()) {
      boolean inScope = unit.id().equals(scopeUnitId) || directory.isAncestor(scopeUnitId, unit.id());
      if (inScope && dossiers.sizeOf(unit.id()) > 0) {
        units.add(new UnitFigures(unit.name(), own, unit.id(), period));
      }
    }
    units.sort(Comparator.comparing((UnitFigures u) -> u.onTimeRate().orElse(BigDecimal.valueOf(-1))).reversed());
    Report.Builder report = options.start(
        locale.pick("Tình hình giải quyết hồ sơ thủ tục hành chính", "Administrative procedure dossiers"),
        Optional.of(scope.name() + " – " + locale.pick(period.label(), period.toString())));
    UnitFigures all = new UnitFigures(locale.pick("Tổng cộng", "Total"), total, scopeUnitId, period);
    report.addBlocks(Section.of("I", locale.pick("Tỷ lệ giải quyết đúng hạn theo đơn vị", "On-time rate by unit"),
        Figure.of(onTimeChart(units, locale)), figuresTable(units, all, locale)));
    report.addBlocks(Section.of("II", locale.pick("Xu hướng theo tháng", "Monthly trend"),
        Figure.of(trend(dossiers, scopeUnitId, period, locale))));
    report.addBlocks(Section.of("III", locale.pick("Hình thức nộp hồ sơ", "Submission channels"),
        Figure.of(channels(total, scopeUnitId, period, locale))));
    return report.build();
  }

  private static BarChart onTimeChart(List<UnitFigures> units, ReportLocale locale) {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (UnitFigures u : units) {
      u.onTimeRate().ifPresent(rate -> bars.add(BarChart.Bar.of(u.name(), rate)));
    }
    return BarChart.horizontal(locale.pick("Tỷ lệ hồ sơ giải quyết đúng hạn", "Dossiers finished on time"),
        locale.pick("Đơn vị", "Unit"), locale.pick("Tỷ lệ đúng hạn", "On-time rate"), ValueKind.PERCENT, bars)
        .sortedDescending();
  }

  private static Table figuresTable(List<UnitFigures> units, UnitFigures total, ReportLocale locale) {
    Table.Builder table = Table.builder(locale.pick("Kết quả giải quyết hồ sơ theo đơn vị", "Dossiers by unit"))
        .column(locale.pick("Đơn vị", "Unit"), ColumnType.TEXT)
        .column(locale.pick("Tiếp nhận", "Received"), ColumnType.INTEGER)
        .column(locale.pick("Đã giải quyết", "Finished"), ColumnType.INTEGER)
        .column(locale.pick("Giải quyết đúng hạn", "Finished on time"), ColumnType.COUNT_WITH_SHARE)
        .column(locale.pick("Giải quyết trễ hạn", "Finished late"), ColumnType.INTEGER)
        .column(locale.pick("Quá hạn chưa giải quyết", "Pending and overdue"), ColumnType.INTEGER)
        .column(locale.pick("Trực tuyến toàn trình", "Fully online"), ColumnType.PERCENT)
        .column(locale.pick("Số hóa", "Digitised"), ColumnType.PERCENT);
    units.forEach(u -> table.row(u.row(locale, false)));
    if (!units.isEmpty()) {
      table.row(total.row(locale, true));
    }
    return table.build();
  }

  private static LineChart trend(DossierTable dossiers, String scope, ReportPeriod period, ReportLocale locale) {
    List<ReportPeriod> months = period.type() == ReportPeriod.Type.MONTH
        ? List.of(period) : period.split(ReportPeriod.Type.MONTH);
    DossierCounts monthly = dossiers.aggregate(DossierQuery.of(months)).rolledUp();
    List<String> labels = new ArrayList<>();
    List<BigDecimal> received = new ArrayList<>();
    List<BigDecimal> onTime = new ArrayList<>();
    for (ReportPeriod month : months) {
      labels.add(String.format(java.util.Locale.ROOT, "%02d/%d", month.index(), month.year()));
      received.add(BigDecimal.valueOf(monthly.value(DossierIndicator.RECEIVED, scope, month).numerator()));
      onTime.add(BigDecimal.valueOf(monthly.value(DossierIndicator.FINISHED_ON_TIME, scope, month).numerator()));
    }
    boolean none = received.stream().allMatch(v -> v.signum() == 0) && onTime.stream().allMatch(v -> v.signum() == 0);
    return LineChart.of(locale.pick("Hồ sơ tiếp nhận và giải quyết đúng hạn theo tháng",
            "Dossiers received and finished on time by month"), locale.pick("Tháng", "Month"), ValueKind.NUMBER,
        none ? List.of() : labels,
        none ? List.of() : List.of(
            LineChart.Series.of(locale.pick("Tiếp nhận", "Received"), received),
            LineChart.Series.of(locale.pick("Giải quyết đúng hạn", "Finished on time"), onTime)));
  }

  private static ShareChart channels(DossierCounts total, String scope, ReportPeriod period, ReportLocale locale) {
    long received = total.value(DossierIndicator.RECEIVED, scope, period).numerator();
    long full = total.value(DossierIndicator.ONLINE_FULL_RATE, scope, period).numerator();
    long partial = total.value(DossierIndicator.ONLINE_PARTIAL_RATE, scope, period).numerator();
    long postal = total.value(DossierIndicator.POSTAL_RATE, scope, period).numerator();
    long direct = received - full - partial - postal;
    List<ShareChart.Slice> slices = new ArrayList<>();
    slices.add(ShareChart.Slice.of(label(Channel.DIRECT, locale), Math.max(0, direct)));
    slices.add(ShareChart.Slice.of(label(Channel.ONLINE_PARTIAL, locale), partial));
    slices.add(ShareChart.Slice.of(label(Channel.ONLINE_FULL, locale), full));
    slices.add(ShareChart.Slice.of(label(Channel.POSTAL, locale), postal));
    return new ShareChart(locale.pick("Cơ cấu hình thức nộp hồ sơ", "Submission channel mix"),
        locale.pick("Hình thức nộp", "Channel"), locale.pick("Số hồ sơ", "Dossiers"), ShareChart.Style.DONUT, slices);
  }

  private static String label(Channel channel, ReportLocale locale) {
    return switch (channel) {
      case DIRECT -> locale.pick(channel.label(), "In person");
      case ONLINE_PARTIAL -> locale.pick(channel.label(), "Partly online");
      case ONLINE_FULL -> locale.pick(channel.label(), "Fully online");
      case POSTAL -> locale.pick(channel.label(), "Public postal service");
    };
  }

  /** The figures of one unit, or of the scope's total, for the period. */
  private record UnitFigures(String name, DossierCounts counts, String unitId, ReportPeriod period) {

    IndicatorValue value(DossierIndicator indicator) {
      return counts.value(indicator, unitId, period);
    }

    Optional<BigDecimal> onTimeRate() {
      return value(DossierIndicator.ON_TIME_RATE).share(2, RoundingMode.HALF_UP);
    }

    Row row(ReportLocale locale, boolean total) {
      IndicatorValue onTime = value(DossierIndicator.ON_TIME_RATE);
      List<Cell> cells = List.of(
          Cell.text(name),
          Cell.integer(value(DossierIndicator.RECEIVED).numerator()),
          Cell.integer(value(DossierIndicator.FINISHED).numerator()),
          Cell.countWithShare(onTime.numerator(), onTime.denominator().orElse(0), locale.pick("hồ sơ", "")),
          Cell.integer(value(DossierIndicator.FINISHED_LATE).numerator()),
          Cell.integer(value(DossierIndicator.PENDING_OVERDUE).numerator()),
          rate(DossierIndicator.ONLINE_FULL_RATE),
          rate(DossierIndicator.DIGITIZED_RATE));
      return total ? new Row(RowKind.TOTAL, cells) : Row.of(cells);
    }

    private Cell rate(DossierIndicator indicator) {
      return value(indicator).share(2, RoundingMode.HALF_UP).map(Cell::percent).orElse(Cell.empty());
    }
  }
}
