package io.github.cchc.reporting.render.docx;

import io.github.cchc.reporting.Block;
import io.github.cchc.reporting.BulletList;
import io.github.cchc.reporting.Cell;
import io.github.cchc.reporting.Column;
import io.github.cchc.reporting.Figure;
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.Paragraph;
import io.github.cchc.reporting.Placeholder;
import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.Row;
import io.github.cchc.reporting.RowKind;
import io.github.cchc.reporting.Section;
import io.github.cchc.reporting.Signature;
import io.github.cchc.reporting.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Writes one report as a DOCX document; see {@link DocxRenderer} for the layout. Not thread-safe: one per report. */
final class DocxWriter {

  /** The most columns a table may have and stay in a portrait section. */
  static final int PORTRAIT_COLUMNS = 5;

  static final String FONT = "Times New Roman";
  // Twentieths of a point: A4 is 210 × 297 mm; 1 mm = 56.7 twips.
  static final int A4_WIDTH = 11906;
  static final int A4_HEIGHT = 16838;
  static final int MARGIN_TOP = 1134;      // 20 mm
  static final int MARGIN_BOTTOM = 1134;   // 20 mm
  static final int MARGIN_LEFT = 1701;     // 30 mm
  static final int MARGIN_RIGHT = 851;     // 15 mm
  static final int HEADER_DISTANCE = 567;  // 10 mm: the page number sits in the top margin
  static final int FIRST_LINE_INDENT = 720; // 1.27 cm
  static final int SPACE_AFTER = 120;      // 6 pt
  static final int LINE_SPACING = 276;     // 1.15 lines, in 240ths
  static final int BODY_SIZE = 14;

