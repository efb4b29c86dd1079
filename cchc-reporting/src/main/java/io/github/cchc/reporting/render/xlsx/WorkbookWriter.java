package io.github.cchc.reporting.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes sheets as an Office Open XML workbook (SpreadsheetML, ECMA-376): the package parts, one style sheet with
 * each font, fill, number format and cell format once, shared strings in order of first use, and the worksheets. The
 * parts are written in a fixed order by {@link StableZip}, so the same sheets give the same bytes.
 */
final class WorkbookWriter {

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String CONTENT = "application/vnd.openxmlformats-officedocument.";
  // The first custom number format id; lower ones are built in.
  private static final int FIRST_FORMAT = 164;

  private record Font(boolean bold, boolean italic, int size) {}

  private final Map<CellStyle, Integer> styles = new LinkedHashMap<>();
  private final Map<Font, Integer> fonts = new LinkedHashMap<>();
  private final Map<String, Integer> fills = new LinkedHashMap<>();
  private final Map<String, Integer> formats = new LinkedHashMap<>();
  private final Map<String, Integer> strings = new LinkedHashMap<>();
  private int stringCount;

  private WorkbookWriter() {
    style(CellStyle.PLAIN);
    fills.put("", 0);
    fills.put("gray125", 1); // the second fill is reserved by the format
  }

  /**
   * Writes a workbook to a stream, which is left open.
   *
   * @param sheets the sheets, at least one, in order
   * @param title the document's title
   * @param date the date written as the document's creation and modification date, at midnight UTC
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  static void write(List<SheetContent> sheets, String title, LocalDate date, OutputStream out) throws IOException {
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("A workbook needs at least one sheet");
    }
    WorkbookWriter writer = new WorkbookWriter();
    // The sheets first: they gather the styles and the shared strings.
    List<byte[]> worksheets = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      worksheets.add(writer.worksheet(sheets.get(i), i == 0));
    }
    StableZip zip = new StableZip(out);
    zip.add("[Content_Types].xml", bytes(contentTypes(sheets.size())));
    zip.add("_rels/.rels", bytes(packageRelationships()));
    zip.add("docProps/core.xml", bytes(coreProperties(title, date)));
    zip.add("docProps/app.xml", bytes(appProperties()));
    zip.add("xl/workbook.xml", bytes(workbook(sheets)));
    zip.add("xl/_rels/workbook.xml.rels", bytes(workbookRelationships(sheets.size())));
    zip.add("xl/styles.xml", bytes(writer.styleSheet()));
    zip.add("xl/sharedStrings.xml", bytes(writer.sharedStrings()));
    for (int i = 0; i < worksheets.size(); i++) {
      zip.add("xl/worksheets/sheet" + (i + 1) + ".xml", worksheets.get(i));
    }
    zip.finish();
  }

  private static byte[] bytes(CharSequence xml) {
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String contentTypes(int sheets) {
    StringBuilder b = new StringBuilder(HEAD)
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .append(override("/xl/workbook.xml", CONTENT + "spreadsheetml.sheet.main+xml"))
        .append(override("/xl/styles.xml", CONTENT + "spreadsheetml.styles+xml"))
        .append(override("/xl/sharedStrings.xml", CONTENT + "spreadsheetml.sharedStrings+xml"));
    for (int i = 1; i <= sheets; i++) {
      b.append(override("/xl/worksheets/sheet" + i + ".xml", CONTENT + "spreadsheetml.worksheet+xml"));
    }
    return b.append(override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        .append(override("/docProps/app.xml", CONTENT + "extended-properties+xml"))
        .append("</Types>").toString();
  }

  private static String override(String part, String type) {
    return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
  }

  private static String packageRelationships() {
    return HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
        + relationship(1, RELATIONSHIPS + "/officeDocument", "xl/workbook.xml")
        + relationship(2, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml")
        + relationship(3, RELATIONSHIPS + "/extended-properties", "docProps/app.xml")
        + "</Relationships>";
  }

  private static String relationship(int id, String type, String target) {
    return "<Relationship Id=\"rId" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  }

  private static String coreProperties(String title, LocalDate date) {
    String when = date + "T00:00:00Z";
    StringBuilder b = new StringBuilder(HEAD)
        .append("<cp:coreProperties")
        .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        .append("<dc:title>");
    XlsxText.content(b, XlsxText.visible(title));
    return b.append("</dc:title><dc:creator>cchc</dc:creator>")
        .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:created>")
        .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(when).append("</dcterms:modified>")
        .append("</cp:coreProperties>").toString();
  }

  private static String appProperties() {
    return HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>cchc</Application></Properties>";
  }

  private static String workbook(List<SheetContent> sheets) {
    StringBuilder b = new StringBuilder(HEAD)
        .append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\">")
        .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      b.append("<sheet name=\"");
      XlsxText.attribute(b, XlsxText.visible(sheets.get(i).name()));
      b.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    return b.append("</sheets></workbook>").toString();
  }

  private static String workbookRelationships(int sheets) {
    StringBuilder b = new StringBuilder(HEAD).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS)
        .append("\">");
    for (int i = 1; i <= sheets; i++) {
      b.append(relationship(i, RELATIONSHIPS + "/worksheet", "worksheets/sheet" + i + ".xml"));
    }
    return b.append(relationship(sheets + 1, RELATIONSHIPS + "/styles", "styles.xml"))
        .append(relationship(sheets + 2, RELATIONSHIPS + "/sharedStrings", "sharedStrings.xml"))
        .append("</Relationships>").toString();
  }

  private byte[] worksheet(SheetContent sheet, boolean shown) {
    StringBuilder b = new StringBuilder(HEAD)
        .append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\">");
    b.append("<dimension ref=\"").append(dimension(sheet)).append("\"/>");
    b.append("<sheetViews><sheetView workbookViewId=\"0\"");
    if (shown) {
      b.append(" tabSelected=\"1\"");
    }
    if (sheet.frozenRows() > 0) {
      String topLeft = "A" + (sheet.frozenRows() + 1);
      b.append("><pane ySplit=\"").append(sheet.frozenRows()).append("\" topLeftCell=\"").append(topLeft)
          .append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"")
          .append(topLeft).append("\" sqref=\"").append(topLeft).append("\"/></sheetView>");
    } else {
      b.append("/>");
    }
    b.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (!sheet.widths().isEmpty()) {
      b.append("<cols>");
      sheet.widths().forEach((column, width) -> b.append("<col min=\"").append(column + 1).append("\" max=\"")
          .append(column + 1).append("\" width=\"").append(width).append("\" customWidth=\"1\"/>"));
      b.append("</cols>");
    }
    b.append("<sheetData>");
    for (Map.Entry<Integer, TreeMap<Integer, SheetContent.Entry>> row : sheet.rows().entrySet()) {
      int r = row.getKey() + 1;
      b.append("<row r=\"").append(r).append("\">");
      for (Map.Entry<Integer, SheetContent.Entry> cell : row.getValue().entrySet()) {
        cell(b, column(cell.getKey()) + r, cell.getValue());
      }
      b.append("</row>");
    }
    return bytes(b.append("</sheetData></worksheet>"));
  }

  private void cell(StringBuilder b, String ref, SheetContent.Entry cell) {
    b.append("<c r=\"").append(ref).append('"');
    int style = style(cell.style());
    if (style != 0) {
      b.append(" s=\"").append(style).append('"');
    }
    if (cell.text() != null) {
      b.append(" t=\"s\"><v>").append(string(cell.text())).append("</v></c>");
    } else if (cell.number() != null) {
      b.append("><v>").append(cell.number()).append("</v></c>");
    } else {
      b.append("/>");
    }
  }

  private static String dimension(SheetContent sheet) {
    if (sheet.rows().isEmpty()) {
      return "A1";
    }
    int lastRow = 0;
    int lastColumn = 0;
    for (Map.Entry<Integer, TreeMap<Integer, SheetContent.Entry>> row : sheet.rows().entrySet()) {
      lastRow = Math.max(lastRow, row.getKey());
      lastColumn = Math.max(lastColumn, row.getValue().lastKey());
    }
    return "A1:" + column(lastColumn) + (lastRow + 1);
  }

  /** Returns the letters of a column from 0: A to Z, then AA, AB, … */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  private int string(String text) {
    stringCount++;
    return strings.computeIfAbsent(text, t -> strings.size());
  }

