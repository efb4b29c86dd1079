package io.github.cchc.reporting;

import io.github.cchc.reporting.PhuLucIILayout.Form;
import io.github.cchc.reporting.PhuLucIILayout.Kind;
import io.github.cchc.reporting.PhuLucIILayout.Line;
import io.github.cchc.reporting.PhuLucIILayout.Source;
import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorTable;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.indicator.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Phụ lục II, the statistics appendix, row by row as the Sơn La outline prints it: part I "CÔNG TÁC CHỈ ĐẠO, ĐIỀU
 * HÀNH CẢI CÁCH HÀNH CHÍNH" and part II "KẾT QUẢ THỰC HIỆN NHIỆM VỤ" with its headings 1 to 6, their sub-headings,
 * and every indicator with the seed's name and unit, its value last year and this year and a note.
 *
 * <pre>{@code
 * ObservationSet observations = counts.toPhuLucII("Đất đai", "Xây dựng")            // dossiers
 *     .merge(TaskIndicators.of(plan, yearEnd).toPhuLucII("TB", year))             // the plan
 *     .merge(InspectionIndicators.of(inspectionPlan, yearEnd).toPhuLucII("TB", year))
 *     .merge(ObservationCsvReader.of(IndicatorCatalog.phuLucII()).read(file));     // the rest
 * Report report = StatisticsAppendix.report(observations, "TB", 2024, ReportOptions.defaults());
 * }</pre>
 *
 * <p>The STT column shows the seed's number, and the indicator's code ({@code I.1.1}, {@code 2.4.1}) where the seed
 * prints none. Values are written as the seed's unit asks: counts as whole numbers, percentages as percentages, a
 * flag as 0 or 1, "… hồ sơ = …%" as the count and its share ("95.530 hồ sơ = 95,57%"), "…/tổng" as the count and its
 * total ("20/22"), "Cuộc/cuộc = …%" as both and the share, two-figure units ("Cuộc/người tham gia", "TTHC/KQ giải
 * quyết") as both figures ("3/120"). Shares are exact until the renderer rounds them for display (two decimals,
 * half up). A row without a value names, in its note, the input that would fill it: the dossiers, the reform plan, the
 * inspection plan or an observations file. The table has no other rows: observations of indicators outside it (the
 * {@code dossiers.*} and {@code tasks.*} ones) are not shown.
 *
 * <p>Observations are taken as given, aggregated over the year ({@link ObservationSet#overTime}): roll them up the
 * hierarchy first ({@link ObservationSet#rolledUp}) for a province-wide appendix. This class is immutable and
 * thread-safe.
 */
public final class StatisticsAppendix {

  private StatisticsAppendix() {}

  /**
   * Builds the appendix as a report, titled as the seed with its attachment line "(Kèm theo Báo cáo số .../BC-...
   * ngày ../.../2024 của...)", filled from the national heading's number and date when it has them.
   *
   * @param observations the observations, of any unit and of periods no longer than a year
   * @param unitId the unit reported on
   * @param year the current year
   * @param options the language, heading and title
   * @return the report
   */
  public static Report report(ObservationSet observations, String unitId, int year, ReportOptions options) {
    Objects.requireNonNull(options, "options");
    ReportLocale locale = options.locale();
    return options.start(
            locale.pick("Phụ lục II. Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính",
                "Appendix II. Statistics of the administrative reform results"),
            Optional.of(Attachment.PHU_LUC_II.line(options.heading(), year, locale)))
        .addBlocks(table(observations, unitId, year, locale))
        .build();
  }

  /**
   * Builds the appendix table: STT, indicator, unit, previous year, current year, note.
   *
   * @param observations the observations
   * @param unitId the unit reported on
   * @param year the current year
   * @param locale the language
   * @return the table
   */
  public static Table table(ObservationSet observations, String unitId, int year, ReportLocale locale) {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(locale, "locale");
    IndicatorTable values = IndicatorTable.of(IndicatorCatalog.phuLucII(), observations, unitId, year);
    Table.Builder table = Table.builder(locale.pick("Thống kê số liệu về kết quả thực hiện công tác cải cách hành "
                + "chính", "Statistics of the administrative reform results"))
        .column(locale.pick("STT", "No."), ColumnType.TEXT)
        .column(locale.pick("Chỉ tiêu thống kê", "Indicator"), ColumnType.TEXT)
        .column(locale.pick("Đơn vị tính", "Unit"), ColumnType.TEXT)
        .column(locale.pick("Năm ", "Year ") + (year - 1), ColumnType.MIXED)
        .column(locale.pick("Năm ", "Year ") + year, ColumnType.MIXED)
        .column(locale.pick("Ghi chú", "Note"), ColumnType.TEXT);
    for (Line line : PhuLucIILayout.lines()) {
      if (line.kind() != Kind.ROW) {
        table.row(Row.group(Cell.text(line.stt()), Cell.text(line.name()), Cell.text(line.unit()), Cell.empty(),
            Cell.empty(), Cell.empty()));
        continue;
      }
      Indicator indicator = line.indicator().orElseThrow();
      IndicatorTable.Row row = values.row(indicator.code()).orElseThrow();
      Form form = line.form().orElseThrow();
      table.row(Row.of(
          Cell.text(line.number()),
          Cell.text(line.name()),
          Cell.text(line.unit()),
          row.previous().map(v -> cell(form, line.noun(), v, locale)).orElse(Cell.empty()),
          row.current().map(v -> cell(form, line.noun(), v, locale)).orElse(Cell.empty()),
          Cell.text(note(row, line.source().orElseThrow(), year, locale))));
    }
    return table.build();
  }

  /**
   * Returns the indicators of the unit whose value this year is lower than last year: a smaller count or first
   * figure of a pair, or a smaller share for a percentage, a flag or a count with share. Indicators with a value
   * missing in either year are left out.
   *
   * @param catalog the indicators
   * @param observations the observations
   * @param unitId the unit
   * @param year the current year
   * @return the rows that fell, in catalogue order
   */
  public static List<IndicatorTable.Row> fell(
      IndicatorCatalog catalog, ObservationSet observations, String unitId, int year) {
    List<IndicatorTable.Row> fell = new ArrayList<>();
    for (IndicatorTable.Row row : IndicatorTable.of(catalog, observations, unitId, year).rows()) {
      if (row.previous().isEmpty() || row.current().isEmpty()) {
        continue;
      }
      IndicatorValue before = row.previous().get();
      IndicatorValue now = row.current().get();
      IndicatorValue.Kind kind = now.kind();
      if (kind == IndicatorValue.Kind.COUNT || kind == IndicatorValue.Kind.PAIR) {
        if (before.kind() == kind && now.numerator() < before.numerator()) {
          fell.add(row);
        }
      } else {
        Optional<BigDecimal> a = Shares.of(before);
        Optional<BigDecimal> b = Shares.of(now);
        if (a.isPresent() && b.isPresent() && b.get().compareTo(a.get()) < 0) {
          fell.add(row);
        }
      }
    }
    return fell;
  }

  /**
   * Converts an indicator value to a cell, written as the indicator's row of Phụ lục II asks (see the class
   * description); an indicator outside the table is written after its value type: a count as a whole number, a
   * percentage as a percentage, a count with share as "… = …%", a pair as its two figures, one unit's flag as 0 or
   * 1 and several units' flags as "… đơn vị = …%".
   *
   * @param indicator the indicator
   * @param value the value
   * @param locale the language of the counted noun
   * @return the cell
   */
  public static Cell cell(Indicator indicator, IndicatorValue value, ReportLocale locale) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(locale, "locale");
    Optional<Line> line = PhuLucIILayout.line(indicator.code());
    if (line.isPresent()) {
      return cell(line.get().form().orElseThrow(), line.get().noun(), value, locale);
    }
    Form form = switch (indicator.valueType()) {
      case COUNT -> Form.COUNT;
      case PERCENT -> Form.PERCENT;
      case FLAG -> Form.FLAG;
      case COUNT_WITH_SHARE -> Form.SHARE;
      case PAIR -> Form.PAIR;
    };
    return cell(form, indicator.valueType() == ValueType.COUNT_WITH_SHARE
        ? indicator.unit().label().toLowerCase(locale.locale()) : "", value, locale);
  }

  private static Cell cell(Form form, String noun, IndicatorValue value, ReportLocale locale) {
    String counted = locale == ReportLocale.ENGLISH ? "" : noun;
    if (value.kind() == IndicatorValue.Kind.FLAGS) {
      long units = value.denominator().orElseThrow();
      return units == 1 ? Cell.integer(value.numerator())
          : new Cell.CountWithShare(value.numerator(), Shares.of(value), locale.pick("đơn vị", "units"));
    }
    return switch (form) {
      case COUNT -> Cell.integer(value.numerator());
      case FLAG -> Cell.integer(value.numerator());
      case PERCENT -> Shares.of(value).map(Cell::percent).orElse(Cell.empty());
      case SHARE -> new Cell.CountWithShare(value.numerator(), Shares.of(value), counted);
      case FRACTION -> Cell.text(whole(value.numerator(), locale) + "/"
          + whole(value.denominator().orElseThrow(), locale));
      case FRACTION_SHARE -> Cell.text(whole(value.numerator(), locale) + "/"
          + whole(value.denominator().orElseThrow(), locale)
          + Shares.of(value).map(p -> " = " + locale.formatPercent(p)).orElse(""));
      case PAIR -> Cell.text(whole(value.numerator(), locale) + "/" + whole(value.second().orElseThrow(), locale));
    };
  }

  private static String whole(long n, ReportLocale locale) {
    return locale.format(Cell.integer(n));
  }

  private static String note(IndicatorTable.Row row, Source source, int year, ReportLocale locale) {
    String needs = locale.pick(source.vi, source.en);
    if (row.previous().isEmpty() && row.current().isEmpty()) {
      return needs;
    }
    if (row.previous().isEmpty()) {
      return locale.pick("Năm ", "Year ") + (year - 1) + ": " + lower(needs);
    }
    if (row.current().isEmpty()) {
      return locale.pick("Năm ", "Year ") + year + ": " + lower(needs);
    }
    return "";
  }

  private static String lower(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
