package io.github.cchc.reporting.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.ReportLocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SvgChartRendererTest {

  private static Document svg(Chart chart) {
    return Jsoup.parse(SvgChartRenderer.render(chart, ReportLocale.VIETNAMESE), "", Parser.xmlParser());
  }

  @Test
  void sortedHorizontalBarsDrawOneBarPerCategoryLargestFirst() {
    BarChart chart = BarChart.horizontal("Tỷ lệ", "Đơn vị", "Tỷ lệ", ValueKind.PERCENT, List.of(
        BarChart.Bar.of("A", new BigDecimal("50")), BarChart.Bar.of("B", new BigDecimal("90.5")),
        BarChart.Bar.of("C", new BigDecimal("70")))).sortedDescending();
    assertEquals(List.of("B", "C", "A"), chart.bars().stream().map(BarChart.Bar::label).toList());
    Document doc = svg(chart);
    assertEquals(3, doc.select("rect.bar").size());
    assertTrue(doc.select("text.value").eachText().contains("90,5%"));
    double widthB = Double.parseDouble(doc.select("rect.bar").get(0).attr("width"));
    double widthA = Double.parseDouble(doc.select("rect.bar").get(2).attr("width"));
    assertTrue(widthB > widthA);
  }

  @Test
  void verticalBarsAndPercentAxisRunToHundred() {
    Document doc = svg(BarChart.vertical("Chỉ số", "Đơn vị", "Điểm", ValueKind.PERCENT,
        List.of(BarChart.Bar.of("A", 80), BarChart.Bar.of("B", 60))));
    assertEquals(2, doc.select("rect.bar").size());
    assertTrue(doc.select("text.tick").eachText().contains("100%"));
  }

  @Test
  void aMissingValueBreaksTheLine() {
    LineChart chart = LineChart.of("Xu hướng", "Tháng", ValueKind.NUMBER, List.of("1", "2", "3", "4", "5"),
        List.of(new LineChart.Series("Tiếp nhận", List.of(Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.TEN),
            Optional.empty(), Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.TEN)))));
    Document doc = svg(chart);
    assertEquals(2, doc.select("polyline.series").size());
    assertEquals(4, doc.select("circle.point").size());
  }

  @Test
  void aSeriesMustHaveOneValuePerCategory() {
    assertThrows(IllegalArgumentException.class, () -> LineChart.of("X", "Tháng", ValueKind.NUMBER,
        List.of("1", "2"), List.of(LineChart.Series.of("S", List.of(BigDecimal.ONE)))));
  }

  @Test
  void pieAndDonutDrawOneSlicePerPartAndAWholePieAsACircle() {
    ShareChart mix = new ShareChart("Kênh", "Kênh", "Số hồ sơ", ShareChart.Style.DONUT,
        List.of(ShareChart.Slice.of("Trực tiếp", 3), ShareChart.Slice.of("Trực tuyến", 1)));
    Document doc = svg(mix);
    assertEquals(2, doc.select(".slice").size());
    assertTrue(doc.text().contains("75%"));
    Document whole = svg(new ShareChart("Kênh", "Kênh", "Số", ShareChart.Style.PIE,
        List.of(ShareChart.Slice.of("Trực tiếp", 3), ShareChart.Slice.of("Bưu chính", 0))));
    assertEquals(1, whole.select("circle.slice").size());
    Document stacked = svg(new ShareChart("Kênh", "Kênh", "Số", ShareChart.Style.STACKED_BAR, mix.slices()));
    assertEquals(2, stacked.select("rect.slice").size());
  }

  @Test
  void timelineDrawsEachVisitFromItsFirstToItsLastDay() {
    TimelineChart chart = TimelineChart.of("Lịch", List.of(
        TimelineChart.Item.of("A", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 8)),
        TimelineChart.Item.of("B", LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 9))));
    Document doc = svg(chart);
    assertEquals(2, doc.select("rect.item").size());
    double a = Double.parseDouble(doc.select("rect.item").get(0).attr("width"));
    double b = Double.parseDouble(doc.select("rect.item").get(1).attr("width"));
    assertEquals(3.0, a / b, 0.01);
    assertThrows(IllegalArgumentException.class,
        () -> TimelineChart.Item.of("C", LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 8)));
  }

  @Test
  void anEmptyChartSaysThereIsNoData() {
    Document doc = svg(TimelineChart.of("Lịch", List.of()));
    assertEquals("Không có dữ liệu", doc.select("text.no-data").text());
  }

  @Test
  void labelsAreEscapedAndLongOnesShortenedWithTheirWholeTextAsTooltip() {
    String label = "<script>alert(1)</script>" + "x".repeat(100);
    String svg = SvgChartRenderer.render(BarChart.horizontal("T", "Đơn vị", "Số", ValueKind.NUMBER,
        List.of(BarChart.Bar.of(label, 1))), ReportLocale.VIETNAMESE);
    assertFalse(svg.contains("<script>"));
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    assertEquals(label, doc.select("text.label > title").text());
    assertTrue(doc.select("text.label").first().ownText().endsWith("…"));
  }

  @Test
  void theAxisEndsAtARoundNumber() {
    assertEquals(new BigDecimal("2000"), SvgChartRenderer.scaleMax(List.of(new BigDecimal("1234")), ValueKind.NUMBER));
    assertEquals(new BigDecimal("100"), SvgChartRenderer.scaleMax(List.of(new BigDecimal("95")), ValueKind.PERCENT));
    assertEquals(new BigDecimal("0.5"), SvgChartRenderer.scaleMax(List.of(new BigDecimal("0.42")), ValueKind.NUMBER));
    assertEquals(new BigDecimal("25"), SvgChartRenderer.scaleMax(List.of(new BigDecimal("21")), ValueKind.NUMBER));
    assertEquals(BigDecimal.ONE, SvgChartRenderer.scaleMax(List.of(), ValueKind.NUMBER));
  }

  @Test
  void gridStepsAreRoundNumbers() {
    assertEquals(5, SvgChartRenderer.divisions(new BigDecimal("5")));
    assertEquals(5, SvgChartRenderer.divisions(new BigDecimal("100")));
    assertEquals(2, SvgChartRenderer.divisions(new BigDecimal("2")));
    assertEquals(4, SvgChartRenderer.divisions(BigDecimal.ONE));
    assertEquals(5, SvgChartRenderer.divisions(new BigDecimal("2.5")));
  }
}
