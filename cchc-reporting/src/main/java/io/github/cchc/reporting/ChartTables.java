package io.github.cchc.reporting;

import io.github.cchc.reporting.chart.BarChart;
import io.github.cchc.reporting.chart.Chart;
import io.github.cchc.reporting.chart.LineChart;
import io.github.cchc.reporting.chart.ShareChart;
import io.github.cchc.reporting.chart.TimelineChart;
import io.github.cchc.reporting.chart.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a chart's data into a table, for the formats that show charts as their numbers. */
final class ChartTables {

  private ChartTables() {}

  static Table of(Chart chart, ReportLocale locale) {
    String title = locale.chartLabel() + ": " + chart.title();
    if (chart instanceof BarChart bar) {
      Table.Builder table = Table.builder(title)
          .column(bar.categoryTitle(), ColumnType.TEXT)
          .column(bar.valueTitle(), type(bar.kind()));
      bar.bars().forEach(b -> table.row(Cell.text(b.label()), cell(b.value(), bar.kind())));
      return table.build();
    } else if (chart instanceof LineChart line) {
      Table.Builder table = Table.builder(title).column(line.categoryTitle(), ColumnType.TEXT);
      line.series().forEach(s -> table.column(s.name(), type(line.kind())));
      for (int i = 0; i < line.categories().size(); i++) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(line.categories().get(i)));
        for (LineChart.Series s : line.series()) {
          Optional<BigDecimal> v = s.values().get(i);
          cells.add(v.map(x -> cell(x, line.kind())).orElse(Cell.empty()));
        }
        table.row(Row.of(cells));
      }
      return table.build();
    } else if (chart instanceof ShareChart share) {
      Table.Builder table = Table.builder(title)
          .column(share.categoryTitle(), ColumnType.TEXT)
          .column(share.valueTitle(), ColumnType.DECIMAL)
          .column(locale.pick("Tỷ lệ", "Share"), ColumnType.PERCENT);
      share.slices().forEach(s -> table.row(
          Cell.text(s.label()), Cell.decimal(s.value()), share.shareOf(s).map(Cell::percent).orElse(Cell.empty())));
      return table.build();
    }
    TimelineChart timeline = (TimelineChart) chart;
    Table.Builder table = Table.builder(title)
        .column(locale.pick("Nội dung", "Item"), ColumnType.TEXT)
        .column(locale.pick("Từ ngày", "From"), ColumnType.DATE)
        .column(locale.pick("Đến ngày", "To"), ColumnType.DATE);
    timeline.items().forEach(i -> table.row(Cell.text(i.label()), Cell.date(i.start()), Cell.date(i.end())));
    return table.build();
  }

  private static ColumnType type(ValueKind kind) {
    return kind == ValueKind.PERCENT ? ColumnType.PERCENT : ColumnType.DECIMAL;
  }

  private static Cell cell(BigDecimal value, ValueKind kind) {
    return kind == ValueKind.PERCENT ? Cell.percent(value) : Cell.decimal(value);
  }
}
