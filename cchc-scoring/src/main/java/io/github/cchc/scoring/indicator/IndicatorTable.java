package io.github.cchc.scoring.indicator;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The two-year statistics table of a CCHC report for one unit (Phụ lục II): each indicator of a catalogue with its
 * value for the previous year and the current year. Observations of shorter periods are first aggregated over the
 * year with {@link ObservationSet#overTime(ReportPeriod.Type)}.
 *
 * <pre>{@code
 * IndicatorTable table = IndicatorTable.of(IndicatorCatalog.phuLucII(), observations, "SL", 2024);
 * table.row("2.4.1").flatMap(IndicatorTable.Row::current);   // Optional[9512/9600]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorTable {
  /**
   * One row of the table.
   *
   * @param indicator the indicator
   * @param previous its value for the previous year, empty if not observed
   * @param current its value for the current year, empty if not observed
   */
  public record Row(Indicator indicator, Optional<IndicatorValue> previous, Optional<IndicatorValue> current) {
    /** Checks the components. */
    public Row {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(current, "current");
    }
  }

  private final String unitId;
  private final int year;
  private final List<Row> rows;

  private IndicatorTable(String unitId, int year, List<Row> rows) {
    this.unitId = unitId;
    this.year = year;
    this.rows = List.copyOf(rows);
  }

  /**
   * Builds the table of one unit for a year and the year before, with one row per indicator of the catalogue in its
   * order.
   *
   * @param catalog the indicators, in table order
   * @param observations the observations, of any unit and of periods no longer than a year
   * @param unitId the unit
   * @param year the current year
   * @return the table
   * @throws IllegalArgumentException if an observation of the unit has a period longer than a year
   * @throws io.github.cchc.core.error.AggregationException if observations of a year cannot be added
   */
  public static IndicatorTable of(IndicatorCatalog catalog, ObservationSet observations, String unitId, int year) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(unitId, "unitId");
    ReportPeriod current = ReportPeriod.ofYear(year);
    ReportPeriod previous = current.sameOneYearEarlier();
    ObservationSet yearly = observations
        .filter(o -> o.unitId().equals(unitId) && (o.period().year() == year || o.period().year() == year - 1))
        .overTime(ReportPeriod.Type.YEAR);
    List<Row> rows = new ArrayList<>();
    for (Indicator i : catalog.indicators()) {
      rows.add(new Row(i, yearly.value(i.code(), unitId, previous), yearly.value(i.code(), unitId, current)));
    }
    return new IndicatorTable(unitId, year, rows);
  }

  /**
   * Returns the unit.
   *
   * @return the unit id
   */
  public String unitId() {
    return unitId;
  }

  /**
   * Returns the current year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the rows, in catalogue order.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the row of an indicator.
   *
   * @param code the indicator code
   * @return the row, or empty if the catalogue has no such indicator
   */
  public Optional<Row> row(String code) {
    Objects.requireNonNull(code, "code");
    return rows.stream().filter(r -> r.indicator().code().equals(code)).findFirst();
  }

  /**
   * Returns the table as text cells, header first: STT, indicator, unit, previous year, current year. Values are
   * written by {@link IndicatorValue#format(Indicator, int, RoundingMode)}; a missing value is empty.
   *
   * @param scale the decimal places of shares
   * @param rounding how to round shares
   * @return the rows of cells
   */
  public List<List<String>> cells(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    List<List<String>> out = new ArrayList<>();
    out.add(List.of("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Năm " + (year - 1), "Năm " + year));
    for (Row r : rows) {
      Indicator i = r.indicator();
      out.add(List.of(i.code(), i.name(), i.unit().label(),
          r.previous().map(v -> v.format(i, scale, rounding)).orElse(""),
          r.current().map(v -> v.format(i, scale, rounding)).orElse("")));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "IndicatorTable[" + unitId + ", " + (year - 1) + "–" + year + ", " + rows.size() + " rows]";
  }
}
