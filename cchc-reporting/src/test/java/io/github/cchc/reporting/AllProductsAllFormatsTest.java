package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.reporting.render.csv.CsvFile;
import io.github.cchc.reporting.render.csv.CsvRenderer;
import io.github.cchc.reporting.render.html.HtmlRenderer;
import io.github.cchc.reporting.render.json.JsonRenderer;
import io.github.cchc.reporting.render.markdown.MarkdownRenderer;
import io.github.cchc.reporting.render.xlsx.XlsxRenderer;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Builds the six products from example data and renders each in the five formats, in Vietnamese and in English.
 * The files are written under {@code target/examples} for a look at them.
 */
class AllProductsAllFormatsTest {

  static Map<String, Report> products(ReportLocale locale) {
    NationalHeading heading = NationalHeading.builder().addIssuerLines("UBND TỈNH SƠN LA", "SỞ NỘI VỤ")
        .number("125/BC-SNV").place("Sơn La").date(LocalDate.of(2024, 7, 5))
        .documentType("BÁO CÁO").summary("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024")
        .signature(Signature.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC").name("Nguyễn Văn A").build())
        .addRecipients("UBND tỉnh (để b/c);", "Lưu: VT, CCHC.")
        .build();
    ReportOptions options = ReportOptions.builder().locale(locale).heading(heading).build();
    OrgDirectory directory = InspectionFixtures.directory("Sở Tài chính");
    Map<String, Report> products = new LinkedHashMap<>();
    products.put("phu-luc-i", CompletedTasksAppendix.report(PlanFixtures.plan(), ReportPeriod.parse("2024S1"), options));
    products.put("phu-luc-ii", StatisticsAppendix.report(PlanFixtures.observations(), "TB", 2024,
        options));
    products.put("bao-cao-dinh-ky", PeriodicReport.builder().plan(PlanFixtures.plan())
        .period(ReportPeriod.parse("2024S1"))
        .statistics(PeriodicReport.Statistics.of(PlanFixtures.observations(), "TB"))
        .addAllInspectionFindings(PlanFixtures.findings()).options(options).build().report());
    products.put("ke-hoach-kiem-tra", InspectionPlanSummary.report(directory, InspectionFixtures.plan(),
        InspectionFixtures.verdict(directory, InspectionFixtures.plan()),
        InspectionFixtures.schedule(InspectionFixtures.plan()), options));
    products.put("chi-so-cchc", ScorecardResults.report(ScorecardFixtures.ranking(), options));
    products.put("ho-so-tthc", DossierDashboardTest.report(DossierDashboardTest.dossiers("Sở Tài chính"), options));
    return products;
  }

  @Test
  void everyProductRendersInEveryFormat() throws Exception {
    for (ReportLocale locale : ReportLocale.values()) {
      Path dir = Path.of("target", "examples", locale.languageTag());
      Files.createDirectories(dir);
      for (Map.Entry<String, Report> product : products(locale).entrySet()) {
        Report report = product.getValue();
        String md = MarkdownRenderer.render(report);
        String html = HtmlRenderer.render(report);
        String json = JsonRenderer.render(report);
        byte[] xlsx = XlsxRenderer.render(report);
        Files.writeString(dir.resolve(product.getKey() + ".md"), md);
        Files.writeString(dir.resolve(product.getKey() + ".html"), html);
        Files.writeString(dir.resolve(product.getKey() + ".json"), json);
        Files.write(dir.resolve(product.getKey() + ".xlsx"), xlsx);
        CsvRenderer.write(report, dir.resolve(product.getKey() + "-csv"));
        // The parent body upright, the issuing body bold; the recipients and the signature after the body.
        assertTrue(md.startsWith("UBND TỈNH SƠN LA  \n**SỞ NỘI VỤ**"), product.getKey());
        assertTrue(md.contains("***" + locale.recipientsLabel() + "***\n\n- UBND tỉnh (để b/c);\n- Lưu: VT, CCHC.\n"),
            product.getKey());
        assertEquals("Nguyễn Văn A", Jsoup.parse(html).select(".signature .signer-name").text());
        assertEquals(locale.nationName(), Jsoup.parse(html).select(".nation-name").text());
        assertFalse(CsvRenderer.render(report).isEmpty(), product.getKey());
        for (CsvFile file : CsvRenderer.render(report)) {
          assertEquals(CsvRenderer.BOM, file.text().charAt(0));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
          assertEquals(report.tables().size(), workbook.getSheets().count(), product.getKey());
        }
        assertTrue(json.contains("\"format\" : \"cchc-report\""));
      }
    }
    Path bad = Path.of("target", "examples", "bad-input");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("hostile.html"), HtmlRenderer.render(SampleReports.hostile()));
    Files.writeString(bad.resolve("long.html"), HtmlRenderer.render(SampleReports.longText()));
    Files.writeString(bad.resolve("sample.html"), HtmlRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)));
  }
}
