package io.github.cchc.reporting;

import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorTable;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.indicator.ValueType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Phụ lục II, the statistics appendix: every indicator of a catalogue with its unit, its value last year and this
 * year, grouped by area in the fixed order of the seven areas and, within an area, under the catalogue's headings.
 * Counts are whole numbers, percentages are percentages, and counts with a share take the form "… hồ sơ = …%"
 * (shares rounded to two decimals, {@link RoundingMode#HALF_UP}). Observations of indicators that are not in the
 * catalogue are not dropped: they are listed at the end under "Chỉ tiêu ngoài danh mục".
 *
 * <pre>{@code
 * Report report = StatisticsAppendix.report(IndicatorCatalog.phuLucII(), observations, "SL", 2024,
 *     ReportOptions.defaults());
 * }</pre>
 *
 * <p>Observations are taken as given: roll them up the hierarchy first ({@link ObservationSet#rolledUp}) for a
 * province-wide appendix. This class is immutable and thread-safe.
 */
public final class StatisticsAppendix {

  private StatisticsAppendix() {}

  /**
   * Builds the appendix as a report.
   *
   * @param catalog the indicators, in table order
   * @param observations the observations, of any unit and of periods no longer than a year
   * @param unitId the unit reported on
   * @param year the current year
   * @param options the language, heading and title
   * @return the report
   */
  public static Report report(
      IndicatorCatalog catalog, ObservationSet observations, String unitId, int year, ReportOptions options) {
    Objects.requireNonNull(options, "options");
    ReportLocale locale = options.locale();
    return options.start(
            locale.pick("Phụ lục II. Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính",
                "Appendix II. Statistics of the administrative reform results"),
            Optional.of(locale.pick("Năm ", "Year ") + year))
        .addBlocks(table(catalog, observations, unitId, year, locale))
        .build();
  }

  /**
   * Builds the appendix table: STT, indicator, unit, previous year, current year, note.
   *
   * @param catalog the indicators, in table order
   * @param observations the observations
   * @param unitId the unit reported on
   * @param year the current year
   * @param locale the language
   * @return the table
   */
  public static Table table(
      IndicatorCatalog catalog, ObservationSet observations, String unitId, int year, ReportLocale locale) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(locale, "locale");
    IndicatorTable values = IndicatorTable.of(catalog, observations, unitId, year);
    Table.Builder table = Table.builder(locale.pick("Thống kê số liệu về kết quả thực hiện công tác CCHC",
            "Statistics of the administrative reform results"))
        .column(locale.pick("STT", "No."), ColumnType.TEXT)
        .column(locale.pick("Chỉ tiêu thống kê", "Indicator"), ColumnType.TEXT)
        .column(locale.pick("Đơn vị tính", "Unit"), ColumnType.TEXT)
        .column(locale.pick("Năm ", "Year ") + (year - 1), ColumnType.MIXED)
        .column(locale.pick("Năm ", "Year ") + year, ColumnType.MIXED)
        .column(locale.pick("Ghi chú", "Note"), ColumnType.TEXT);
    for (ReformArea area : ReformArea.values()) {
      List<IndicatorTable.Row> rows = values.rows().stream().filter(r -> r.indicator().area() == area).toList();
      if (rows.isEmpty()) {
        continue;
      }
      table.row(Row.group(Cell.text(area.roman()), Cell.text(locale.label(area).toUpperCase(locale.locale())),
          Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty()));
      String group = "";
      for (IndicatorTable.Row row : rows) {
        if (!row.indicator().group().isEmpty() && !row.indicator().group().equals(group)) {
          group = row.indicator().group();
          table.row(Row.group(Cell.empty(), Cell.text(group), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty()));
        }
        table.row(row(row, "", locale));
      }
    }
    IndicatorCatalog unknown = unknown(catalog, observations, unitId, year);
    if (unknown.size() > 0) {
      table.row(Row.group(Cell.empty(), Cell.text(locale.pick("Chỉ tiêu ngoài danh mục", "Indicators not in the catalogue")),
          Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty()));
      String note = locale.pick("Mã chỉ tiêu không có trong danh mục", "Code not in the catalogue");
      for (IndicatorTable.Row row : IndicatorTable.of(unknown, observations, unitId, year).rows()) {
        table.row(row(row, note, locale));
      }
    }
    return table.build();
  }

  /**
   * Returns the indicators of the unit whose value this year is lower than last year: a smaller count, or a smaller
   * share for a percentage, a flag or a count with share. Indicators with a value missing in either year are left
   * out.
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
      if (before.kind() == IndicatorValue.Kind.COUNT && now.kind() == IndicatorValue.Kind.COUNT) {
        if (now.numerator() < before.numerator()) {
          fell.add(row);
        }
      } else {
        Optional<BigDecimal> a = before.share(2, RoundingMode.HALF_UP);
        Optional<BigDecimal> b = now.share(2, RoundingMode.HALF_UP);
        if (a.isPresent() && b.isPresent() && b.get().compareTo(a.get()) < 0) {
          fell.add(row);
        }
      }
    }
    return fell;
  }

  /**
   * Converts an indicator value to a cell: a count to a whole number, a percentage to a percentage, one unit's flag
   * to 0 or 1, several units' flags and a count with share to the "… = …%" form.
   *
   * @param indicator the indicator
   * @param value the value
   * @param locale the language of the counted noun
   * @return the cell
   */
  public static Cell cell(Indicator indicator, IndicatorValue value, ReportLocale locale) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(value, "value");
    return switch (value.kind()) {
      case COUNT -> Cell.integer(value.numerator());
      case PAIR -> Cell.text(locale.format(Cell.integer(value.numerator())) + "/"
          + locale.format(Cell.integer(value.second().getAsLong())));
      case REPORTED_PERCENT -> value.share(2, RoundingMode.HALF_UP).map(Cell::percent).orElse(Cell.empty());
      case FLAGS -> value.denominator().getAsLong() == 1
          ? Cell.integer(value.numerator())
          : Cell.countWithShare(value.numerator(), value.denominator().getAsLong(),
              locale.pick("đơn vị", "units"));
      case RATIO -> indicator.valueType() == ValueType.PERCENT
          ? value.share(2, RoundingMode.HALF_UP).map(Cell::percent).orElse(Cell.empty())
          : Cell.countWithShare(value.numerator(), value.denominator().getAsLong(), noun(indicator, locale));
    };
  }

  private static Row row(IndicatorTable.Row row, String note, ReportLocale locale) {
    Indicator indicator = row.indicator();
    return Row.of(
        Cell.text(indicator.code()),
        Cell.text(indicator.name()),
        Cell.text(indicator.unit().label()),
        row.previous().map(v -> cell(indicator, v, locale)).orElse(Cell.empty()),
        row.current().map(v -> cell(indicator, v, locale)).orElse(Cell.empty()),
        Cell.text(note));
  }

  private static String noun(Indicator indicator, ReportLocale locale) {
    return locale == ReportLocale.ENGLISH ? "" : indicator.unit().label().toLowerCase(Locale.forLanguageTag("vi"));
  }

  private static IndicatorCatalog unknown(
      IndicatorCatalog catalog, ObservationSet observations, String unitId, int year) {
    Map<String, Indicator> unknown = new LinkedHashMap<>();
    for (Observation o : observations.observations()) {
      int y = o.period().year();
      if (o.unitId().equals(unitId) && (y == year || y == year - 1) && !catalog.contains(o.indicator().code())) {
        unknown.putIfAbsent(o.indicator().code(), o.indicator());
      }
    }
    return IndicatorCatalog.of(unknown.values());
  }
}
