package io.github.cchc.reporting.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.SampleReports;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {

  private static List<Sheet> sheets(ReadableWorkbook workbook) {
    return workbook.getSheets().collect(Collectors.toList());
  }

  private static ReadableWorkbook open(Report report) throws Exception {
    return new ReadableWorkbook(new ByteArrayInputStream(XlsxRenderer.render(report)), new ReadingOptions(true, false));
  }

  @Test
  void oneSheetPerTableWithTitleHeaderAndTypedCells() throws Exception {
    try (ReadableWorkbook workbook = open(SampleReports.full(ReportLocale.VIETNAMESE))) {
      List<Sheet> sheets = sheets(workbook);
      assertEquals(List.of("Kết quả giải quyết hồ sơ", "Phát hiện chưa khắc phục", "Biểu đồ Tỷ lệ hồ sơ đúng hạn th",
              "Biểu đồ Hồ sơ tiếp nhận và đúng", "Biểu đồ Hình thức nộp hồ sơ", "Biểu đồ Lịch kiểm tra"),
          sheets.stream().map(Sheet::getName).toList());
      List<Row> rows = sheets.get(0).read();
      assertEquals("Kết quả giải quyết hồ sơ", rows.get(0).getCell(0).asString());
      assertEquals(List.of("STT", "Đơn vị", "Số hồ sơ", "Điểm", "Tỷ lệ đúng hạn", "Ngày báo cáo", "Đúng hạn",
          "Đúng hạn (%)", "Ghi chú"), rows.get(1).stream().map(c -> c.asString()).toList());
      Row row = rows.get(3);
      assertEquals(CellType.STRING, row.getCell(1).getType());
      assertEquals(CellType.NUMBER, row.getCell(2).getType());
      assertEquals(new BigDecimal("12345"), row.getCell(2).asNumber());
      assertEquals("#,##0", row.getCell(2).getDataFormatString());
      assertEquals(0, new BigDecimal("87.5").compareTo(row.getCell(3).asNumber()));
      assertEquals("#,##0.00", row.getCell(3).getDataFormatString());
      assertEquals(0, new BigDecimal("0.9512").compareTo(row.getCell(4).asNumber()));
      assertEquals("0.00%", row.getCell(4).getDataFormatString());
      assertEquals(LocalDateTime.of(2024, 6, 14, 0, 0), row.getCell(5).asDate());
      assertEquals(0, new BigDecimal("11742").compareTo(row.getCell(6).asNumber()));
      assertEquals(0, new BigDecimal("0.9512").compareTo(row.getCell(7).asNumber()));
      assertEquals(CellType.STRING, row.getCell(8).getType());
      Row mixed = rows.get(4);
      assertEquals(CellType.STRING, mixed.getCell(5).getType());
      assertEquals("Quý II/2024", mixed.getCell(5).asString());
      assertEquals(0, new BigDecimal("-1.5").compareTo(mixed.getCell(3).asNumber()));
      assertEquals(CellType.NUMBER, mixed.getCell(8).getType());
      assertEquals("#,##0\" cơ quan, đơn vị = 75%\"", mixed.getCell(8).getDataFormatString());
      List<Row> empty = sheets.get(1).read();
      assertEquals("Không có dữ liệu", empty.get(2).getCell(0).asString());
    }
  }

  @Test
  void hostileTextStaysTextAndSheetNamesAreValid() throws Exception {
    try (ReadableWorkbook workbook = open(SampleReports.hostile())) {
      List<Sheet> sheets = sheets(workbook);
      for (Sheet sheet : sheets) {
        assertTrue(sheet.getName().length() <= XlsxRenderer.MAX_SHEET_NAME, sheet.getName());
        assertFalse(sheet.getName().matches(".*[\\[\\]:*?/\\\\].*"), sheet.getName());
      }
      List<Row> rows = sheets.get(0).read();
      assertEquals(CellType.STRING, rows.get(3).getCell(0).getType());
      assertEquals(SampleReports.HYPERLINK, rows.get(3).getCell(0).asString());
      assertEquals(null, rows.get(3).getCell(0).getFormula());
      assertEquals(0, new BigDecimal("-5").compareTo(rows.get(2).getCell(1).asNumber()));
    }
  }

  @Test
  void sheetNamesAreCutAndMadeUnique() {
    Set<String> used = new HashSet<>();
    assertEquals("Phụ lục I", XlsxRenderer.sheetName("Phụ lục I", used));
    assertEquals("phụ lục i (2)", XlsxRenderer.sheetName("phụ lục i", used));
    String long1 = XlsxRenderer.sheetName("Danh mục các nhiệm vụ đã hoàn thành trong kế hoạch", used);
    String long2 = XlsxRenderer.sheetName("Danh mục các nhiệm vụ đã hoàn thành trong kế hoạch", used);
    assertEquals(31, long1.length());
    assertTrue(long2.endsWith(" (2)") && long2.length() <= 31, long2);
    assertEquals("a b c", XlsxRenderer.sheetName("'a/b:c'", used));
    assertEquals("Sheet", XlsxRenderer.sheetName("[]", used));
  }

  @Test
  void aReportWithoutTablesStillOpensAndSaysNoData() throws Exception {
    try (ReadableWorkbook workbook = open(SampleReports.empty())) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertEquals("Báo cáo", rows.get(0).getCell(0).asString());
      assertEquals("Không có dữ liệu", rows.get(1).getCell(0).asString());
    }
  }

  @Test
  void aLongTextIsKeptWhole() throws Exception {
    try (ReadableWorkbook workbook = open(SampleReports.longText())) {
      assertEquals(SampleReports.longWord(), workbook.getFirstSheet().read().get(2).getCell(0).asString());
    }
  }
}