  private int style(CellStyle style) {
    Integer known = styles.get(style);
    if (known != null) {
      return known;
    }
    fonts.computeIfAbsent(new Font(style.bold(), style.italic(), style.fontSize()), f -> fonts.size());
    fills.computeIfAbsent(style.fill(), f -> fills.size());
    if (!style.numberFormat().isEmpty()) {
      formats.computeIfAbsent(style.numberFormat(), f -> FIRST_FORMAT + formats.size());
    }
    int id = styles.size();
    styles.put(style, id);
    return id;
  }

  private String styleSheet() {
    StringBuilder b = new StringBuilder(HEAD).append("<styleSheet xmlns=\"").append(MAIN).append("\">");
    if (!formats.isEmpty()) {
      b.append("<numFmts count=\"").append(formats.size()).append("\">");
      formats.forEach((code, id) -> {
        b.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"");
        XlsxText.attribute(b, XlsxText.visible(code));
        b.append("\"/>");
      });
      b.append("</numFmts>");
    }
    b.append("<fonts count=\"").append(fonts.size()).append("\">");
    fonts.keySet().forEach(f -> b.append("<font>").append(f.bold() ? "<b/>" : "").append(f.italic() ? "<i/>" : "")
        .append("<sz val=\"").append(f.size()).append("\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"));
    b.append("</fonts><fills count=\"").append(fills.size()).append("\">");
    fills.keySet().forEach(fill -> {
      if (fill.isEmpty()) {
        b.append("<fill><patternFill patternType=\"none\"/></fill>");
      } else if (fill.equals("gray125")) {
        b.append("<fill><patternFill patternType=\"gray125\"/></fill>");
      } else {
        b.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(fill)
            .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
      }
    });
    b.append("</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
        .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        .append("<cellXfs count=\"").append(styles.size()).append("\">");
    styles.keySet().forEach(style -> {
      int font = fonts.get(new Font(style.bold(), style.italic(), style.fontSize()));
      int fill = fills.get(style.fill());
      int format = style.numberFormat().isEmpty() ? 0 : formats.get(style.numberFormat());
      b.append("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(font).append("\" fillId=\"")
          .append(fill).append("\" borderId=\"0\" xfId=\"0\"");
      b.append(format != 0 ? " applyNumberFormat=\"1\"" : "").append(font != 0 ? " applyFont=\"1\"" : "")
          .append(fill != 0 ? " applyFill=\"1\"" : "");
      if (style.wrap()) {
        b.append(" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>");
      } else {
        b.append("/>");
      }
    });
    return b.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
        .append("</cellStyles></styleSheet>").toString();
  }

  private String sharedStrings() {
    StringBuilder b = new StringBuilder(HEAD).append("<sst xmlns=\"").append(MAIN).append("\" count=\"")
        .append(stringCount).append("\" uniqueCount=\"").append(strings.size()).append("\">");
    for (String text : strings.keySet()) {
      b.append("<si><t xml:space=\"preserve\">");
      XlsxText.cellContent(b, text);
      b.append("</t></si>");
    }
    return b.append("</sst>").toString();
  }
}
