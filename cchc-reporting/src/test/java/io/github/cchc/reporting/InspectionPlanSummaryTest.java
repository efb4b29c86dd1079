package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.reporting.render.csv.CsvFile;
import io.github.cchc.reporting.render.csv.CsvRenderer;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.json.JsonRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import io.github.cchc.reporting.render.xlsx.XlsxRenderer;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InspectionPlanSummaryTest {

  private static Report report(String financeName) {
    OrgDirectory directory = InspectionFixtures.directory(financeName);
    InspectionPlan plan = InspectionFixtures.plan();
    CoverageVerdict verdict = InspectionFixtures.verdict(directory, plan);
    ScheduleResult schedule = InspectionFixtures.schedule(plan);
    return InspectionPlanSummary.report(directory, plan, verdict, schedule, ReportOptions.defaults());
  }

  @Test
  @DisplayName("Kết luận bao phủ theo từng quy tắc: thiếu UBND huyện Mộc Châu")
  void coverageVerdictPerRule() {
    Report report = report("Sở Tài chính");
    Table coverage = report.tables().get(0);
    assertEquals(2, coverage.rows().size());
    // Two of four departments are targets (Tài chính visited, Nội vụ through reports): the 50% rule is met.
    assertEquals(List.of(Cell.integer(1), Cell.text("share"), Cell.integer(4), Cell.integer(2), Cell.integer(2),
        Cell.text("Đạt")), coverage.rows().get(0).cells().subList(0, 6));
    assertEquals(Cell.text("Chưa đạt"), coverage.rows().get(1).cells().get(5));
    assertEquals(Cell.text("UBND huyện Mộc Châu"), coverage.rows().get(1).cells().get(7));
  }

  @Test
  void targetsAndScheduleWithTimeline() {
    Report report = report("Sở Tài chính");
    Table targets = report.tables().get(1);
    assertEquals(3, targets.rows().size());
    assertEquals(Cell.text("Phòng Quản lý ngân sách; Phòng Tài chính doanh nghiệp"), targets.rows().get(0).cells().get(4));
    Table visits = report.tables().get(2);
    assertEquals(2, visits.rows().size());
    assertTrue(visits.rows().stream().allMatch(r -> r.cells().get(4) instanceof Cell.Date));
    Document html = Jsoup.parse(HtmlRenderer.render(report));
    assertEquals(2, html.select("svg rect.item").size());
    assertTrue(html.text().contains("Sở Nội vụ – Kiểm tra qua báo cáo"));
    Golden.assertMatches("inspection-plan-summary.md", MarkdownRenderer.render(report));
    Golden.assertMatches("inspection-plan-summary.json", JsonRenderer.render(report));
    Golden.assertMatches("inspection-plan-summary-03.csv", CsvRenderer.render(report).get(2).text());
  }

  @Test
  @DisplayName("Tên đơn vị chứa <script> và =HYPERLINK(...) được thoát trong mọi định dạng")
  void hostileUnitNames() throws Exception {
    String hostile = SampleReports.HYPERLINK + SampleReports.SCRIPT;
    Report report = report(hostile);
    Document html = Jsoup.parse(HtmlRenderer.render(report));
    assertTrue(html.select("script").isEmpty());
    assertTrue(html.select("td").eachText().contains(hostile));
    assertFalse(MarkdownRenderer.render(report).contains("<script>"));
    List<CsvFile> csv = CsvRenderer.render(report);
    assertTrue(csv.get(1).text().contains("\r\n1,\"'=HYPERLINK(\"\"http://example.invalid\"\""), csv.get(1).text());
    assertTrue(JsonRenderer.render(report).contains("\\\"http://example.invalid\\\""));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(XlsxRenderer.render(report)))) {
      String cell = workbook.getSheets().toList().get(1).read().get(2).getCell(1).asString();
      assertEquals(hostile, cell);
    }
  }
}
