package io.github.cchc.reporting.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.Cell;
import io.github.cchc.reporting.ColumnType;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.SampleReports;
import io.github.cchc.reporting.Table;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxRendererTest {

  /** Control characters, an escape sequence, lone surrogates, a non-character, tab, CR LF. */
  static final String CONTROLS = "a\u0000b\u001B[2Jc\uD800d\uFFFFe\u0007f\tg\r\nh x\uDFFFy";

  /** {@link #CONTROLS} as a cell shows it. */
  // As the library's one text policy shows it, in XLSX as in every format: pictures, code points in brackets.
  // U+FFFF, which XML cannot hold, is U+FFFD in XLSX only.
  static final String CONTROLS_SHOWN =
      io.github.cchc.core.text.TextPolicy.displayLines(CONTROLS).replace('\uFFFF', '\uFFFD');

  /** A report with {@link #CONTROLS} in its title, a table title, a header, a cell, a noun and a note. */
  static Report controls() {
    return Report.builder()
        .title("Báo cáo " + CONTROLS)
        .addBlocks(Table.builder("Bảng " + CONTROLS)
            .column("Tên " + CONTROLS, ColumnType.TEXT)
            .column("Số", ColumnType.MIXED)
            .row(Cell.text(CONTROLS), Cell.countWithShare(3, 4, "đơn vị " + CONTROLS))
            .row(Cell.text("l_x0041_m"), Cell.integer(1))
            .note(CONTROLS)
            .build())
        .build();
  }

  private static Report oneColumn(String title, ColumnType type, Cell... cells) {
    Table.Builder table = Table.builder(title).column("Giá trị", type);
    for (Cell cell : cells) {
      table.row(cell);
    }
    return Report.builder().title("Báo cáo").addBlocks(table.build()).build();
  }

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

  @Test
  void aCellOverTheSpreadsheetLimitIsCutWithAnEllipsis() throws Exception {
    String text = "Nguyễn Văn A ".repeat(40_000 / 13 + 1).substring(0, 40_000);
    try (ReadableWorkbook workbook = open(oneColumn("Bảng", ColumnType.TEXT, Cell.text(text), Cell.text("x")))) {
      List<Row> rows = workbook.getFirstSheet().read();
      String cell = rows.get(2).getCell(0).asString();
      assertEquals(32_767, cell.length());
      assertEquals(text.substring(0, 32_766) + "…", cell);
      assertEquals("x", rows.get(3).getCell(0).asString());
    }
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreShownNotDropped() throws Exception {
    try (ReadableWorkbook workbook = open(controls())) {
      Sheet sheet = workbook.getFirstSheet();
      assertTrue(sheet.getName().startsWith("Bảng a\u2400b\u241B 2Jc U+D800 d\uFFFDe\u2407f g\u240D"), sheet.getName());
      List<Row> rows = sheet.read();
      assertEquals("Bảng " + CONTROLS_SHOWN, rows.get(0).getCell(0).asString());
      assertEquals("Tên " + CONTROLS_SHOWN, rows.get(1).getCell(0).asString());
      assertEquals(CONTROLS_SHOWN, rows.get(2).getCell(0).asString());
      assertEquals(0, new BigDecimal(3).compareTo(rows.get(2).getCell(1).asNumber()));
      assertEquals("#,##0\" đơn vị a\u2400b\u241B[2Jc[U+D800]d\uFFFDe\u2407f g\u240D h x[U+DFFF]y = 75%\"",
          rows.get(2).getCell(1).getDataFormatString());
      assertEquals(6, rows.get(4).getRowNum());
      assertEquals(CONTROLS_SHOWN, rows.get(4).getCell(0).asString());
    }
  }

  @Test
  void datesAndNumbersASpreadsheetCannotHoldAreWrittenAsTheReportShowsThem() throws Exception {
    Cell early = Cell.date(LocalDate.of(1899, 12, 31));
    Cell huge = Cell.decimal(new BigDecimal("1E+400"));
    try (ReadableWorkbook workbook = open(oneColumn("Bảng", ColumnType.MIXED, early, huge,
        Cell.date(LocalDate.of(1900, 3, 1)), Cell.date(LocalDate.of(9999, 12, 31)),
        Cell.percent(new BigDecimal("1E+402"))))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertEquals(CellType.STRING, rows.get(2).getCell(0).getType());
      assertEquals("31/12/1899", rows.get(2).getCell(0).asString());
      assertEquals(CellType.STRING, rows.get(3).getCell(0).getType());
      assertEquals(ReportLocale.VIETNAMESE.format(huge), rows.get(3).getCell(0).asString());
      assertEquals(LocalDateTime.of(1900, 3, 1, 0, 0), rows.get(4).getCell(0).asDate());
      assertEquals(new BigDecimal(61), rows.get(4).getCell(0).asNumber());
      assertEquals(LocalDateTime.of(9999, 12, 31, 0, 0), rows.get(5).getCell(0).asDate());
      assertEquals(CellType.STRING, rows.get(6).getCell(0).getType());
    }
  }

  @Test
  void aCountFormatStaysWithinTheSpreadsheetLimit() {
    assertEquals("#,##0", XlsxRenderer.countFormat(""));
    assertEquals("#,##0\" hồ sơ = 95,12%\"", XlsxRenderer.countFormat(" \"hồ sơ\\ = 95,12%"));
    String format = XlsxRenderer.countFormat(" " + "đơn vị ".repeat(100));
    assertEquals(255, format.length());
    assertTrue(format.endsWith("…\""), format);
  }

  @Test
  void titlesHeadersAndTotalsHaveTheirStylesAndTheHeadRowsAreFrozen() throws Exception {
    Map<String, byte[]> entries =
        WorkbookFileTest.entries(XlsxRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)));
    Document styles = WorkbookFileTest.xml(entries.get("xl/styles.xml"));
    Document sheet = WorkbookFileTest.xml(entries.get("xl/worksheets/sheet1.xml"));
    assertEquals("b sz=12", font(styles, sheet, "A1"));
    assertEquals("b sz=11", font(styles, sheet, "A2"));
    assertEquals("FFE8E8E8", fill(styles, sheet, "A2"));
    assertEquals("b sz=11", font(styles, sheet, "B3"));
    assertEquals("b sz=11", font(styles, sheet, "C3"));
    assertEquals("sz=11", font(styles, sheet, "B4"));
    assertEquals("", fill(styles, sheet, "B4"));
    assertEquals("b sz=11", font(styles, sheet, "C6"));
    assertEquals("b sz=11", font(styles, sheet, "H6"));
    Element pane = (Element) sheet.getElementsByTagName("pane").item(0);
    assertEquals("2", pane.getAttribute("ySplit"));
    assertEquals("frozen", pane.getAttribute("state"));
    assertEquals("A1:I8", ((Element) sheet.getElementsByTagName("dimension").item(0)).getAttribute("ref"));
    NodeList cols = sheet.getElementsByTagName("col");
    assertEquals(9, cols.getLength());
    assertEquals("8", ((Element) cols.item(0)).getAttribute("width"));
    assertEquals("24", ((Element) cols.item(1)).getAttribute("width"));
    Document empty = WorkbookFileTest.xml(entries.get("xl/worksheets/sheet2.xml"));
    assertEquals("i sz=11", font(styles, empty, "A3"));
  }

  private static Element xf(Document styles, Document sheet, String ref) {
    NodeList cells = sheet.getElementsByTagName("c");
    for (int i = 0; i < cells.getLength(); i++) {
      Element cell = (Element) cells.item(i);
      if (cell.getAttribute("r").equals(ref)) {
        int s = cell.getAttribute("s").isEmpty() ? 0 : Integer.parseInt(cell.getAttribute("s"));
        return (Element) ((Element) styles.getElementsByTagName("cellXfs").item(0)).getElementsByTagName("xf").item(s);
      }
    }
    throw new AssertionError("no cell " + ref);
  }

  private static String font(Document styles, Document sheet, String ref) {
    int id = Integer.parseInt(xf(styles, sheet, ref).getAttribute("fontId"));
    Element font = (Element) styles.getElementsByTagName("font").item(id);
    return (font.getElementsByTagName("b").getLength() > 0 ? "b " : "")
        + (font.getElementsByTagName("i").getLength() > 0 ? "i " : "")
        + "sz=" + ((Element) font.getElementsByTagName("sz").item(0)).getAttribute("val");
  }

  private static String fill(Document styles, Document sheet, String ref) {
    int id = Integer.parseInt(xf(styles, sheet, ref).getAttribute("fillId"));
    NodeList color = ((Element) styles.getElementsByTagName("fill").item(id)).getElementsByTagName("fgColor");
    return color.getLength() == 0 ? "" : ((Element) color.item(0)).getAttribute("rgb");
  }
}
