package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.indicator.IndicatorValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DossierCsvReaderTest {
  private static final DossierQuery QUARTERS = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER);

  private static InputStream utf8(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static DossierLoad read(String csv) throws IOException {
    return DossierCsvReader.of(Fixtures.DIR).read(utf8(csv), "test.csv");
  }

  @Test
  @DisplayName("Tệp tiêu đề tiếng Việt, ngày dd/MM/yyyy cho cùng kết quả với tệp tiếng Anh, ngày ISO")
  void vietnameseTwinGivesTheSameCounts() {
    DossierLoad en = Fixtures.load("dossiers-en.csv", true);
    DossierLoad vi = Fixtures.load("ho-so-vi.csv", true);
    assertTrue(vi.isClean(), vi.findings().toString());
    assertEquals(12, vi.rowsRead());
    assertEquals(en.table().size(), vi.table().size());
    for (DossierQuery q : List.of(QUARTERS, QUARTERS.withFieldBreakdown(true).withProfile(DossierProfile.PROFILE_766),
        DossierQuery.of(ReportPeriod.ofYear(2024)))) {
      assertEquals(en.table().aggregate(q), vi.table().aggregate(q), q.toString());
    }
    assertEquals(en.table().fields(), vi.table().fields());
    assertEquals(en.table().procedures(), vi.table().procedures());
    assertTrue(vi.table().procedures().contains("Cấp giấy phép xây dựng, sửa chữa"));
  }

  private static final String BAD = String.join("\n",
      "id,unit,received,due,finished,channel,digitized",
      "a1,X1,2024-01-10,2024-01-20,2024-01-15,DIRECT,true",
      "a2,X1,2024-13-10,2024-01-20,,DIRECT,true",
      "a3,X1,2024-01-10,2024-01-20,2024-01-05,DIRECT,false",
      "a4,NOPE,2024-01-10,2024-01-20,,DIRECT,false",
      "a5,X1,2024-01-10,2024-01-20,,BY_PIGEON,false",
      "a1,X1,2024-01-11,2024-01-20,,DIRECT,false",
      "a6,X1,31/02/2024,2024-01-20,,DIRECT,false",
      "a7,X1,2024-01-10,2024-01-20,,DIRECT,maybe",
      "a8,X1,2024-01-10",
      ",X1,2024-01-10,2024-01-20,,DIRECT,false",
      "\"a9\",\"X1\",\"2024-01-10\",\"2024-01-20\",\"\",\"trực tiếp\",\"có\"",
      "a10,X1,2024-01-10 09:00,2024-01-20,2024-01-10 08:59,DIRECT,false",
      "");

  private static DossierLoad.Rejection rejection(DossierLoad load, RejectReason reason) {
    return load.rejection(reason).orElseThrow(() -> new AssertionError("no rejection for " + reason));
  }

  @Test
  @DisplayName("A due date before the received date is rejected, not counted late (swapped columns)")
  void aDueDateBeforeTheReceivedDateIsRejected() throws IOException {
    DossierLoad load = read(String.join("\n",
        "id,unit,received,due,finished,channel",
        "A,X1,2024-01-15,2024-01-10,2024-01-12,DIRECT",
        "B,X1,2024-01-10 09:00,2024-01-10 08:00,,DIRECT",
        "C,X1,2024-01-10,2024-01-10,2024-01-12,DIRECT",
        ""));
    assertEquals(3, load.rowsRead());
    assertEquals(1, load.table().size());
    assertEquals(List.of(2L, 3L), rejection(load, RejectReason.DUE_BEFORE_RECEIVED).firstLines());
    assertEquals("ngày hẹn trả trước ngày tiếp nhận", RejectReason.DUE_BEFORE_RECEIVED.label());
  }

  @Test
  @DisplayName("Each bad row is counted by reason with its line number; none is dropped silently")
  void badRowsAreCountedByReason() throws IOException {
    DossierLoad load = read(BAD);
    assertEquals(12, load.rowsRead());
    assertEquals(2, load.table().size());
    assertEquals(10, load.rowsRejected());
    assertFalse(load.isClean());
    assertFalse(load.fileRejected());
    assertEquals(List.of(3L, 8L), rejection(load, RejectReason.UNPARSEABLE_DATE).firstLines());
    assertEquals(List.of(4L, 13L), rejection(load, RejectReason.FINISHED_BEFORE_RECEIVED).firstLines());
    assertEquals(List.of(5L), rejection(load, RejectReason.UNKNOWN_UNIT).firstLines());
    assertEquals(List.of(6L), rejection(load, RejectReason.UNKNOWN_CHANNEL).firstLines());
    assertEquals(List.of(7L), rejection(load, RejectReason.DUPLICATE_ID).firstLines());
    assertEquals(List.of(9L), rejection(load, RejectReason.BAD_VALUE).firstLines());
    assertEquals(List.of(10L), rejection(load, RejectReason.MALFORMED_ROW).firstLines());
    assertEquals(List.of(11L), rejection(load, RejectReason.MISSING_VALUE).firstLines());
    assertEquals(2, rejection(load, RejectReason.UNPARSEABLE_DATE).rows());

    List<Finding> findings = load.findings();
    assertEquals(8, findings.size());
    Finding dates = findings.stream().filter(f -> f.ruleId().equals("dossiers.csv.unparseable-date")).findFirst()
        .orElseThrow();
    assertEquals(Severity.ERROR, dates.severity());
    assertEquals("test.csv:3", dates.path());
    assertEquals("2 dòng bị loại: ngày không đọc được (dòng 3, 8; đầu tiên: received = '2024-13-10')",
        dates.messageVi());
    assertEquals("2 rows rejected: unparseable date (lines 3, 8; first: received = '2024-13-10')",
        dates.messageEn());
    Finding unit = findings.stream().filter(f -> f.ruleId().equals("dossiers.csv.unknown-unit")).findFirst()
        .orElseThrow();
    assertTrue(unit.messageEn().contains("NOPE"), unit.messageEn());
  }

  @Test
  void theAcceptedRowsAreCounted() throws IOException {
    DossierCounts c = read(BAD).table().aggregate(QUARTERS);
    ReportPeriod q1 = ReportPeriod.parse("2024Q1");
    assertEquals(IndicatorValue.count(2), c.value(DossierIndicator.RECEIVED, "X1", q1));
    assertEquals(IndicatorValue.ratio(2, 2), c.value(DossierIndicator.DIGITIZED_RATE, "X1", q1));
  }

  @Test
  @DisplayName("Strict mode rejects the file at its first bad row, naming line, column and value")
  void strictModeThrowsAtTheFirstBadRow() {
    InvalidDossierRowException e = assertThrows(InvalidDossierRowException.class,
        () -> DossierCsvReader.of(Fixtures.DIR).strict(true).read(utf8(BAD), "test.csv"));
    assertEquals(3, e.line());
    assertEquals("received", e.column());
    assertEquals("2024-13-10", e.value());
    assertEquals(RejectReason.UNPARSEABLE_DATE, e.reason());
    assertEquals("test.csv, line 3, column 'received': unparseable date: '2024-13-10'", e.getMessage());
  }

  @Test
  @DisplayName("A missing required column rejects the whole file")
  void aMissingColumnRejectsTheFile() throws IOException {
    String csv = "Mã hồ sơ,Đơn vị,Ngày tiếp nhận,Ngày hoàn thành,Hình thức nộp\nx,X1,01/02/2024,,Trực tiếp\n";
    DossierLoad load = read(csv);
    assertTrue(load.fileRejected());
    assertEquals(0, load.table().size());
    assertEquals(0, load.rowsRead());
    Finding f = load.findings().get(0);
    assertEquals("dossiers.csv.missing-column", f.ruleId());
    assertEquals("File rejected: missing required column: due (ngày hẹn trả)", f.messageEn());
    InvalidDossierRowException e = assertThrows(InvalidDossierRowException.class,
        () -> DossierCsvReader.of(Fixtures.DIR).strict(true).read(utf8(csv), "x.csv"));
    assertEquals("due (ngày hẹn trả)", e.column());
    assertEquals(1, e.line());
  }

  @Test
  void aRepeatedColumnRejectsTheFile() throws IOException {
    DossierLoad load = read("id,unit,received,due,finished,channel,Đơn vị\n");
    assertTrue(load.fileRejected());
    assertEquals("dossiers.csv.duplicate-column", load.findings().get(0).ruleId());
  }

  @Test
  @DisplayName("RFC 4180: quoted cells hold commas, doubled quotes and line breaks; line numbers stay true")
  void quotedCellsAndLineNumbers() throws IOException {
    String csv = "id;unit;procedure;received;due;finished;channel\r\n"
        + "q1;X1;\"Thủ tục \"\"A\"\"; dòng một\r\ndòng hai\";2024-01-10;2024-01-20;;DIRECT\r\n"
        + "\r\n"
        + "q2;X1;B;2024-01-99;2024-01-20;;DIRECT\r\n"
        + "q3;X1;\"unclosed;2024-01-10;2024-01-20;;DIRECT\r\n";
    DossierLoad load = read(csv);
    assertEquals(1, load.table().size());
    assertEquals("Thủ tục \"A\"; dòng một\r\ndòng hai", load.table().procedures().get(1));
    assertEquals(List.of(5L), rejection(load, RejectReason.UNPARSEABLE_DATE).firstLines());
    assertEquals(List.of(6L), rejection(load, RejectReason.UNCLOSED_QUOTE).firstLines());
  }

  @Test
  @DisplayName("A file aggregated while read, a few rows at a time, counts as the file read whole")
  void aggregatingWhileReadingEqualsReadingWhole() throws IOException {
    DossierLoad whole = Fixtures.load("dossiers-en.csv", false);
    DossierQuery q = QUARTERS.withFieldBreakdown(true);
    try (InputStream in = DossierCsvReaderTest.class.getResourceAsStream("dossiers-en.csv")) {
      DossierLoad streamed = DossierCsvReader.of(Fixtures.DIR).chunkRows(5).aggregate(in, "dossiers-en.csv", q);
      assertEquals(0, streamed.table().size());
      assertEquals(12, streamed.rowsRead());
      assertEquals(whole.table().aggregate(q), streamed.counts().orElseThrow());
    }
    assertTrue(whole.counts().isEmpty());
  }

  @Test
  void withoutTheDuplicateCheckARepeatedIdIsKept() throws IOException {
    String csv = "id,unit,received,due,finished,channel\na,X1,2024-01-10,2024-01-20,,DIRECT\n"
        + "a,X1,2024-01-11,2024-01-20,,DIRECT\n";
    assertEquals(1, read(csv).table().size());
    assertEquals(2, DossierCsvReader.of(Fixtures.DIR).duplicateCheck(false).read(utf8(csv), "x").table().size());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    DossierLoad load = read("\uFEFFid,unit,received,due,finished,channel\nb,X1,05/03/2024,20/03/2024,,bưu chính\n");
    assertTrue(load.isClean(), load.findings().toString());
    assertEquals(1, load.table().size());
  }

  @Test
  void datesInEveryAcceptedForm() throws IOException {
    String csv = "id,unit,received,due,finished,channel\n"
        + "a,X1,2024-03-05,2024-03-05T14:30,2024-03-05 14:30:59,DIRECT\n"
        + "b,X1,5/3/2024,05/03/2024 14:30,05/03/2024 14:31,DIRECT\n"
        + "c,X1, 2024-03-05 , 2024-03-06 ,,ONLINE_FULL\n";
    DossierLoad load = read(csv);
    assertTrue(load.isClean(), load.findings().toString());
    DossierCounts c = load.table().aggregate(QUARTERS);
    ReportPeriod q1 = ReportPeriod.parse("2024Q1");
    assertEquals(IndicatorValue.count(3), c.value(DossierIndicator.RECEIVED, "X1", q1));
    assertEquals(IndicatorValue.count(1), c.value(DossierIndicator.FINISHED_LATE, "X1", q1));
    for (String bad : List.of("2024-3-5", "05-03-2024", "2024-03-05T25:00", "2024-02-30", "05/03/24", "hôm qua")) {
      DossierLoad l = read("id,unit,received,due,finished,channel\nz,X1," + bad + ",2024-03-20,,DIRECT\n");
      assertEquals(1, rejection(l, RejectReason.UNPARSEABLE_DATE).rows(), bad);
    }
  }
}
