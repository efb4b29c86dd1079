package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.testing.Choices;
import io.github.cchc.testing.Gens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile input for the dossier CSV reader: random bytes, and valid files broken by truncation, stray and unbalanced
 * quotes, byte-order marks, huge cells, extra or missing cells, blank lines, unicode and control bytes. Whatever the
 * bytes, the lenient reader returns a load that accounts for every data row (read = kept + rejected, each rejection
 * reported as a finding with its first lines), and the strict reader either returns the same clean load or throws
 * {@link InvalidDossierRowException}. No other exception gets out.
 */
class DossierCsvHostileProperties {

  private static final String[] UNITS = {"P", "S", "D", "X1", "X2", " X1 ", "Z9", "x1"};
  private static final String[] CHANNELS = {"DIRECT", "ONLINE_FULL", "online_partial", "POSTAL", "Trực tiếp",
      "trực tuyến toàn trình", "Trực tuyến một phần", "bưu chính", "fax", ""};
  private static final String[] FLAGS = {"true", "false", "1", "0", "có", "không", "", "TRUE", "yes", "Có"};
  private static final String[] FIELDS = {"Đất đai", "Xây dựng", "Hộ tịch", "\"Đất, nhà\"", ""};
  private static final String[] HEADERS = {
      "id,unit,procedure,field,received,due,finished,channel,digitized,paidOnline,apology,supplementRequests",
      "Mã hồ sơ;Đơn vị;Thủ tục;Lĩnh vực;Ngày tiếp nhận;Ngày hẹn trả;Ngày hoàn thành;Hình thức nộp;Số hóa;"
          + "Thanh toán trực tuyến;Xin lỗi;Số lần bổ sung",
      "unit\tid\treceived\tdue\tfinished\tchannel",
      "id,unit,received,due,channel", // finished missing
      "id,unit,received,due,finished,channel,id"}; // a column twice

  /**
   * A file that is valid in shape, with some rows that are bad in content. Every row makes the same draws for a given
   * header, so that shrinking drops rows and simplifies cells without moving the others; where a draw decides, its
   * shrunk value (0) is the plainer case.
   */
  static byte[] file(Choices r) {
    String header = r.pick(HEADERS);
    char d = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
    String[] columns = header.split(String.valueOf(d == '\t' ? "\t" : d), -1);
    StringBuilder sb = new StringBuilder(header).append(r.nextBoolean() ? "\r\n" : "\n");
    for (String row : r.listOf(30, (c, i) -> row(columns, d, i, c))) {
      sb.append(row);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String row(String[] columns, char d, int row, Choices r) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < columns.length; c++) {
      if (c > 0) {
        sb.append(d);
      }
      sb.append(cell(columns[c], row, r));
    }
    return sb.append(r.nextInt(5) == 4 ? "\r\n" : "\n").toString();
  }

  private static String cell(String column, int row, Choices r) {
    int day = 1 + r.nextInt(28);
    int month = 1 + r.nextInt(12);
    return switch (column.strip()) {
      case "id", "Mã hồ sơ" -> r.nextInt(10) == 9 ? "dup" : "h" + row;
      case "unit", "Đơn vị" -> r.pick(UNITS);
      case "procedure", "Thủ tục" -> "1.00" + r.nextInt(5);
      case "field", "Lĩnh vực" -> r.pick(FIELDS);
      case "received", "Ngày tiếp nhận", "due", "Ngày hẹn trả" -> date(day, month, r);
      case "finished", "Ngày hoàn thành" -> {
        boolean unfinished = r.nextInt(4) == 0;
        String date = date(Math.min(28, day + r.nextInt(5)), month, r);
        yield unfinished ? "" : date;
      }
      case "channel", "Hình thức nộp" -> r.pick(CHANNELS);
      case "supplementRequests", "Số lần bổ sung" -> {
        boolean negative = r.nextInt(8) == 7;
        int count = r.nextInt(4);
        yield negative ? "-1" : String.valueOf(count);
      }
      default -> r.pick(FLAGS);
    };
  }

