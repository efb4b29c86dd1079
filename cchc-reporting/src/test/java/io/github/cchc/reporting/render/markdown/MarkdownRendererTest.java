package io.github.cchc.reporting.render.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.Golden;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.SampleReports;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void fullReportInVietnamese() {
    Golden.assertMatches("sample-vi.md", MarkdownRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)));
  }

  @Test
  void fullReportInEnglish() {
    Golden.assertMatches("sample-en.md", MarkdownRenderer.render(SampleReports.full(ReportLocale.ENGLISH)));
  }

  @Test
  @DisplayName("Dữ liệu rỗng cho một báo cáo hợp lệ ghi \"Không có dữ liệu\"")
  void emptyReport() {
    String md = MarkdownRenderer.render(SampleReports.empty());
    assertTrue(md.startsWith("# Báo cáo\n"));
    assertTrue(md.contains("*Không có dữ liệu*"));
  }

  @Test
  void hostileTextsShowAsWrittenAndNeverBecomeHtml() {
    String md = MarkdownRenderer.render(SampleReports.hostile());
    assertFalse(md.contains("<script>"), md);
    assertFalse(md.contains("<b>"), md);
    assertTrue(md.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    // The formula stays text in a table: its leading '=' is no heading underline and its quotes are plain.
    assertTrue(md.contains("| =HYPERLINK(\"http://example.invalid\",\"bấm vào đây\") |"), md);
  }

  @Test
  void aLongTextStaysOnItsLinesAndPipesInCellsAreEscaped() {
    String md = MarkdownRenderer.render(SampleReports.longText());
    assertTrue(md.contains(SampleReports.longWord()));
    assertTrue(MarkdownRenderer.inline("a|b").equals("a\\|b"));
    assertTrue(MarkdownRenderer.lineStart(MarkdownRenderer.inline("1. không phải danh sách")).startsWith("1\\."));
  }
}
