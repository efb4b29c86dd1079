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
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dossier dashboard product: for the units under a scope unit (a province, a district) over a period, the
 * on-time rate per unit as sorted bars, the trend of dossiers received and finished on time as lines, the mix of
 * submission channels as a donut, and a table of the figures of every unit with the scope's total.
 *
 * <pre>{@code
 * DossierTable dossiers = DossierCsvReader.of(directory).read(path).table();
 * ReportPeriod year = ReportPeriod.ofYear(2024);
 * DossierCounts monthly = dossiers.aggregate(DossierQuery.of(year, ReportPeriod.Type.MONTH));   // once
 * Report report = DossierDashboard.report(monthly, "SL", year, ReportOptions.defaults());
 * }</pre>
 *
 * <p>The dashboard takes counts already aggregated, each unit's own: {@link DossierCounts} as {@code aggregate}
 * returns them (not rolled up), or the {@code dossiers.*} observations of an {@link ObservationSet}, of periods within
 * the period (months for a monthly trend, quarters for a quarterly one). The period's figures follow from them by the
 * indicators' time aggregation ({@link ObservationSet#overTime}: flows sum, the dossiers pending and overdue are those
 * at the period's end), the scope's total by rolling them up the hierarchy ({@link ObservationSet#rolledUp}), and the
 * channel mix from the counts of each channel, direct submission included. Rates are ratios of the summed counts,
 * exact until the renderer rounds them for display (two decimals, half up). A unit is listed when it has dossier
 * figures of its own in the period.
 *
 * <p>With more than {@value #ALL_BARS} units having finished dossiers, a bar per unit would not read: the chart then
 * shows the {@value #TOP} units with the highest and the {@value #TOP} with the lowest on-time rate, and a chart of
 * how many units fall in each band of rate; the table still lists every unit. This class is immutable and
 * thread-safe.
 */
public final class DossierDashboard {

  /** Up to this many units with finished dossiers, every unit has its bar. */
  static final int ALL_BARS = 20;
  /** Beyond {@link #ALL_BARS} units, the highest and the lowest this many are drawn. */
  static final int TOP = 10;

  private DossierDashboard() {}

  /**
   * Builds the dashboard from dossier counts.
   *
   * @param counts each unit's own counts (not rolled up), of a query whose periods lie within the period
   * @param scopeUnitId the unit whose subtree the dashboard covers, itself included
   * @param period the period; the trend shows the query's periods within it
   * @param options the language, heading and title
   * @return the report
   * @throws io.github.cchc.core.error.UnknownReferenceException if the scope unit is not in the counts' directory
   */
  public static Report report(DossierCounts counts, String scopeUnitId, ReportPeriod period, ReportOptions options) {
    Objects.requireNonNull(counts, "counts");
    return report(counts.toObservations(), counts.directory(), scopeUnitId, period, options);
  }

  /**
   * Builds the dashboard from the {@code dossiers.*} observations of each unit; other observations are ignored.
   *
   * @param observations each unit's own observations (not rolled up), of periods within the period
   * @param directory the units
   * @param scopeUnitId the unit whose subtree the dashboard covers, itself included
   * @param period the period; the trend shows the observations' periods within it
   * @param options the language, heading and title
   * @return the report
   * @throws io.github.cchc.core.error.UnknownReferenceException if the scope unit or an observation's unit is not in
   *     the
   *     directory
   */
  public static Report report(ObservationSet observations, OrgDirectory directory, String scopeUnitId,
      ReportPeriod period, ReportOptions options) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(scopeUnitId, "scopeUnitId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(options, "options");
    ReportLocale locale = options.locale();
    OrgUnit scope = directory.require(scopeUnitId);
    ObservationSet own = observations.filter(o -> o.indicator().code().startsWith("dossiers.")
        && !o.period().firstDay().isBefore(period.firstDay()) && !o.period().lastDay().isAfter(period.lastDay())
        && (o.unitId().equals(scopeUnitId) || directory.isAncestor(scopeUnitId, o.unitId())));
    ReportPeriod.Type step = ReportPeriod.Type.MONTH;
    Set<String> listed = new LinkedHashSet<>();
    for (Observation o : own.observations()) {
      listed.add(o.unitId());
      if (o.period().type().months() > step.months()) {
        step = o.period().type();
      }
    }
    ObservationSet whole = own.overTime(period.type());
    Figures total = new Figures(locale.pick("Tổng cộng", "Total"), whole.rolledUp(directory), scopeUnitId, period);
    List<Figures> units = new ArrayList<>();
    for (OrgUnit unit : directory.units()) {
      if (listed.contains(unit.id())) {
        units.add(new Figures(unit.name(), whole, unit.id(), period));
      }
    }
    units.sort(Figures.BY_RATE);

    Report.Builder report = options.start(
        locale.pick("Tình hình giải quyết hồ sơ thủ tục hành chính", "Administrative procedure dossiers"),
        Optional.of(scope.name() + " – " + locale.pick(period.label(), period.toString())));
    List<Block> rates = new ArrayList<>(onTimeCharts(units, locale));
    rates.add(figuresTable(units, total, locale));
    report.addBlocks(Section.of("I", locale.pick("Tỷ lệ giải quyết đúng hạn theo đơn vị", "On-time rate by unit"),
        rates));
    boolean monthly = step == ReportPeriod.Type.MONTH;
    report.addBlocks(Section.of("II", monthly
            ? locale.pick("Xu hướng theo tháng", "Monthly trend") : locale.pick("Xu hướng theo kỳ", "Trend by period"),
        Figure.of(trend(own.overTime(step).rolledUp(directory), scopeUnitId, period, step, locale))));
    report.addBlocks(Section.of("III", locale.pick("Hình thức nộp hồ sơ", "Submission channels"),
        Figure.of(channels(total, locale))));
    return report.build();
  }

  private static List<Block> onTimeCharts(List<Figures> units, ReportLocale locale) {
    List<Figures> rated = units.stream().filter(u -> u.finished() > 0).toList();
    String category = locale.pick("Đơn vị", "Unit");
    String rate = locale.pick("Tỷ lệ đúng hạn", "On-time rate");
    if (rated.size() <= ALL_BARS) {
      return List.of(Figure.of(BarChart.horizontal(locale.pick("Tỷ lệ hồ sơ giải quyết đúng hạn",
          "Dossiers finished on time"), category, rate, ValueKind.PERCENT, bars(rated))));
    }
    List<Figures> lowest = new ArrayList<>(rated.subList(rated.size() - TOP, rated.size()));
    Collections.reverse(lowest);
    return List.of(
        Paragraph.of(locale.pick(rated.size() + " đơn vị có hồ sơ đã giải quyết trong kỳ. Hai biểu đồ đầu nêu " + TOP
                + " đơn vị có tỷ lệ đúng hạn cao nhất và " + TOP + " đơn vị thấp nhất; biểu đồ thứ ba cho biết số đơn vị"
                + " theo từng khoảng tỷ lệ; bảng liệt kê đủ mọi đơn vị.",
            rated.size() + " units finished dossiers in the period. The first two charts show the " + TOP
                + " units with the highest and the " + TOP + " with the lowest on-time rate, the third how many units"
                + " fall in each band of rate; the table lists every unit.")),
        Figure.of(BarChart.horizontal(locale.pick(TOP + " đơn vị có tỷ lệ đúng hạn cao nhất",
            "The " + TOP + " units with the highest on-time rate"), category, rate, ValueKind.PERCENT,
            bars(rated.subList(0, TOP)))),
        Figure.of(BarChart.horizontal(locale.pick(TOP + " đơn vị có tỷ lệ đúng hạn thấp nhất",
            "The " + TOP + " units with the lowest on-time rate"), category, rate, ValueKind.PERCENT,
            bars(lowest))),
        Figure.of(distribution(rated, locale)));
  }

  private static List<BarChart.Bar> bars(List<Figures> units) {
    return units.stream().map(u -> BarChart.Bar.of(u.name(), u.onTimeShare().orElseThrow())).toList();
  }

  /**
   * The number of units per band of on-time rate, highest band first. Bands are a whole number of percentage points
   * wide (1, 2, 5, 10 or 20), the narrowest that covers the lowest rate up to 100% in at most ten bands; each holds its
   * lower bound and not its upper one, except the top band, which holds 100%. A unit's band is found with whole
   * numbers, never a rounded rate.
   */
  private static BarChart distribution(List<Figures> rated, ReportLocale locale) {
    Figures lowest = rated.get(rated.size() - 1);
    int width = 1;
    int from = 0;
    for (int w : new int[] {1, 2, 5, 10, 20}) {
      width = w;
      // The lowest band starts at the multiple of w at or below the lowest rate, floor(100 n / (d w)) × w.
      BigInteger start = BigInteger.valueOf(lowest.onTime()).multiply(BigInteger.valueOf(100))
          .divide(BigInteger.valueOf(lowest.finished()).multiply(BigInteger.valueOf(w)));
      from = Math.min(100 - w, start.intValueExact() * w);
      if ((100 - from) / w <= 10) {
        break;
      }
    }
    int bands = (100 - from) / width;
    long[] count = new long[bands];
    for (Figures u : rated) {
      // band = floor((100 n - from d) / (w d)); the top band also holds 100%.
      BigInteger d = BigInteger.valueOf(u.finished());
      BigInteger k = BigInteger.valueOf(u.onTime()).multiply(BigInteger.valueOf(100))
          .subtract(BigInteger.valueOf(from).multiply(d)).divide(BigInteger.valueOf(width).multiply(d));
      count[Math.min(bands - 1, k.intValueExact())]++;
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    for (int b = bands - 1; b >= 0; b--) {
      int low = from + b * width;
      int high = low + width;
      String label = b == bands - 1
          ? locale.pick("Từ " + low + "% đến " + high + "%", low + "% to " + high + "%")
          : locale.pick("Từ " + low + "% đến dưới " + high + "%", low + "% to under " + high + "%");
      bars.add(BarChart.Bar.of(label, count[b]));
    }
    return BarChart.horizontal(locale.pick("Số đơn vị theo khoảng tỷ lệ giải quyết đúng hạn",
            "Units by band of on-time rate"), locale.pick("Tỷ lệ đúng hạn", "On-time rate"),
        locale.pick("Số đơn vị", "Units"), ValueKind.NUMBER, bars);
  }

  private static Table figuresTable(List<Figures> units, Figures total, ReportLocale locale) {
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

  private static LineChart trend(ObservationSet rolled, String scope, ReportPeriod period, ReportPeriod.Type step,
      ReportLocale locale) {
    boolean monthly = step == ReportPeriod.Type.MONTH;
    List<ReportPeriod> steps = period.type() == step ? List.of(period) : period.split(step);
    List<String> labels = new ArrayList<>();
    List<BigDecimal> received = new ArrayList<>();
    List<BigDecimal> onTime = new ArrayList<>();
    for (ReportPeriod p : steps) {
      labels.add(monthly
          ? String.format(Locale.ROOT, "%02d/%d", p.index(), p.year()) : locale.pick(p.label(), p.toString()));
      received.add(BigDecimal.valueOf(count(rolled, DossierIndicator.RECEIVED, scope, p)));
      onTime.add(BigDecimal.valueOf(count(rolled, DossierIndicator.FINISHED_ON_TIME, scope, p)));
    }
    boolean none = received.stream().allMatch(v -> v.signum() == 0) && onTime.stream().allMatch(v -> v.signum() == 0);
    return LineChart.of(monthly
            ? locale.pick("Hồ sơ tiếp nhận và giải quyết đúng hạn theo tháng",
                "Dossiers received and finished on time by month")
            : locale.pick("Hồ sơ tiếp nhận và giải quyết đúng hạn theo kỳ",
                "Dossiers received and finished on time by period"),
        monthly ? locale.pick("Tháng", "Month") : locale.pick("Kỳ", "Period"),
        ValueKind.NUMBER,
        none ? List.of() : labels,
        none ? List.of() : List.of(
            LineChart.Series.of(locale.pick("Tiếp nhận", "Received"), received),
            LineChart.Series.of(locale.pick("Giải quyết đúng hạn", "Finished on time"), onTime)));
  }

  private static ShareChart channels(Figures total, ReportLocale locale) {
    List<ShareChart.Slice> slices = List.of(
        ShareChart.Slice.of(label(Channel.DIRECT, locale), total.count(DossierIndicator.DIRECT_RATE)),
        ShareChart.Slice.of(label(Channel.ONLINE_PARTIAL, locale), total.count(DossierIndicator.ONLINE_PARTIAL_RATE)),
        ShareChart.Slice.of(label(Channel.ONLINE_FULL, locale), total.count(DossierIndicator.ONLINE_FULL_RATE)),
        ShareChart.Slice.of(label(Channel.POSTAL, locale), total.count(DossierIndicator.POSTAL_RATE)));
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

  /** A count, or the numerator of a rate (the dossiers of a channel, the digitised ones); 0 where none is observed. */
  private static long count(ObservationSet set, DossierIndicator indicator, String unitId, ReportPeriod period) {
    return set.value(indicator.id(), unitId, period).map(IndicatorValue::numerator).orElse(0L);
  }

  /** The figures of one unit, or of the scope's total, for the period. */
  private record Figures(String name, ObservationSet set, String unitId, ReportPeriod period) {

    /** Highest on-time rate first, compared exactly; units without a finished dossier last; ties in given order. */
    static final Comparator<Figures> BY_RATE = (a, b) -> {
      if (a.finished() == 0 || b.finished() == 0) {
        return Boolean.compare(a.finished() == 0, b.finished() == 0);
      }
      // a.onTime / a.finished > b.onTime / b.finished ⇔ a.onTime × b.finished > b.onTime × a.finished
      return BigInteger.valueOf(b.onTime()).multiply(BigInteger.valueOf(a.finished()))
          .compareTo(BigInteger.valueOf(a.onTime()).multiply(BigInteger.valueOf(b.finished())));
    };

    long count(DossierIndicator indicator) {
      return DossierDashboard.count(set, indicator, unitId, period);
    }

    long finished() {
      return count(DossierIndicator.FINISHED);
    }

    long onTime() {
      return count(DossierIndicator.FINISHED_ON_TIME);
    }

    Optional<BigDecimal> onTimeShare() {
      return Shares.of(onTime(), finished());
    }

    Row row(ReportLocale locale, boolean total) {
      long received = count(DossierIndicator.RECEIVED);
      List<Cell> cells = List.of(
          Cell.text(name),
          Cell.integer(received),
          Cell.integer(finished()),
          new Cell.CountWithShare(onTime(), onTimeShare(), locale.pick("hồ sơ", "")),
          Cell.integer(count(DossierIndicator.FINISHED_LATE)),
          Cell.integer(count(DossierIndicator.PENDING_OVERDUE)),
          Shares.of(count(DossierIndicator.ONLINE_FULL_RATE), received).map(Cell::percent).orElse(Cell.empty()),
          Shares.of(count(DossierIndicator.DIGITIZED_RATE), received).map(Cell::percent).orElse(Cell.empty()));
      return total ? new Row(RowKind.TOTAL, cells) : Row.of(cells);
    }
  }
}
