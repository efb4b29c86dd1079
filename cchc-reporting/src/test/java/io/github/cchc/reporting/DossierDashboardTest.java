package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.org.OrgDirectory;
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

  static Report report() {
    return DossierDashboard.report(dossiers("Sở Tài chính"), "SL", ReportPeriod.parse("2024Q1"),
        ReportOptions.defaults());
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
    Report report = DossierDashboard.report(dossiers(hostile), "SL", ReportPeriod.parse("2024Q1"),
        ReportOptions.defaults());
    Document html = Jsoup.parse(HtmlRenderer.render(report));
    assertTrue(html.select("script").isEmpty());
    assertTrue(html.select("svg text.label title").eachText().contains(hostile));
  }
}
