package io.github.cchc.reporting.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.Cell;
import io.github.cchc.reporting.ColumnType;
import io.github.cchc.reporting.Figure;
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.Paragraph;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.Section;
import io.github.cchc.reporting.Signature;
import io.github.cchc.reporting.Table;
import io.github.cchc.reporting.chart.BarChart;
import io.github.cchc.reporting.chart.ValueKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Reads each rendered document back with Apache POI and checks the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * page, margins, fonts and sizes, the heading, the signature block and the recipients, table rows, the page-number
 * field and the landscape section of a wide table; and a text dump against a golden file.
 */
class DocxRendererTest {

  static final String GOLDEN = "src/test/resources/golden/report.txt";

  static Report report() {
    Table narrow = Table.builder("Kết quả giải quyết hồ sơ")
        .column("Đơn vị", ColumnType.TEXT).column("Tiếp nhận", ColumnType.INTEGER).column("Đúng hạn", ColumnType.INTEGER)
        .row(Cell.text("Sở Tài chính"), Cell.integer(1200), Cell.integer(1150))
        .row(Cell.text("Sở Tư pháp"), Cell.integer(950), Cell.integer(940))
        .build();
    Table.Builder wide = Table.builder("Danh mục các nhiệm vụ đã hoàn thành");
    for (String h : List.of("STT", "Tên nhiệm vụ", "Số văn bản", "Trích yếu", "Thời hạn", "Đúng hạn/quá hạn",
        "Ghi chú")) {
      wide.column(h, ColumnType.TEXT);
    }
    for (int i = 1; i <= 40; i++) {
      wide.row(Cell.text(String.valueOf(i)), Cell.text("Nhiệm vụ " + i), Cell.text(i + "/KH-UBND"),
          Cell.text("Kế hoạch"), Cell.text("31/01/2024"), Cell.text("Đúng hạn"), Cell.text(""));
    }
    return Report.builder()
        .heading(NationalHeading.builder()
            .addIssuerLines("UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ")
            .number("125/BC-SNV").place("Thái Bình").date(LocalDate.of(2024, 2, 5))
            .documentType("BÁO CÁO").summary("Kết quả thực hiện công tác cải cách hành chính năm 2024")
            .signature(Signature.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC").name("Nguyễn Văn A")
                .build())
            .addRecipients("UBND tỉnh (để b/c);", "Bộ Nội vụ;", "Lưu: VT, CCHC.")
            .build())
        .title("Báo cáo kết quả thực hiện công tác cải cách hành chính")
        .subtitle("Năm 2024")
        // Decomposed on purpose: the document holds NFC.
        .addBlocks(Section.of("I", "Công tác chỉ đạo, điều hành",
            Paragraph.of(Normalizer.normalize("Ủy ban nhân dân tỉnh ban hành kế hoạch.", Normalizer.Form.NFD))))
        .addBlocks(Section.of("II", "Kết quả thực hiện", narrow, wide.build(),
            Figure.of(BarChart.horizontal("Tỷ lệ hồ sơ đúng hạn", "Đơn vị", "Tỷ lệ", ValueKind.PERCENT,
                List.of(BarChart.Bar.of("Sở Tài chính", new BigDecimal("95.8")))))))
        .build();
  }

  static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  @Test
  void test_page_A4PortraitWithTheDecreesMargins() throws IOException {
    try (XWPFDocument doc = read(DocxRenderer.render(report()))) {
      CTSectPr last = doc.getDocument().getBody().getSectPr();
      assertEquals(BigInteger.valueOf(11906), last.getPgSz().getW());
      assertEquals(BigInteger.valueOf(16838), last.getPgSz().getH());
      long mm = 567; // 10 mm in twips, rounded
      assertBetween(last.getPgMar().getTop(), 20 * mm / 10, 25 * mm / 10);
      assertBetween(last.getPgMar().getBottom(), 20 * mm / 10, 25 * mm / 10);
      assertBetween(last.getPgMar().getLeft(), 30 * mm / 10, 35 * mm / 10);
      assertBetween(last.getPgMar().getRight(), 15 * mm / 10, 20 * mm / 10);
    }
  }

  private static void assertBetween(Object twips, long min, long max) {
    long v = ((BigInteger) twips).longValue();
    assertTrue(v >= min - 1 && v <= max + 1, v + " not in " + min + ".." + max);
  }

