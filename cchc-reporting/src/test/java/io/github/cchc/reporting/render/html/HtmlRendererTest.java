package io.github.cchc.reporting.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.SampleReports;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private static Document render(io.github.cchc.reporting.Report report) {
    return Jsoup.parse(HtmlRenderer.render(report));
  }

  @Test
  @DisplayName("Thể thức văn bản: tên cơ quan bên trái, Quốc hiệu và Tiêu ngữ bên phải")
  void nationalHeadingLayout() {
    Document doc = render(SampleReports.full(ReportLocale.VIETNAMESE));
    Element heading = doc.selectFirst("header.national-heading");
    assertEquals(List.of("UBND TỈNH SƠN LA", "SỞ NỘI VỤ"), heading.select(".issuer .issuer-line").eachText());
    assertEquals("Số: 125/BC-SNV", heading.select(".issuer .number").text());
    assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", heading.select(".nation .nation-name").text());
    assertEquals("Độc lập - Tự do - Hạnh phúc", heading.select(".nation .motto").text());
    assertEquals("Sơn La, ngày 14 tháng 6 năm 2024", heading.select(".nation .place-date").text());
    assertEquals("vi", doc.selectFirst("html").attr("lang"));
  }

  @Test
  void headingsTablesAndChartsAreInThePage() {
    Document doc = render(SampleReports.full(ReportLocale.VIETNAMESE));
    assertEquals("Báo cáo kết quả thực hiện công tác cải cách hành chính", doc.select("h1").text());
    assertEquals(List.of("Phần I. Đặc điểm, tình hình", "Phần II. Kết quả thực hiện"), doc.select("h2").eachText());
    assertEquals(List.of("1. Thuận lợi", "2. Khó khăn"), doc.select("h3").eachText());
    assertEquals(List.of("a) Chi tiết"), doc.select("h4").eachText());
    Element table = doc.select("table").get(0);
    assertEquals("Kết quả giải quyết hồ sơ", table.selectFirst("caption").text());
    assertEquals(8, table.select("thead th").size());
    Element sotuphap = table.select("tbody tr").get(1);
    assertEquals(List.of("1", "Sở Tư pháp", "12.345", "87,50", "95,12%", "14/06/2024", "11.742 hồ sơ = 95,12%",
        "Thường xuyên"), sotuphap.select("td").eachText());
    assertEquals("num", sotuphap.select("td").get(2).className());
    assertEquals("group", table.select("tbody tr").get(0).className());
    assertEquals("Không có dữ liệu", doc.select("table").get(1).select("td.no-data").text());
    assertEquals(4, doc.select("figure.chart > svg").size());
    assertEquals(3, doc.select("svg rect.bar").size());
    // "Đúng hạn" has a gap after each of its two values, so only "Tiếp nhận" draws a line.
    assertEquals(1, doc.select("svg polyline.series").size());
    assertEquals(5, doc.select("svg circle.point").size());
    assertEquals(3, doc.select("svg path.slice").size());
    assertEquals(2, doc.select("svg rect.item").size());
    assertEquals("[Cần bổ sung: nêu khó khăn, vướng mắc]", doc.select("p.placeholder").text());
  }

  @Test
  void selfContainedAndPrintsOnA4() {
    Document doc = render(SampleReports.full(ReportLocale.VIETNAMESE));
    assertTrue(doc.select("script, link, img, iframe, object").isEmpty());
    assertTrue(doc.select("[src], [href]").isEmpty());
    String css = doc.select("style").html();
    assertTrue(css.contains("@page { size: A4;"));
    assertTrue(css.contains("overflow-wrap: anywhere"));
    assertTrue(!css.contains("@import") && !css.contains("url("));
  }

  @Test
  void englishUsesEnglishHeadingAndNumbers() {
    Document doc = render(SampleReports.full(ReportLocale.ENGLISH));
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertEquals("SOCIALIST REPUBLIC OF VIET NAM", doc.select(".nation-name").text());
    assertTrue(doc.select("table").get(0).text().contains("12,345"));
  }

  @Test
  void hostileTextIsEscapedEverywhere() {
    Document doc = render(SampleReports.hostile());
    assertTrue(doc.select("script").isEmpty());
    assertTrue(doc.select("b").isEmpty());
    assertEquals("Báo cáo " + SampleReports.SCRIPT, doc.select("h1").text());
    assertEquals(SampleReports.SCRIPT, doc.select(".issuer-line").first().text());
    assertTrue(doc.select("td").eachText().contains(SampleReports.HYPERLINK));
    assertTrue(doc.select("svg title").eachText().contains(SampleReports.SCRIPT));
  }

  @Test
  void emptyAndLongReportsStayValid() {
    Document empty = render(SampleReports.empty());
    assertEquals("Không có dữ liệu", empty.select("p.no-data").text());
    Document longText = render(SampleReports.longText());
    assertEquals(SampleReports.longWord(), longText.select("main > p").first().text());
    assertEquals(SampleReports.longWord(), longText.select("td").first().text());
  }
}