  /** The time of every ZIP entry: the earliest a ZIP file can hold, as the XLSX writer uses. */
  private static final long ZIP_TIME = LocalDate.of(1980, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

  private final Report report;
  private final ReportLocale locale;
  private final XWPFDocument doc = new XWPFDocument();
  private CTSectPr firstSection;
  /** Whether the section being filled is landscape. */
  private boolean landscape;

  DocxWriter(Report report) {
    this.report = report;
    this.locale = report.locale();
  }

  byte[] write() {
    try (doc) {
      defaults();
      report.heading().ifPresent(this::heading);
      title();
      if (report.blocks().isEmpty()) {
        body(locale.noData(), false, true);
      }
      blocks(report.blocks(), 1);
      report.heading().ifPresent(this::closing);
      CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
          : doc.getDocument().getBody().addNewSectPr();
      page(last, landscape);
      if (firstSection == null) {
        firstSection = last;
      }
      pageNumbers();
      properties();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return stable(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Word document: " + e.getMessage(), e);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Document set-up

  private void defaults() {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
  }

  private void page(CTSectPr sect, boolean landscape) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
    size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    // A landscape page keeps the portrait page's margins, measured on the page as it is read.
    mar.setTop(BigInteger.valueOf(MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    mar.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    mar.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
    mar.setGutter(BigInteger.ZERO);
  }

  /**
   * Makes sure that what comes next is in a section of the orientation: if the one being filled has the other, ends
   * it with a paragraph holding its properties, and the next one starts on a new page.
   */
  private void orientation(boolean wanted) {
    if (wanted != landscape) {
      sectionBreak(landscape);
      landscape = wanted;
    }
  }

  private void sectionBreak(boolean landscape) {
    XWPFParagraph p = doc.createParagraph();
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTSectPr sect = ppr.addNewSectPr();
    page(sect, landscape);
    if (firstSection == null) {
      firstSection = sect;
    }
  }

  /** A centred PAGE field in the header of every page but the first; the first page's header is empty. */
  private void pageNumbers() {
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = p.createRun();
    font(run, 13);
    run.getCTR().addNewFldChar().setFldCharType(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
    XWPFRun instr = p.createRun();
    font(instr, 13);
    instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
    XWPFRun sep = p.createRun();
    font(sep, 13);
    sep.getCTR().addNewFldChar().setFldCharType(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
    XWPFRun shown = p.createRun();
    font(shown, 13);
    shown.setText("2");
    XWPFRun end = p.createRun();
    font(end, 13);
    end.getCTR().addNewFldChar().setFldCharType(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
    XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
    first.createParagraph();
    // createHeader puts its references on the document's last section; the first section takes them too (the
    // others inherit them), and only the first has a different first page.
    CTSectPr last = doc.getDocument().getBody().getSectPr();
    if (firstSection != last) {
      for (CTHdrFtrRef ref : last.getHeaderReferenceArray()) {
        CTHdrFtrRef copy = firstSection.addNewHeaderReference();
        copy.setId(ref.getId());
        copy.setType(ref.getType());
      }
    }
    // createHeader(FIRST) marks the last section as having a different first page; only the first section has one.
    if (firstSection != last && last.isSetTitlePg()) {
      last.unsetTitlePg();
    }
    if (!firstSection.isSetTitlePg()) {
      firstSection.addNewTitlePg();
    }
  }

  private void properties() {
    var core = doc.getProperties().getCoreProperties();
    LocalDate date = report.heading().flatMap(NationalHeading::date).orElse(LocalDate.of(1980, 1, 1));
    Date when = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    core.setCreator("cchc");
    core.setTitle(clean(report.title()));
    doc.getProperties().getExtendedProperties().setApplication("cchc");
  }

  /** Rewrites the ZIP with every entry at the same time, so that the same report gives the same bytes. */
  private static byte[] stable(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(ZIP_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Heading

  private void heading(NationalHeading heading) {
    XWPFTable table = borderless(2, new int[] {3600, 5754});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    List<String> lines = heading.issuerLines();
    XWPFParagraph p = first(left);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        p = left.addParagraph();
      }
      centred(p);
      boolean issuingBody = i == lines.size() - 1;
      text(p, lines.get(i).toUpperCase(locale.locale()), 13, issuingBody, false);
    }
    // Beneath the issuing body a rule of a third of the column, about the width of its name.
    rule(left.addParagraph(), 3600 / 3);
    XWPFParagraph number = left.addParagraph();
    centred(number);
    text(number, locale.numberLabel() + ": " + heading.numberText(), 13, false, false);

    XWPFParagraph nation = first(right);
    centred(nation);
    text(nation, locale.nationName(), 12, true, false);
    XWPFParagraph motto = right.addParagraph();
    centred(motto);
    text(motto, locale.motto(), 13, true, false);
    // Beneath the motto a rule about as wide as the motto.
    rule(right.addParagraph(), 5754 / 5);
    XWPFParagraph date = right.addParagraph();
    centred(date);
    date.setSpacingBefore(120);
    text(date, heading.placeAndDate(locale), 14, false, true);

    heading.documentType().ifPresent(t -> {
      XWPFParagraph type = doc.createParagraph();
      centred(type);
      type.setSpacingBefore(360);
      text(type, t.toUpperCase(locale.locale()), 14, true, false);
    });
    heading.summary().ifPresent(s -> {
      XWPFParagraph summary = doc.createParagraph();
      centred(summary);
      text(summary, s, 14, true, false);
    });
  }

  /** A short centred rule: an empty paragraph whose bottom border is narrowed by an indent on each side. */
  private static void rule(XWPFParagraph p, int side) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    p.setSpacingBefore(0);
    p.setSpacingBetween(1.0);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTBorder bottom = ppr.addNewPBdr().addNewBottom();
    bottom.setVal(STBorder.SINGLE);
    bottom.setSz(BigInteger.valueOf(6));
    bottom.setSpace(BigInteger.ONE);
    bottom.setColor("000000");
    var ind = ppr.addNewInd();
    ind.setLeft(BigInteger.valueOf(side));
    ind.setRight(BigInteger.valueOf(side));
    XWPFRun run = p.createRun();
    font(run, 2);
  }

  private void title() {
    if (!report.titleInHeading()) {
      XWPFParagraph p = doc.createParagraph();
      centred(p);
      p.setSpacingBefore(240);
      text(p, report.title().toUpperCase(locale.locale()), 14, true, false);
    }
    report.subtitle().ifPresent(s -> {
      XWPFParagraph sub = doc.createParagraph();
      centred(sub);
      text(sub, s, 14, false, true);
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Body

  private void blocks(List<Block> blocks, int level) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        XWPFParagraph p = bodyParagraph();
        p.setSpacingBefore(level == 1 ? 240 : 120);
        p.setKeepNext(true);
        text(p, section.numberedHeading(), BODY_SIZE, true, level > 2);
        blocks(section.blocks(), level + 1);
      } else if (block instanceof Paragraph paragraph) {
        for (String line : paragraph.text().strip().split("\\R")) {
          if (!line.isBlank()) {
            body(line.strip(), false, false);
          }
        }
      } else if (block instanceof BulletList list) {
        if (list.items().isEmpty()) {
          body(locale.noData(), false, true);
        }
        list.items().forEach(item -> body("- " + item.replaceAll("\\s*\\R\\s*", " ").strip(), false, false));
      } else if (block instanceof Placeholder placeholder) {
        body("[" + locale.placeholderMarker() + ": " + placeholder.hint() + "]", false, true);
      } else if (block instanceof Table table) {
        table(table);
      } else if (block instanceof Figure figure) {
        table(figure.dataTable(locale));
      }
    }
  }

  private XWPFParagraph bodyParagraph() {
    orientation(false);
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(FIRST_LINE_INDENT);
    p.setSpacingAfter(SPACE_AFTER);
    p.setSpacingBetween(LINE_SPACING / 240.0);
    return p;
  }

  private void body(String text, boolean bold, boolean italic) {
    text(bodyParagraph(), text, BODY_SIZE, bold, italic);
  }

  private void table(Table table) {
    List<Column> columns = table.columns();
    boolean wide = columns.size() > PORTRAIT_COLUMNS;
    orientation(wide);
    XWPFParagraph caption = doc.createParagraph();
    centred(caption);
    caption.setSpacingBefore(120);
    caption.setKeepNext(true);
    text(caption, table.title(), 13, true, false);
    int width = (wide ? A4_HEIGHT : A4_WIDTH) - MARGIN_LEFT - MARGIN_RIGHT;
    XWPFTable t = doc.createTable(1 + Math.max(1, table.rows().size()), columns.size());
    t.setWidth(width);
    t.setTableAlignment(TableRowAlign.CENTER);
    XWPFTableRow header = t.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < columns.size(); c++) {
      XWPFParagraph p = first(header.getCell(c));
      centred(p);
      text(p, flat(columns.get(c).header()), 12, true, false);
    }
    columnWidths(t, table, width);
    if (table.isEmpty()) {
      XWPFTableRow row = t.getRow(1);
      row.setCantSplitRow(true);
      XWPFParagraph p = first(row.getCell(0));
      text(p, locale.noData(), 12, false, true);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      XWPFTableRow tr = t.getRow(r + 1);
      tr.setCantSplitRow(true);
      for (int c = 0; c < row.cells().size() && c < columns.size(); c++) {
        Cell cell = row.cells().get(c);
        XWPFParagraph p = first(tr.getCell(c));
        p.setAlignment(columns.get(c).type().isNumeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        text(p, flat(locale.format(cell)), 12, row.kind() != RowKind.DATA, false);
      }
    }
    table.note().ifPresent(note -> {
      XWPFParagraph p = doc.createParagraph();
      p.setSpacingAfter(SPACE_AFTER);
      text(p, flat(note), 12, false, true);
    });
  }

  /**
   * Shares the width among the columns by the length of their longest text (at most 40 characters), never less than
   * their longest word and two characters of padding, so that "STT" stays narrow, dates stay on one line and the
   * task names get room.
   */
  private void columnWidths(XWPFTable t, Table table, int width) {
    int n = table.columns().size();
    int[] least = new int[n];
    int[] weight = new int[n];
    for (int c = 0; c < n; c++) {
      int word = longestWord(table.columns().get(c).header());
      int longest = word;
      for (Row row : table.rows()) {
        if (c < row.cells().size()) {
          String text = flat(locale.format(row.cells().get(c)));
          longest = Math.max(longest, Math.min(40, text.length()));
          word = Math.max(word, Math.min(20, longestWord(text)));
        }
      }
      // A 12 pt character is at most about 130 twips wide, bold; a cell has about 110 twips of margin each side.
      least[c] = (word + 1) * 130 + 220;
      weight[c] = longest;
    }
    int spare = width - java.util.Arrays.stream(least).sum();
    int sum = Math.max(1, java.util.Arrays.stream(weight).sum());
    int leastSum = java.util.Arrays.stream(least).sum();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = spare >= 0 ? least[c] + spare * weight[c] / sum : width * least[c] / leastSum;
    }
    var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int c = 0; c < n; c++) {
      int w = widths[c];
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
      for (XWPFTableRow row : t.getRows()) {
        XWPFTableCell cell = row.getCell(c);
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var tcw = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        tcw.setType(STTblWidth.DXA);
        tcw.setW(BigInteger.valueOf(w));
      }
    }
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split("\\s+")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Recipients and signature

  private void closing(NationalHeading heading) {
    if (heading.recipients().isEmpty() && heading.signature().isEmpty()) {
      return;
    }
    orientation(false);
    XWPFParagraph gap = doc.createParagraph();
    gap.setSpacingAfter(0);
    XWPFTable table = borderless(2, new int[] {4354, 5000});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph label = first(left);
    if (!heading.recipients().isEmpty()) {
      text(label, locale.recipientsLabel(), 12, true, true);
      for (String recipient : heading.recipients()) {
        XWPFParagraph p = left.addParagraph();
        text(p, "- " + recipient, 11, false, false);
      }
    }
    XWPFParagraph top = first(right);
    heading.signature().ifPresent(signature -> signature(signature, right, top));
  }

  private void signature(Signature signature, XWPFTableCell cell, XWPFParagraph first) {
    XWPFParagraph p = first;
    if (signature.authority().isPresent()) {
      centred(p);
      text(p, signature.authority().get().toUpperCase(locale.locale()), 14, true, false);
      p = cell.addParagraph();
    }
    centred(p);
    text(p, signature.title().toUpperCase(locale.locale()), 14, true, false);
    // Room for the signature and the seal.
    XWPFParagraph room = cell.addParagraph();
    room.setSpacingBefore(1600);
    XWPFParagraph name = cell.addParagraph();
    centred(name);
    text(name, signature.name(), 14, true, false);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Helpers

  private XWPFTable borderless(int columns, int[] widths) {
    XWPFTable table = doc.createTable(1, columns);
    XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
    table.setTopBorder(none, 0, 0, "auto");
    table.setBottomBorder(none, 0, 0, "auto");
    table.setLeftBorder(none, 0, 0, "auto");
    table.setRightBorder(none, 0, 0, "auto");
    table.setInsideHBorder(none, 0, 0, "auto");
    table.setInsideVBorder(none, 0, 0, "auto");
    int total = 0;
    for (int c = 0; c < columns; c++) {
      XWPFTableCell cell = table.getRow(0).getCell(c);
      var w = cell.getCTTc().addNewTcPr().addNewTcW();
      w.setType(STTblWidth.DXA);
      w.setW(BigInteger.valueOf(widths[c]));
      total += widths[c];
    }
    table.setWidth(total);
    return table;
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setSpacingAfter(0);
    return p;
  }

  private static void centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setIndentationFirstLine(0);
  }

  private static void text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = p.createRun();
    font(run, size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(clean(text));
  }

  /** Times New Roman in every script slot, so that no diacritic falls back to another font. */
  private static void font(XWPFRun run, int size) {
    var rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    run.setFontSize(size);
  }

  private static String flat(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** NFC, with control characters other than tab (which XML cannot hold or Word would show) as U+FFFD. */
  static String clean(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      b.append(c < 0x20 && c != '\t' || c == 0x7F || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
    }
    return b.toString();
  }
}