  @Test
  void test_fonts_timesNewRomanInEverySlot_textNfc() throws IOException {
    try (XWPFDocument doc = read(DocxRenderer.render(report()))) {
      List<XWPFRun> runs = allRuns(doc);
      assertFalse(runs.isEmpty());
      for (XWPFRun run : runs) {
        CTFonts f = run.getCTR().getRPr().getRFontsArray(0);
        assertEquals(List.of("Times New Roman", "Times New Roman", "Times New Roman", "Times New Roman"),
            List.of(f.getAscii(), f.getHAnsi(), f.getCs(), f.getEastAsia()), run.text());
        assertTrue(Normalizer.isNormalized(run.text(), Normalizer.Form.NFC), run.text());
      }
      assertTrue(text(doc).contains("Ủy ban nhân dân tỉnh ban hành kế hoạch."));
    }
  }

  @Test
  void test_heading_borderlessTwoColumnTable() throws IOException {
    try (XWPFDocument doc = read(DocxRenderer.render(report()))) {
      XWPFTable heading = doc.getTables().get(0);
      assertEquals(2, heading.getRow(0).getTableCells().size());
      assertEquals("NONE", heading.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString().toUpperCase());
      List<XWPFParagraph> left = heading.getRow(0).getCell(0).getParagraphs();
      assertEquals("UBND TỈNH THÁI BÌNH", left.get(0).getText());
      assertFalse(left.get(0).getRuns().get(0).isBold(), "the parent body is upright, not bold");
      assertEquals("SỞ NỘI VỤ", left.get(1).getText());
      assertTrue(left.get(1).getRuns().get(0).isBold());
      assertTrue(left.get(2).getCTP().getPPr().isSetPBdr(), "a short rule beneath the issuing body");
      assertEquals("Số: 125/BC-SNV", left.get(3).getText());
      assertEquals(13.0, left.get(3).getRuns().get(0).getFontSizeAsDouble());
      List<XWPFParagraph> right = heading.getRow(0).getCell(1).getParagraphs();
      XWPFRun nation = right.get(0).getRuns().get(0);
      assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nation.text());
      assertTrue(nation.isBold());
      assertTrue(nation.getFontSizeAsDouble() >= 12 && nation.getFontSizeAsDouble() <= 13);
      XWPFRun motto = right.get(1).getRuns().get(0);
      assertEquals("Độc lập - Tự do - Hạnh phúc", motto.text());
      assertTrue(motto.isBold());
      assertTrue(motto.getFontSizeAsDouble() >= 13 && motto.getFontSizeAsDouble() <= 14);
      assertTrue(right.get(2).getCTP().getPPr().isSetPBdr(), "a rule beneath the motto");
      XWPFRun date = right.get(3).getRuns().get(0);
      assertEquals("Thái Bình, ngày 05 tháng 02 năm 2024", date.text());
      assertTrue(date.isItalic());
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      int type = texts.indexOf("BÁO CÁO");
      assertTrue(type >= 0, texts.toString());
      assertEquals("Kết quả thực hiện công tác cải cách hành chính năm 2024", texts.get(type + 1));
    }
  }

  @Test
  void test_body_justifiedIndentedSpaced() throws IOException {
    try (XWPFDocument doc = read(DocxRenderer.render(report()))) {
      XWPFParagraph p = doc.getParagraphs().stream()
          .filter(x -> x.getText().startsWith("Ủy ban nhân dân")).findFirst().orElseThrow();
      assertEquals(ParagraphAlignment.BOTH, p.getAlignment());
      assertTrue(p.getIndentationFirstLine() >= 567 && p.getIndentationFirstLine() <= 720);
      assertTrue(p.getSpacingAfter() >= 120);
      assertTrue(p.getSpacingBetween() >= 1.0 && p.getSpacingBetween() <= 1.5);
      double size = p.getRuns().get(0).getFontSizeAsDouble();
      assertTrue(size >= 13 && size <= 14);
    }
  }

  @Test
  void test_recipientsAndSignature() throws IOException {
    try (XWPFDocument doc = read(DocxRenderer.render(report()))) {
      List<XWPFTable> tables = doc.getTables();
      XWPFTable closing = tables.get(tables.size() - 1);
      List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
      XWPFRun label = left.get(0).getRuns().get(0);
      assertEquals("Nơi nhận:", label.text());
      assertTrue(label.isBold() && label.isItalic());
      assertEquals(12.0, label.getFontSizeAsDouble());
      assertEquals(List.of("- UBND tỉnh (để b/c);", "- Bộ Nội vụ;", "- Lưu: VT, CCHC."),
          left.subList(1, left.size()).stream().map(XWPFParagraph::getText).toList());
      assertEquals(11.0, left.get(1).getRuns().get(0).getFontSizeAsDouble());
      List<String> right = closing.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText)
          .filter(t -> !t.isEmpty()).toList();
      assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"), right);
    }
  }

  @Test
  void test_pageNumber_centredInTheHeaderFromPageTwo() throws IOException {
    try (XWPFDocument doc = read(DocxRenderer.render(report()))) {
      XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
      XWPFParagraph p = header.getParagraphs().get(0);
      assertEquals(ParagraphAlignment.CENTER, p.getAlignment());
      String xml = p.getCTP().xmlText();
      assertTrue(xml.contains("PAGE"), xml);
      assertTrue(xml.contains("fldChar"), xml);
      // The first section has a different first page, whose header is empty.
      CTSectPr first = firstSection(doc);
      assertTrue(first.isSetTitlePg());
      List<CTSectPr> sections = sections(doc);
      for (CTSectPr later : sections.subList(1, sections.size())) {
        assertFalse(later.isSetTitlePg(), "page numbers go on from page 2 through every later section");
      }
      assertEquals("", doc.getHeaderFooterPolicy().getFirstPageHeader().getText().strip());
    }
  }

  @Test
  void test_wideTable_landscapeSection_repeatedHeader_rowsKeptWhole() throws IOException {
    try (XWPFDocument doc = read(DocxRenderer.render(report()))) {
      XWPFTable wide = doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 7).findFirst()
          .orElseThrow();
      assertEquals(41, wide.getNumberOfRows());
      assertTrue(wide.getRow(0).isRepeatHeader());
      for (XWPFTableRow row : wide.getRows()) {
        assertTrue(row.isCantSplitRow());
      }
      assertEquals("Nhiệm vụ 40", wide.getRow(40).getCell(1).getText());
      // The section that holds the wide table ends with the paragraph after it and is landscape; the sections
      // around it are portrait.
      List<CTSectPr> sections = sections(doc);
      assertEquals(3, sections.size());
      assertFalse(sections.get(0).getPgSz().isSetOrient());
      assertEquals(STPageOrientation.LANDSCAPE, sections.get(1).getPgSz().getOrient());
      assertEquals(BigInteger.valueOf(16838), sections.get(1).getPgSz().getW());
      assertFalse(sections.get(2).getPgSz().isSetOrient());
      // The chart is kept as its data table.
      assertTrue(doc.getTables().stream().anyMatch(t -> t.getText().contains("95,8")), text(doc));
    }
  }

  @Test
  void test_deterministic_andGolden() throws IOException {
    byte[] one = DocxRenderer.render(report());
    assertArrayEquals(one, DocxRenderer.render(report()));
    try (XWPFDocument doc = read(one)) {
      assertEquals("cchc", doc.getProperties().getCoreProperties().getCreator());
      assertEquals(LocalDate.of(2024, 2, 5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
          doc.getProperties().getCoreProperties().getCreated().toInstant());
      String dump = text(doc);
      Path golden = Path.of(GOLDEN);
      if (Boolean.getBoolean("cchc.golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, dump, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), dump);
    }
  }

  @Test
  void test_controlCharacters_shownAsTheSharedTextPolicyShowsThem() throws IOException {
    Report hostile = Report.builder().title("Báo cáo").addBlocks(Paragraph.of("a\u0001b <w:t>&"))
        .build();
    try (XWPFDocument doc = read(DocxRenderer.render(hostile))) {
      assertTrue(text(doc).contains("a\u2401b <w:t>&"), text(doc));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** The document's text, element by element: paragraphs as lines, table rows as cells joined by " | ". */
  static String text(XWPFDocument doc) {
    StringBuilder b = new StringBuilder();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        b.append(p.getText()).append('\n');
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          b.append(row.getTableCells().stream()
              .map(c -> c.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("/")))
              .collect(Collectors.joining(" | ", "| ", " |"))).append('\n');
        }
      }
    }
    return b.toString();
  }

  static List<XWPFRun> allRuns(XWPFDocument doc) {
    List<XWPFRun> runs = new ArrayList<>();
    doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(
        c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
    doc.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
    return runs;
  }

  static List<CTSectPr> sections(XWPFDocument doc) {
    List<CTSectPr> sections = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
        sections.add(p.getCTP().getPPr().getSectPr());
      }
    }
    sections.add(doc.getDocument().getBody().getSectPr());
    return sections;
  }

  static CTSectPr firstSection(XWPFDocument doc) {
    return sections(doc).get(0);
  }
}
