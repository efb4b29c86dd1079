package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.chart.BarChart;
import io.github.cchc.reporting.render.csv.CsvRenderer;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.json.JsonRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import io.github.cchc.reporting.render.xlsx.XlsxRenderer;
import io.github.cchc.scoring.scorecard.Ranking;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardResultsTest {

  @Test
  void rankingTableShowsRankIndexBandAndChange() {
    Table table = ScorecardResults.rankingTable(ScorecardFixtures.ranking(), ReportLocale.VIETNAMESE);
    List<Row> rows = table.rows();
    assertEquals(4, rows.size());
    assertEquals(List.of(Cell.integer(1), Cell.text("Sở Tư pháp")), rows.get(0).cells().subList(0, 2));
    assertEquals(Cell.text("Tốt"), rows.get(0).cells().get(5));
    // Tied at 88: both second, listed by unit id; the next rank is 4.
    assertEquals(List.of(2L, 2L, 4L), rows.subList(1, 4).stream()
        .map(r -> ((Cell.Integer) r.cells().get(0)).value()).toList());
    assertEquals(Cell.text("Sở Nội vụ"), rows.get(1).cells().get(1));
    assertEquals(Cell.empty(), rows.get(1).cells().get(6));
    Cell.Decimal change = (Cell.Decimal) rows.get(2).cells().get(6);
    assertEquals(0, new BigDecimal("-3").compareTo(change.value()));
    Cell.Percent index = (Cell.Percent) rows.get(3).cells().get(4);
    assertEquals(0, new BigDecimal("70.25").compareTo(index.value()));
    assertEquals(Cell.empty(), rows.get(3).cells().get(5));
  }

  @Test
  void chartIsSortedHighestFirst() {
    BarChart chart = ScorecardResults.chart(ScorecardFixtures.ranking(), ReportLocale.VIETNAMESE);
    assertEquals("Sở Tư pháp", chart.bars().get(0).label());
    assertEquals("Sở Công Thương", chart.bars().get(3).label());
  }

  @Test
  void rendersInEveryFormat() {
    Report report = ScorecardResults.report(ScorecardFixtures.ranking(), ReportOptions.defaults());
    Golden.assertMatches("scorecard-results.md", MarkdownRenderer.render(report));
    Golden.assertMatches("scorecard-results.json", JsonRenderer.render(report));
    Golden.assertMatches("scorecard-results-01.csv", CsvRenderer.render(report).get(0).text());
    assertTrue(HtmlRenderer.render(report).contains("<svg"));
    assertTrue(XlsxRenderer.render(report).length > 0);
  }

  @Test
  void anEmptyRankingGivesAValidReport() {
    Report report = ScorecardResults.report(Ranking.of(List.of()), ReportOptions.of(ReportLocale.ENGLISH));
    String md = MarkdownRenderer.render(report);
    assertTrue(md.contains("*No data*"), md);
    assertTrue(HtmlRenderer.render(report).contains("No data"));
  }
}
