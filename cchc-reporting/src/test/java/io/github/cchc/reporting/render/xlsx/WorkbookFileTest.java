package io.github.cchc.reporting.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.reporting.Report;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.SampleReports;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The workbook as a file: the archive, its parts, and the same bytes for the same report. */
class WorkbookFileTest {

  /** Reads every entry with {@link ZipInputStream}, as a consumer's program would. */
  static Map<String, byte[]> entries(byte[] xlsx) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        long announced = entry.getSize();
        byte[] bytes = zip.readAllBytes();
        assertEquals(bytes.length, announced, entry.getName() + ": the size is in the local header");
        assertEquals(ZipEntry.DEFLATED, entry.getMethod(), entry.getName());
        assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), entry.getTimeLocal(), entry.getName());
        assertNull(entry.getExtra(), entry.getName() + ": no extra field, such as a time-zone-dependent timestamp");
        entries.put(entry.getName(), bytes);
      }
    }
    return entries;
  }

  static Document xml(byte[] part) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(part));
  }

  private static String text(byte[] part) {
    return new String(part, StandardCharsets.UTF_8);
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    Report report = SampleReports.full(ReportLocale.VIETNAMESE);
    byte[] first = XlsxRenderer.render(report);
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertArrayEquals(first, XlsxRenderer.render(report));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertArrayEquals(first, XlsxRenderer.render(report));
    } finally {
      TimeZone.setDefault(zone);
    }
    assertArrayEquals(XlsxRenderer.render(SampleReports.hostile()), XlsxRenderer.render(SampleReports.hostile()));
  }

  @Test
  void everyEntryIsReadByZipInputStreamInAFixedOrder() throws Exception {
    Map<String, byte[]> entries = entries(XlsxRenderer.render(SampleReports.full(ReportLocale.ENGLISH)));
    List<String> expected = new ArrayList<>(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
        "docProps/app.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"));
    for (int i = 1; i <= 6; i++) {
      expected.add("xl/worksheets/sheet" + i + ".xml");
    }
    assertEquals(expected, List.copyOf(entries.keySet()));
  }

  @Test
  void noEntryHasADataDescriptor() {
    ByteBuffer zip = ByteBuffer.wrap(XlsxRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)))
        .order(ByteOrder.LITTLE_ENDIAN);
    int entries = 0;
    int at = 0;
    while (zip.getInt(at) == 0x04034b50) { // a local file header
      int flags = zip.getShort(at + 6);
      assertEquals(0, flags & 8, "entry " + entries + ": general purpose flag bit 3 (data descriptor)");
      assertTrue((zip.getShort(at + 12) & 0xffff) != 0, "entry " + entries + ": a DOS date, not 0");
      at += 30 + zip.getShort(at + 26) + zip.getShort(at + 28) + zip.getInt(at + 18);
      entries++;
    }
    assertEquals(14, entries);
    assertEquals(0x02014b50, zip.getInt(at), "the central directory follows the last entry");
  }

  @Test
  void theCreationDateIsTheReportsDate() throws Exception {
    Document core = xml(entries(XlsxRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)))
        .get("docProps/core.xml"));
    String terms = "http://purl.org/dc/terms/";
    assertEquals("2024-06-14T00:00:00Z", core.getElementsByTagNameNS(terms, "created").item(0).getTextContent());
    assertEquals("2024-06-14T00:00:00Z", core.getElementsByTagNameNS(terms, "modified").item(0).getTextContent());
    assertEquals("Báo cáo kết quả thực hiện công tác cải cách hành chính",
        core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent());
  }

  @Test
  void aReportWithoutADateIsDatedTheFirstOfJanuary1980() throws Exception {
    String core = text(entries(XlsxRenderer.render(SampleReports.empty())).get("docProps/core.xml"));
    assertTrue(core.contains(">1980-01-01T00:00:00Z</dcterms:created>"), core);
    assertTrue(core.contains(">1980-01-01T00:00:00Z</dcterms:modified>"), core);
  }

  @Test
  void everyPartIsWellFormedXmlEvenForHostileText() throws Exception {
    for (Report report : List.of(SampleReports.hostile(), XlsxRendererTest.controls(), SampleReports.empty())) {
      for (Map.Entry<String, byte[]> part : entries(XlsxRenderer.render(report)).entrySet()) {
        xml(part.getValue()); // throws on a character XML 1.0 does not allow
        assertTrue(text(part.getValue()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), part.getKey());
      }
    }
  }

  @Test
  void aReturnAndTheCharactersOfAnExcelEscapeReachTheCellAsTheyAre() throws Exception {
    Map<String, byte[]> entries = entries(XlsxRenderer.render(XlsxRendererTest.controls()));
    String strings = text(entries.get("xl/sharedStrings.xml"));
    assertTrue(strings.contains("l_x005F_x0041_m"), strings);
    NodeList texts = xml(entries.get("xl/sharedStrings.xml")).getElementsByTagName("t");
    List<String> values = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      values.add(texts.item(i).getTextContent());
    }
    assertTrue(values.contains(XlsxRendererTest.CONTROLS_SHOWN), values::toString);
    assertTrue(values.contains("l_x005F_x0041_m"), values::toString);
  }

  @Test
  void stylesAreWrittenOnceEach() throws Exception {
    Map<String, byte[]> entries = entries(XlsxRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)));
    Document styles = xml(entries.get("xl/styles.xml"));
    List<String> xfs = new ArrayList<>();
    NodeList cellXfs = ((Element) styles.getElementsByTagName("cellXfs").item(0)).getElementsByTagName("xf");
    for (int i = 0; i < cellXfs.getLength(); i++) {
      Element xf = (Element) cellXfs.item(i);
      xfs.add(xf.getAttribute("numFmtId") + "/" + xf.getAttribute("fontId") + "/" + xf.getAttribute("fillId") + "/"
          + xf.getElementsByTagName("alignment").getLength());
    }
    assertEquals(xfs.size(), xfs.stream().distinct().count(), xfs::toString);
    for (String list : List.of("fonts", "fills", "numFmts")) {
      Element element = (Element) styles.getElementsByTagName(list).item(0);
      assertEquals(element.getAttribute("count"), String.valueOf(element.getChildNodes().getLength()), list);
    }
    String codes = text(entries.get("xl/styles.xml"));
    assertEquals(1, codes.split("formatCode=\"#,##0\"", -1).length - 1, codes);
  }
}