  private static String date(int day, int month, Choices r) {
    int form = r.nextInt(6);
    int hour = r.nextInt(24);
    int minute = r.nextInt(60);
    boolean february = r.nextBoolean();
    return switch (form) {
      case 1 -> String.format("2024-%02d-%02dT%02d:%02d", month, day, hour, minute);
      case 2 -> String.format("%d/%d/2024 %d:%02d", day, month, hour, minute);
      case 3 -> february ? "31/02/2024" : "2024-13-01";
      case 4, 5 -> String.format("2024-%02d-%02d", month, day);
      default -> String.format("%02d/%02d/2024", day, month);
    };
  }

  private static final byte[][] SPLINTERS = {
      {'"'}, {'"', '"'}, {','}, {';'}, {'\t'}, {'\n'}, {'\r'}, {'\r', '\n'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xFF}, {(byte) 0xC3}, {0}, {' '}, "ệ".getBytes(StandardCharsets.UTF_8),
      "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), "e\u0301".getBytes(StandardCharsets.UTF_8), {'/'}, {':'},
      {'T'}, {'-'}, {'9'}};

  /**
   * Breaks a file with one to four mutations, each one of the ways files arrive broken. Every mutation makes the same
   * draws, its place a fraction of the file's length, so that they shrink apart from the file and from each other.
   */
  static byte[] mutate(byte[] file, Choices r) {
    byte[] f = file;
    int n = 1 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      int at = (int) ((long) r.nextInt(1_000_001) * f.length / 1_000_000);
      int kind = r.nextInt(7);
      byte[] splinter = r.pick(SPLINTERS);
      int removed = Math.min(f.length - at, r.nextInt(8));
      byte any = (byte) r.nextInt(256);
      int huge = 70_000 + r.nextInt(70_000);
      byte[] junk = new byte[r.nextInt(40)];
      for (int i = 0; i < 40; i++) {
        byte b = (byte) r.nextInt(256);
        if (i < junk.length) {
          junk[i] = b;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (kind) {
        case 0 -> out.write(f, 0, at); // truncated
        case 1 -> { // a splinter inserted
          out.write(f, 0, at);
          out.writeBytes(splinter);
          out.write(f, at, f.length - at);
        }
        case 2 -> { // bytes removed
          out.write(f, 0, at);
          out.write(f, at + removed, f.length - at - removed);
        }
        case 3 -> { // a byte overwritten with any byte
          out.writeBytes(f);
          byte[] b = out.toByteArray();
          if (b.length > 0) {
            b[Math.min(at, b.length - 1)] = any;
          }
          out.reset();
          out.writeBytes(b);
        }
        case 4 -> { // a byte-order mark in front
          out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          out.writeBytes(f);
        }
        case 5 -> { // a huge cell
          out.write(f, 0, at);
          out.writeBytes("x".repeat(huge).getBytes(StandardCharsets.UTF_8));
          out.write(f, at, f.length - at);
        }
        default -> { // random bytes
          out.write(f, 0, at);
          out.writeBytes(junk);
          out.write(f, at, f.length - at);
        }
      }
      f = out.toByteArray();
    }
    return f;
  }

  /** The bytes as UTF-8 text, controls escaped and runs of one character shortened, for a readable failure. */
  static String show(byte[] f) {
    String text = new String(f, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int run = 1;
      while (i + run < text.length() && text.charAt(i + run) == c) {
        run++;
      }
      String shown = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '"' ? "\\\""
          : c < 0x20 || c == 0x7f || c == '\uFEFF' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
      if (run > 16) {
        sb.append(shown).append("{×").append(run).append('}');
        i += run;
      } else {
        sb.append(shown);
        i++;
      }
    }
    return sb.append("\" (").append(f.length).append(" bytes)").toString();
  }

  /**
   * The records of a file as the format defines them, counted independently of the reader: RFC 4180 quotes (opened
   * only where a cell starts, after optional spaces), CR, LF or CRLF line ends, blank lines skipped, a leading
   * byte-order mark ignored, the delimiter being the one the first line holds most of.
   */
  static long records(byte[] f) {
    int p = f.length >= 3 && (f[0] & 0xFF) == 0xEF && (f[1] & 0xFF) == 0xBB && (f[2] & 0xFF) == 0xBF ? 3 : 0;
    int commas = 0;
    int semis = 0;
    int tabs = 0;
    // The reader looks for the delimiter in its first buffer of 64 KiB.
    for (int i = p; i < Math.min(f.length, 1 << 16) && f[i] != '\n'; i++) {
      commas += f[i] == ',' ? 1 : 0;
      semis += f[i] == ';' ? 1 : 0;
      tabs += f[i] == '\t' ? 1 : 0;
    }
    byte d = (byte) (semis > commas && semis >= tabs ? ';' : tabs > commas ? '\t' : ',');
    long records = 0;
    boolean inRecord = false;
    boolean quoted = false;
    boolean cellStart = true;
    for (int i = p; i < f.length; i++) {
      byte b = f[i];
      if (quoted) {
        if (b == '"') {
          if (i + 1 < f.length && f[i + 1] == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
        continue;
      }
      if (b == '\n' || b == '\r') {
        if (b == '\r' && i + 1 < f.length && f[i + 1] == '\n') {
          i++;
        }
        inRecord = false;
        cellStart = true;
        continue;
      }
      if (!inRecord) {
        inRecord = true;
        records++;
      }
      if (b == d) {
        cellStart = true;
      } else if (b == '"' && cellStart) {
        quoted = true;
        cellStart = false;
      } else if (b != ' ') {
        cellStart = false;
      }
    }
    return records;
  }

  /** The non-blank lines of a file, CR, LF and CRLF ending a line, a leading byte-order mark ignored. */
  static long lines(byte[] f) {
    long lines = 0;
    boolean inLine = false;
    for (byte b : f) {
      if (b == '\n' || b == '\r') {
        inLine = false;
      } else if (!inLine) {
        inLine = true;
        lines++;
      }
    }
    return lines;
  }

  private static DossierLoad lenient(byte[] f) throws IOException {
    return DossierCsvReader.of(Fixtures.DIR).read(new ByteArrayInputStream(f), "hostile.csv");
  }

  /** What every lenient load must satisfy, whatever the bytes were. */
  static void accountsForEveryRow(byte[] f, DossierLoad load) {
    long records = records(f);
    if (load.fileRejected()) {
      assertEquals(0, load.table().size());
      assertTrue(load.findings().stream().anyMatch(x -> x.severity() == Severity.ERROR));
      return;
    }
    // A quote left open ends its record at a line break when the next line is a whole record, so the reader reads
    // at least the records the format defines and at most one per non-blank line.
    long lines = lines(f);
    assertTrue(load.rowsRead() >= Math.max(0, records - 1) && load.rowsRead() <= Math.max(0, lines - 1),
        () -> load.rowsRead() + " rows read, " + records + " records, " + lines + " lines");
    assertEquals(load.rowsRead(), load.table().size() + load.rowsRejected(), "read = kept + rejected");
    assertEquals(load.rejections().size(), load.findings().size());
    for (DossierLoad.Rejection x : load.rejections()) {
      assertTrue(x.rows() > 0);
      assertEquals(Math.min(x.rows(), DossierLoad.FIRST_LINES), x.firstLines().size(), x.toString());
      for (int i = 0; i < x.firstLines().size(); i++) {
        assertTrue(x.firstLines().get(i) >= 2, "a data row is below the header");
        assertTrue(i == 0 || x.firstLines().get(i) > x.firstLines().get(i - 1), "first lines ascend");
      }
    }
    for (Finding finding : load.findings()) {
      assertEquals(Severity.ERROR, finding.severity());
      assertTrue(finding.path().startsWith("hostile.csv"), finding.path());
    }
    assertEquals(load.rowsRejected() == 0, load.isClean());
  }

  /** The strict reader accepts exactly the files the lenient one reads clean, and the same rows. */
  static void strictAgrees(byte[] f, DossierLoad lenient) throws IOException {
    DossierLoad strict;
    try {
      strict = DossierCsvReader.of(Fixtures.DIR).strict(true).read(new ByteArrayInputStream(f), "hostile.csv");
    } catch (InvalidDossierRowException e) {
      assertFalse(lenient.isClean(), () -> "strict threw on a file the lenient reader read clean: " + e);
      assertTrue(e.getMessage().contains("hostile.csv"), e.getMessage());
      return;
    }
    assertTrue(lenient.isClean(), "strict accepted a file with bad rows");
    assertEquals(lenient.table().size(), strict.table().size());
  }

  /** Aggregating while reading, in small chunks, gives what reading and then aggregating gives. */
  static void streamingAgrees(byte[] f, DossierLoad lenient) throws IOException {
    DossierQuery q = DossierQuery.of(ReportPeriod.parse("2024"));
    DossierLoad streamed = DossierCsvReader.of(Fixtures.DIR).chunkRows(3)
        .aggregate(new ByteArrayInputStream(f), "hostile.csv", q);
    assertEquals(lenient.rowsRead(), streamed.rowsRead());
    assertEquals(lenient.rejections(), streamed.rejections());
    assertEquals(lenient.table().aggregate(q), streamed.counts().orElseThrow());
  }

  @Test
  void aGeneratedFileIsReadRowForRow() {
    qt().withExamples(200).forAll(files())
        .checkAssert(f -> isReadRowForRow(f, true));
  }

  @Test
  void aBrokenFileIsNeverSilentlyAccepted() {
    qt().withExamples(300).forAll(Gens.from(r -> mutate(file(r), r)).describedAs(DossierCsvHostileProperties::show))
        .checkAssert(f -> isReadRowForRow(f, true));
  }

  @Test
  void randomBytesAreReadOrRejectedNeverThrown() {
    qt().withExamples(200).forAll(Gens.anyBytes(300).describedAs(DossierCsvHostileProperties::show))
        .checkAssert(f -> isReadRowForRow(f, false));
  }

  private static Gen<byte[]> files() {
    return Gens.from(DossierCsvHostileProperties::file).describedAs(DossierCsvHostileProperties::show);
  }

  private static void isReadRowForRow(byte[] f, boolean streaming) {
    try {
      DossierLoad load = lenient(f);
      accountsForEveryRow(f, load);
      strictAgrees(f, load);
      if (streaming) {
        streamingAgrees(f, load);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading bytes in memory does not fail
    }
  }

  @Test
  void emptyInputHasNoHeaderAndIsRejected() throws IOException {
    for (String text : List.of("", "\uFEFF", "\n\n", "\r\n")) {
      byte[] f = text.getBytes(StandardCharsets.UTF_8);
      DossierLoad load = lenient(f);
      assertTrue(load.fileRejected(), () -> "'" + text + "'");
      assertTrue(load.rejection(RejectReason.MISSING_COLUMN).isPresent());
      accountsForEveryRow(f, load);
      strictAgrees(f, load);
    }
  }

  @Test
  void aCellLargerThanTheReadBufferIsOneCell() throws IOException {
    String big = "Đất đai ".repeat(40_000);
    byte[] f = ("id,unit,field,received,due,finished,channel\n"
        + "h1,X1,\"" + big + "\",2024-01-02,2024-01-10,,DIRECT\n"
        + "h2,X1," + big + ",2024-01-02,2024-01-10,,DIRECT\n").getBytes(StandardCharsets.UTF_8);
    DossierLoad load = lenient(f);
    assertTrue(load.isClean(), load.findings()::toString);
    assertEquals(2, load.table().size());
    assertEquals(List.of(big.strip()), load.table().fields().stream().filter(x -> !x.isEmpty()).toList());
  }
}
