package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.reporting.render.csv.CsvRenderer;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.json.JsonRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import io.github.cchc.reporting.render.xlsx.XlsxRenderer;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationSet;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanProductsTest {

  private static final ReportPeriod S1 = ReportPeriod.parse("2024S1");

  @Test
  @DisplayName("Phụ lục I: đủ bảy lĩnh vực theo thứ tự, kể cả cải cách thủ tục hành chính")
  void completedTasksGroupedByTheSevenAreas() {
    Table table = CompletedTasksAppendix.table(PlanFixtures.plan(), S1.lastDay(), ReportLocale.VIETNAMESE);
    List<Row> groups = table.rows().stream().filter(r -> r.kind() == RowKind.GROUP).toList();
    assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"),
        groups.stream().map(r -> ((Cell.Text) r.cells().get(0)).value()).toList());
    assertEquals(Cell.text("CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), groups.get(2).cells().get(1));
    Row first = table.rows().get(1);
    assertEquals(List.of(Cell.text("1"), Cell.text("Ban hành Kế hoạch tuyên truyền CCHC năm 2024"),
        Cell.text("12/KH-UBND"), Cell.text("Kế hoạch tuyên truyền cải cách hành chính năm 2024"),
        Cell.date(LocalDate.of(2024, 1, 31)), Cell.text("Đúng hạn"), Cell.text("Hoàn thành ngày 20/01/2024")),
        first.cells());
    assertEquals(Cell.text("Quá hạn"), table.rows().get(2).cells().get(5));
    // A task marked done without a date is listed, its timeliness not guessed.
    Row undated = table.rows().get(table.rows().size() - 1);
    assertEquals(Cell.text("Nâng cấp Cổng dịch vụ công"), undated.cells().get(1));
    assertEquals(Cell.text("Chưa xác định"), undated.cells().get(5));
    // Institutions has no task done: the area says so.
    assertEquals(Cell.text("Không có dữ liệu"), table.rows().get(4).cells().get(1));
  }

  @Test
  void completedTasksRenderInEveryFormat() throws Exception {
    Report report = CompletedTasksAppendix.report(PlanFixtures.plan(), S1, ReportOptions.defaults());
    Golden.assertMatches("phu-luc-i.md", MarkdownRenderer.render(report));
    Golden.assertMatches("phu-luc-i.csv", CsvRenderer.render(report).get(0).text());
    Golden.assertMatches("phu-luc-i.json", JsonRenderer.render(report));
    assertEquals(7, Jsoup.parse(HtmlRenderer.render(report)).select("tr.group").size());
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(XlsxRenderer.render(report)))) {
      var row = workbook.getFirstSheet().read().get(3);
      assertEquals(CellType.NUMBER, row.getCell(4).getType());
    }
  }

  @Test
  @DisplayName("Phụ lục II: mọi dòng của bảng mẫu, dạng \"… hồ sơ = …%\", dòng trống ghi rõ cần số liệu gì")
  void statisticsAppendix() {
    Table table = StatisticsAppendix.table(PlanFixtures.observations(), "TB", 2024, ReportLocale.VIETNAMESE);
    long indicatorRows = table.rows().stream().filter(r -> r.kind() == RowKind.DATA).count();
    assertEquals(IndicatorCatalog.phuLucII().size(), indicatorRows, "one row per indicator of the table, no other");
    assertEquals("Năm 2023", table.columns().get(3).header());
    Row onTime = row(table, "2.4.1");
    assertEquals("9.000 hồ sơ = 94,74%", ReportLocale.VIETNAMESE.format(onTime.cells().get(3)));
    assertEquals("9.512 hồ sơ = 99,08%", ReportLocale.VIETNAMESE.format(onTime.cells().get(4)));
    assertEquals(Cell.text("... hồ sơ = ...%"), onTime.cells().get(2));
    assertEquals(Cell.integer(1), row(table, "2.4.5").cells().get(4));
    assertEquals("24,68%", ReportLocale.VIETNAMESE.format(row(table, "6.6.3").cells().get(4)));
    assertEquals(Cell.text("Năm 2023: cần dữ liệu hồ sơ TTHC"), row(table, "6.6.3").cells().get(5));
    assertEquals(Cell.empty(), row(table, "1.1").cells().get(4));
    assertEquals(Cell.text("Cần tệp số liệu bổ sung"), row(table, "1.1").cells().get(5));
    assertEquals(Cell.text("Cần kế hoạch, kết quả kiểm tra"), row(table, "I.2.1").cells().get(5));
    assertEquals(Cell.empty(), row(table, "I.1.1").cells().get(5), "a row with both years has no note");
    assertTrue(table.rows().stream().noneMatch(r -> r.cells().get(0).equals(Cell.text("TB.1"))),
        "an indicator outside the table is not a row of it");
  }

  @Test
  @DisplayName("Phụ lục II: \"Cuộc/người tham gia\", \"…/tổng\", \"Cuộc/cuộc = …%\" giữ đủ hai số")
  void twoFigureUnitsKeepBothFigures() {
    IndicatorCatalog c = IndicatorCatalog.phuLucII();
    ReportPeriod y = ReportPeriod.ofYear(2024);
    ObservationSet o = ObservationSet.of(List.of(
        new Observation(c.require("2.4.4"), "TB", y, IndicatorValue.pair(3, 1_120)),
        new Observation(c.require("6.7.1"), "TB", y, IndicatorValue.pair(12, 8)),
        new Observation(c.require("6.5.1"), "TB", y, IndicatorValue.ratio(20, 22)),
        new Observation(c.require("6.4.2"), "TB", y, IndicatorValue.ratio(12, 20)),
        new Observation(c.require("2.4.3"), "TB", y, IndicatorValue.ratio(5, 7)),
        new Observation(c.require("6.1.1"), "TB", y, IndicatorValue.ratio(45, 48))));
    Table table = StatisticsAppendix.table(o, "TB", 2024, ReportLocale.VIETNAMESE);
    assertEquals(Cell.text("3/1.120"), row(table, "2.4.4").cells().get(4));
    assertEquals(Cell.text("Cuộc/người tham gia"), row(table, "2.4.4").cells().get(2));
    assertEquals(Cell.text("12/8"), row(table, "6.7.1").cells().get(4));
    assertEquals(Cell.text("TTHC/KQ giải quyết"), row(table, "6.7.1").cells().get(2));
    assertEquals(Cell.text("20/22"), row(table, "6.5.1").cells().get(4));
    assertEquals(Cell.text("12/20 = 60%"), row(table, "6.4.2").cells().get(4));
    assertEquals(Cell.text("5/7"), row(table, "2.4.3").cells().get(4));
    assertEquals("45 cơ quan, đơn vị = 93,75%", ReportLocale.VIETNAMESE.format(row(table, "6.1").cells().get(4)));
  }

  @Test
  void statisticsRenderInEveryFormat() {
    Report report = StatisticsAppendix.report(PlanFixtures.observations(), "TB", 2024, ReportOptions.defaults());
    assertEquals(Optional.of("(Kèm theo Báo cáo số .../BC-... ngày ../.../2024 của...)"), report.subtitle());
    Golden.assertMatches("phu-luc-ii.md", MarkdownRenderer.render(report));
    Golden.assertMatches("phu-luc-ii.csv", CsvRenderer.render(report).get(0).text());
    assertTrue(XlsxRenderer.render(report).length > 0);
    assertTrue(JsonRenderer.render(report).contains("\"count\" : 9512"));
  }

  @Test
  void theAttachmentLineTakesTheReportsNumberAndDateFromTheHeading() {
    NationalHeading heading = NationalHeading.builder().addIssuerLines("UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ")
        .number("125/BC-SNV").place("Thái Bình").date(LocalDate.of(2024, 12, 4)).build();
    Report report = StatisticsAppendix.report(ObservationSet.empty(), "TB", 2024,
        ReportOptions.builder().heading(heading).build());
    assertEquals(Optional.of("(Kèm theo Báo cáo số 125/BC-SNV ngày 04/12/2024 của...)"), report.subtitle());
    Report i = CompletedTasksAppendix.report(PlanFixtures.plan(), S1, ReportOptions.defaults());
    assertEquals(Optional.of("(kèm theo Báo cáo số ...../BC-... ngày .../.../ 2024 của ...)"), i.subtitle());
  }

  @Test
  void emptyObservationsGiveTheWholeTableWithEmptyValues() {
    Table table = StatisticsAppendix.table(ObservationSet.empty(), "TB", 2024, ReportLocale.VIETNAMESE);
    assertTrue(table.rows().stream().filter(r -> r.kind() == RowKind.DATA)
        .allMatch(r -> r.cells().get(3).equals(Cell.empty()) && r.cells().get(4).equals(Cell.empty())
            && r.cells().get(5) instanceof Cell.Text note && note.value().startsWith("Cần ")));
  }

  @Test
  @DisplayName("Đề cương: Phần I, Phần II với I–IV như mẫu, mỗi lĩnh vực một mục, chỗ trống được đánh dấu")
  void periodicReportFollowsTheOutline() {
    Report report = periodic();
    List<String> parts = report.blocks().stream().map(b -> ((Section) b).numberedHeading()).toList();
    assertEquals(List.of("Phần I. Đặc điểm, tình hình", "Phần II. Kết quả thực hiện",
        "Phụ lục I. Danh mục các nhiệm vụ đã hoàn thành trong Kế hoạch cải cách hành chính năm 2024",
        "Phụ lục II. Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính"), parts);
    Section results = (Section) report.blocks().get(1);
    assertEquals(List.of("I. Công tác chỉ đạo, điều hành", "II. Kết quả triển khai thực hiện nhiệm vụ",
        "III. Phương hướng nhiệm vụ trong thời gian tới", "IV. Đề xuất, kiến nghị"),
        results.blocks().stream().map(b -> ((Section) b).numberedHeading()).toList());
    Section appendixI = (Section) report.blocks().get(2);
    assertEquals(Paragraph.of("(kèm theo Báo cáo số ...../BC-... ngày .../.../ 2024 của ...)"),
        appendixI.blocks().get(0));
    Section tasks = (Section) results.blocks().get(1);
    assertEquals(ReformArea.reformAreas().size(), tasks.blocks().size());
    String md = MarkdownRenderer.render(report);
    assertTrue(md.contains("- Ban hành Kế hoạch tuyên truyền CCHC năm 2024: 12/KH-UBND ngày 20/01/2024"), md);
    // Task 2 was done late, not left overdue; task 3 falls due on the period's last day and is carried forward.
    assertTrue(!md.contains("Nhiệm vụ quá hạn:"), md);
    assertTrue(md.contains("- Rà soát văn bản quy phạm pháp luật của tỉnh (hạn 30/06/2024)"), md);
    assertTrue(md.contains("Tồn tại qua kiểm tra chưa khắc phục tại TB-STC: Chưa niêm yết công khai TTHC đầy đủ"), md);
    assertTrue(md.contains("Chỉ tiêu giảm so với năm trước: Số nhiệm vụ đã hoàn thành (38 → 30)"), md);
    assertTrue(md.contains("- Rà soát, đánh giá thủ tục hành chính năm 2024 (hạn 30/09/2024)"), md);
    assertTrue(md.contains("**[Cần bổ sung: đề xuất, kiến nghị với cơ quan cấp trên]**"), md);
    Golden.assertMatches("periodic-report.md", md);
    Document html = Jsoup.parse(HtmlRenderer.render(report));
    assertTrue(html.select("p.placeholder").size() > 10);
    assertEquals(2, html.select("table").size());
  }

  @Test
  void overdueTasksAreLimitationsAtTheEndOfTheYear() {
    Report report = PeriodicReport.builder().plan(PlanFixtures.plan()).period(ReportPeriod.ofYear(2024)).build()
        .report();
    String md = MarkdownRenderer.render(report);
    assertTrue(md.contains("Nhiệm vụ quá hạn: Rà soát văn bản quy phạm pháp luật của tỉnh (hạn 30/06/2024)"), md);
    assertTrue(md.contains("Không có nhiệm vụ đến hạn trong kỳ tới.") || md.contains("đã quá hạn"), md);
  }

  @Test
  void aHeadingThatNamesTheReportGivesItsTitleOnce() {
    NationalHeading heading = NationalHeading.builder().addIssuerLines("UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ")
        .place("Thái Bình").documentType("BÁO CÁO")
        .summary("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024").build();
    Report report = PeriodicReport.builder().plan(PlanFixtures.plan()).period(S1)
        .options(ReportOptions.builder().heading(heading).build()).build().report();
    assertEquals("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024", report.title());
    assertTrue(report.titleInHeading());
    String md = io.github.cchc.reporting.render.markdown.MarkdownRenderer.render(report);
    assertTrue(md.contains("**BÁO CÁO**  \n**Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024**"), md);
    assertFalse(md.contains("# Kết quả thực hiện") || md.contains("# Báo cáo kết quả"), md);
    String html = io.github.cchc.reporting.render.html.HtmlRenderer.render(report);
    assertEquals(0, org.jsoup.Jsoup.parse(html).select("h1").size(), html);
    // Without a document type the product keeps its own title beneath the heading.
    Report plain = PeriodicReport.builder().plan(PlanFixtures.plan()).period(S1)
        .options(ReportOptions.builder().heading(NationalHeading.builder().from(heading).documentType(
            java.util.Optional.empty()).build()).build()).build().report();
    assertFalse(plain.titleInHeading());
    assertEquals("Báo cáo kết quả thực hiện công tác cải cách hành chính", plain.title());
  }

  private static Report periodic() {
    return PeriodicReport.builder()
        .plan(PlanFixtures.plan())
        .period(S1)
        .statistics(PeriodicReport.Statistics.of(PlanFixtures.observations(), "TB"))
        .addAllInspectionFindings(PlanFixtures.findings())
        .options(ReportOptions.builder().heading(NationalHeading.builder()
            .addIssuerLines("UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ").place("Thái Bình").build()).build())
        .build()
        .report();
  }

  private static Row row(Table table, String code) {
    return table.rows().stream().filter(r -> r.cells().get(0).equals(Cell.text(code))).findFirst().orElseThrow();
  }
}
