package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.reporting.chart.BarChart;
import io.github.cchc.reporting.chart.LineChart;
import io.github.cchc.reporting.chart.ShareChart;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.json.JsonRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import io.github.cchc.reporting.render.xlsx.XlsxRenderer;
import io.github.cchc.scoring.dossier.Channel;
import io.github.cchc.scoring.dossier.Dossier;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DossierDashboardTest {

  /** Example dossiers of the first quarter of 2024 at three units. */
  static DossierTable dossiers(String financeName) {
    OrgDirectory directory = InspectionFixtures.directory(financeName);
    DossierTable.Builder table = DossierTable.builder(directory);
    int id = 0;
    // Sở Tài chính: 4 dossiers in January, 3 on time, 1 late; 2 fully online.
    for (int i = 0; i < 4; i++) {
      table.add(Dossier.builder().id("D" + id++).unitId("SL-STC").received(LocalDate.of(2024, 1, 3))
          .due(LocalDate.of(2024, 1, 10)).finished(LocalDate.of(2024, 1, i == 3 ? 12 : 9))
          .channel(i < 2 ? Channel.ONLINE_FULL : Channel.DIRECT).digitized(true).build());
    }
    // Sở Tư pháp: 2 dossiers in February, both on time, one by post.
    for (int i = 0; i < 2; i++) {
      table.add(Dossier.builder().id("D" + id++).unitId("SL-STP").received(LocalDate.of(2024, 2, 5))
          .due(LocalDate.of(2024, 2, 15)).finished(LocalDate.of(2024, 2, 14))
          .channel(i == 0 ? Channel.POSTAL : Channel.DIRECT).build());
    }
    // A commune of Mai Sơn: 3 dossiers in March, 1 on time, 1 late, 1 pending and overdue.
    table.add(Dossier.builder().id("D" + id++).unitId("SL-MS-X1").received(LocalDate.of(2024, 3, 1))
        .due(LocalDate.of(2024, 3, 8)).finished(LocalDate.of(2024, 3, 7)).channel(Channel.ONLINE_PARTIAL).build());
    table.add(Dossier.builder().id("D" + id++).unitId("SL-MS-X1").received(LocalDate.of(2024, 3, 1))
        .due(LocalDate.of(2024, 3, 8)).finished(LocalDate.of(2024, 3, 20)).channel(Channel.DIRECT).build());
    table.add(Dossier.builder().id("D" + id).unitId("SL-MS-X1").received(LocalDate.of(2024, 3, 1))
        .due(LocalDate.of(2024, 3, 8)).channel(Channel.DIRECT).build());
    return table.build();
  }

  /** The dashboard of a table's first quarter of 2024, from its counts by month, aggregated once. */
  static Report report(DossierTable dossiers, ReportOptions options) {
    ReportPeriod q1 = ReportPeriod.parse("2024Q1");
    return DossierDashboard.report(dossiers.aggregate(DossierQuery.of(q1, ReportPeriod.Type.MONTH)), "SL", q1,
        options);
  }

  static Report report() {
    return report(dossiers("Sở Tài chính"), ReportOptions.defaults());
  }

  @Test
  @DisplayName("Tỷ lệ đúng hạn theo đơn vị, sắp xếp giảm dần")
  void onTimeRateBarsSorted() {
    Report report = report();
    BarChart bars = (BarChart) ((Figure) ((Section) report.blocks().get(0)).blocks().get(0)).chart();
    assertEquals(List.of("Sở Tư pháp", "Sở Tài chính", "UBND thị trấn Hát Lót"),
        bars.bars().stream().map(BarChart.Bar::label).toList());
    assertEquals(0, new BigDecimal("75").compareTo(bars.bars().get(1).value()));
    assertEquals(0, new BigDecimal("50").compareTo(bars.bars().get(2).value()));
  }

  @Test
  void figuresTableHasTheScopesTotal() {
    Table table = report().tables().get(1);
    Row total = table.rows().get(table.rows().size() - 1);
    assertEquals(RowKind.TOTAL, total.kind());
    assertEquals(Cell.integer(9), total.cells().get(1));
    assertEquals(Cell.integer(8), total.cells().get(2));
    assertEquals("6 hồ sơ = 75%", ReportLocale.VIETNAMESE.format(total.cells().get(3)));
    assertEquals(Cell.integer(1), total.cells().get(5));
  }

  @Test
  void monthlyTrendAndChannelMix() {
    Report report = report();
    LineChart trend = (LineChart) ((Figure) ((Section) report.blocks().get(1)).blocks().get(0)).chart();
    assertEquals(List.of("01/2024", "02/2024", "03/2024"), trend.categories());
    assertEquals(List.of(4, 2, 3), trend.series().get(0).values().stream().map(v -> v.orElseThrow().intValue()).toList());
    assertEquals(List.of(3, 2, 1), trend.series().get(1).values().stream().map(v -> v.orElseThrow().intValue()).toList());
    ShareChart mix = (ShareChart) ((Figure) ((Section) report.blocks().get(2)).blocks().get(0)).chart();
    assertEquals(List.of(5L, 1L, 2L, 1L), mix.slices().stream().map(s -> s.value().longValueExact()).toList());
  }

  @Test
  void rendersInEveryFormat() {
    Report report = report();
    Golden.assertMatches("dossier-dashboard.md", MarkdownRenderer.render(report));
    Golden.assertMatches("dossier-dashboard.json", JsonRenderer.render(report));
    Document html = Jsoup.parse(HtmlRenderer.render(report));
    assertEquals(3, html.select("svg rect.bar").size());
    assertEquals(2, html.select("svg polyline.series").size());
    assertEquals(4, html.select("svg path.slice").size());
    assertTrue(XlsxRenderer.render(report).length > 0);
  }

  @Test
  void hostileUnitNameInBarsIsEscaped() {
    String hostile = SampleReports.SCRIPT + SampleReports.HYPERLINK;
    Report report = report(dossiers(hostile), ReportOptions.defaults());
    Document html = Jsoup.parse(HtmlRenderer.render(report));
    assertTrue(html.select("script").isEmpty());
    assertTrue(html.select("svg text.label title").eachText().contains(hostile));
  }

  /** A province with 30 communes; commune k finished 10 dossiers in January, k % 10 of them late (some none). */
  static DossierTable manyUnits() {
    List<OrgUnit> units = new java.util.ArrayList<>();
    units.add(OrgUnit.builder().id("SL").name("UBND tỉnh Sơn La").kind(OrgKind.PROVINCE).build());
    for (int k = 1; k <= 30; k++) {
      units.add(OrgUnit.builder().id("X" + k).name(String.format("UBND xã %02d", k)).kind(OrgKind.COMMUNE)
          .parent("SL").build());
    }
    DossierTable.Builder table = DossierTable.builder(OrgDirectory.of(units));
    int id = 0;
    for (int k = 1; k <= 30; k++) {
      for (int i = 0; i < 10; i++) {
        boolean late = i < k % 10;
        table.add(Dossier.builder().id("D" + id++).unitId("X" + k).received(LocalDate.of(2024, 1, 3))
            .due(LocalDate.of(2024, 1, 10)).finished(LocalDate.of(2024, 1, late ? 12 : 9)).channel(Channel.DIRECT)
            .build());
      }
    }
    return table.build();
  }

  @Test
  @DisplayName("Nhiều đơn vị: 10 cao nhất, 10 thấp nhất, biểu đồ phân bố; bảng giữ đủ mọi đơn vị")
  void manyUnitsShowTheTopAndBottomTenAndADistributionAndTheTableKeepsThemAll() {
    Report report = report(manyUnits(), ReportOptions.defaults());
    Section rates = (Section) report.blocks().get(0);
    assertTrue(rates.blocks().get(0) instanceof Paragraph);
    BarChart top = (BarChart) ((Figure) rates.blocks().get(1)).chart();
    BarChart bottom = (BarChart) ((Figure) rates.blocks().get(2)).chart();
    BarChart bands = (BarChart) ((Figure) rates.blocks().get(3)).chart();
    assertEquals("10 đơn vị có tỷ lệ đúng hạn cao nhất", top.title());
    assertEquals(10, top.bars().size());
    // Communes 10, 20, 30 have no late dossier, then 1, 11, 21 with one, …: ties keep the directory's order.
    assertEquals(List.of("UBND xã 10", "UBND xã 20", "UBND xã 30", "UBND xã 01", "UBND xã 11", "UBND xã 21",
        "UBND xã 02", "UBND xã 12", "UBND xã 22", "UBND xã 03"), top.bars().stream().map(BarChart.Bar::label).toList());
    assertEquals(10, bottom.bars().size());
    assertEquals("UBND xã 29", bottom.bars().get(0).label(), "the lowest first");
    assertEquals(0, new BigDecimal("10").compareTo(bottom.bars().get(0).value()));
    // Rates 10%, 20%, …, 100%: bands of 10 points from 10% up, three units each.
    assertEquals(List.of("Từ 90% đến 100%", "Từ 80% đến dưới 90%", "Từ 70% đến dưới 80%", "Từ 60% đến dưới 70%",
        "Từ 50% đến dưới 60%", "Từ 40% đến dưới 50%", "Từ 30% đến dưới 40%", "Từ 20% đến dưới 30%",
        "Từ 10% đến dưới 20%"), bands.bars().stream().map(BarChart.Bar::label).toList());
    assertEquals(List.of(6, 3, 3, 3, 3, 3, 3, 3, 3),
        bands.bars().stream().map(b -> b.value().intValueExact()).toList(), "90% and 100% share the top band");
    Table table = report.tables().stream().filter(t -> t.title().equals("Kết quả giải quyết hồ sơ theo đơn vị"))
        .findFirst().orElseThrow();
    assertEquals(31, table.rows().size(), "every unit and the total");
  }

  @Test
  @DisplayName("Tỷ lệ giữ nguyên đến khi trình bày: làm tròn một lần, ở bộ hiển thị")
  void sharesAreRoundedOnceByTheRenderer() {
    OrgDirectory dir = OrgDirectory.of(OrgUnit.builder().id("SL").name("UBND tỉnh").kind(OrgKind.PROVINCE).build());
    DossierTable.Builder table = DossierTable.builder(dir);
    for (int i = 0; i < 3; i++) {
      table.add(Dossier.builder().id("D" + i).unitId("SL").received(LocalDate.of(2024, 1, 3))
          .due(LocalDate.of(2024, 1, 10)).finished(LocalDate.of(2024, 1, i == 0 ? 9 : 12)).channel(Channel.DIRECT)
          .build());
    }
    Report report = report(table.build(), ReportOptions.defaults());
    Row row = report.tables().get(1).rows().get(0);
    Cell.CountWithShare onTime = (Cell.CountWithShare) row.cells().get(3);
    assertEquals(new BigDecimal("33.3333333333"), onTime.percent().orElseThrow());
    assertEquals("1 hồ sơ = 33,33%", ReportLocale.VIETNAMESE.format(onTime));
  }

  @Test
  void quarterlyObservationsGiveAQuarterlyTrendAndTheYearsTotals() {
    DossierTable table = dossiers("Sở Tài chính");
    ReportPeriod year = ReportPeriod.ofYear(2024);
    Report report = DossierDashboard.report(
        table.aggregate(DossierQuery.of(year, ReportPeriod.Type.QUARTER)).toObservations(), table.directory(), "SL",
        year, ReportOptions.defaults());
    LineChart trend = (LineChart) ((Figure) ((Section) report.blocks().get(1)).blocks().get(0)).chart();
    assertEquals(4, trend.categories().size());
    assertEquals(List.of(9, 0, 0, 0), trend.series().get(0).values().stream().map(v -> v.orElseThrow().intValue())
        .toList());
    Row total = report.tables().get(1).rows().get(3);
    assertEquals(Cell.integer(9), total.cells().get(1));
    assertEquals(Cell.integer(1), total.cells().get(5),
        "pending and overdue is a stock: the dossier still pending at the year's end, counted once, not per quarter");
  }
}
