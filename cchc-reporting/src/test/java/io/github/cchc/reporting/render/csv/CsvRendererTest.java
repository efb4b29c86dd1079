package io.github.cchc.reporting.render.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.Golden;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.SampleReports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRendererTest {

  @Test
  void oneFilePerTableMatchingTheGoldenFiles() {
    List<CsvFile> files = CsvRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE));
    assertEquals(List.of("01-ket-qua-giai-quyet-ho-so.csv", "02-phat-hien-chua-khac-phuc.csv",
            "03-bieu-do-ty-le-ho-so-dung-han-theo-don-vi.csv", "04-bieu-do-ho-so-tiep-nhan-va-dung-han-theo-thang.csv",
            "05-bieu-do-hinh-thuc-nop-ho-so.csv", "06-bieu-do-lich-kiem-tra.csv"),
        files.stream().map(CsvFile::fileName).toList());
    for (CsvFile file : files) {
      Golden.assertMatches("sample-vi-" + file.fileName(), file.text());
    }
  }

  @Test
  @DisplayName("UTF-8 có BOM, dòng kết thúc CRLF, trường có dấu phẩy được đặt trong ngoặc kép")
  void utf8WithBomAndRfc4180() {
    CsvFile file = CsvRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)).get(0);
    byte[] bytes = file.bytes();
    assertEquals(0xEF, bytes[0] & 0xFF);
    assertEquals(0xBB, bytes[1] & 0xFF);
    assertEquals(0xBF, bytes[2] & 0xFF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    String[] lines = text.split("\r\n", -1);
    assertEquals("STT,Đơn vị,Số hồ sơ,Điểm,Tỷ lệ đúng hạn,Ngày báo cáo,Đúng hạn,Ghi chú", lines[0]);
    assertEquals("1,Sở Tư pháp,12.345,\"87,50\",\"95,12%\",14/06/2024,\"11.742 hồ sơ = 95,12%\",Thường xuyên",
        lines[2]);
    assertTrue(lines[3].startsWith("2,\"Sở Tài chính, Kế hoạch\",0,\"-1,5\","), lines[3]);
    assertEquals("", lines[lines.length - 1]);
    assertEquals("\"a \"\"b\"\"\"", CsvRenderer.quote("a \"b\""));
    assertEquals("\"x\ny\"", CsvRenderer.quote("x\ny"));
  }

  @Test
  void formulaInjectionIsNeutralisedInTextButNotInNumbers() {
    CsvFile file = CsvRenderer.render(SampleReports.hostile()).get(0);
    String[] lines = file.text().substring(1).split("\r\n");
    assertTrue(lines[0].endsWith(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"bấm vào đây\"\")\""), lines[0]);
    assertTrue(lines[1].endsWith(",-5"), lines[1]);
    assertTrue(lines[2].startsWith("\"'=HYPERLINK("), lines[2]);
    assertTrue(lines[3].startsWith("'-1+2,"), lines[3]);
    assertTrue(lines[4].startsWith("'@SUM(A1),"), lines[4]);
    assertTrue(lines[5].startsWith("'\tTab,"), lines[5]);
    assertTrue(lines[1].startsWith("\"Sở <script>alert('x')</script> =HYPERLINK("), lines[1]);
  }

  @Test
  void emptyDataGivesNoFileForAReportWithoutTablesAndANoDataRowForAnEmptyTable() {
    assertTrue(CsvRenderer.render(SampleReports.empty()).isEmpty());
    CsvFile empty = CsvRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)).get(1);
    assertEquals("\uFEFFĐơn vị,Hạn khắc phục\r\nKhông có dữ liệu,\r\n", empty.text());
  }

  @Test
  void writesTheFilesIntoADirectory(@TempDir Path dir) throws Exception {
    List<Path> paths = CsvRenderer.write(SampleReports.longText(), dir.resolve("csv"));
    assertEquals(2, paths.size());
    assertTrue(Files.readString(paths.get(0), StandardCharsets.UTF_8).contains(SampleReports.longWord()));
  }
}
