package io.github.cchc.scoring.dossier;

import io.github.cchc.core.org.OrgDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Reads a CSV file of procedure dossiers into a {@link DossierTable}, streaming: the file is read once, in chunks,
 * and each row goes straight into the table's columns.
 *
 * <p>The first row is a header. Columns come in any order, named in English or in Vietnamese: {@code id} (Mã hồ sơ),
 * {@code unit} (Đơn vị), {@code procedure} (Thủ tục), {@code field} (Lĩnh vực), {@code received} (Ngày tiếp nhận),
 * {@code due} (Ngày hẹn trả), {@code finished} (Ngày hoàn thành, empty while pending), {@code channel} (Hình thức
 * nộp), {@code digitized} (Số hóa), {@code paidOnline} (Thanh toán trực tuyến), {@code apology} (Xin lỗi), {@code
 * supplementRequests} (Số lần bổ sung). The first eight except procedure and field are required. Dates are ISO
 * ({@code 2024-03-05}, {@code 2024-03-05T14:30}) or Vietnamese ({@code 05/03/2024}, {@code 05/03/2024 14:30});
 * channels are {@link Channel} names or their Vietnamese words; yes/no cells read true/false, 1/0, có/không, and an
 * empty cell as no. The delimiter is a comma, or a semicolon or tab when the header holds more of those.
 *
 * <p>A bad row is rejected and counted by reason in the {@link DossierLoad}; in strict mode the first bad row throws
 * an {@link InvalidDossierRowException} naming the line, column and value.
 *
 * <pre>{@code
 * DossierLoad load = DossierCsvReader.of(directory).read(Path.of("ho-so-2024.csv"));
 * load.findings().forEach(System.out::println);
 * DossierTable table = load.table();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each call of {@code read} works on its own state.
 */
public final class DossierCsvReader {
  enum Column {
    ID(true, "id", "mã hồ sơ"),
    UNIT(true, "unit", "đơn vị"),
    PROCEDURE(false, "procedure", "thủ tục"),
    FIELD(false, "field", "lĩnh vực"),
    RECEIVED(true, "received", "ngày tiếp nhận"),
    DUE(true, "due", "ngày hẹn trả"),
    FINISHED(true, "finished", "ngày hoàn thành"),
    CHANNEL(true, "channel", "hình thức nộp"),
    DIGITIZED(false, "digitized", "số hóa", "số hoá"),
    PAID_ONLINE(false, "paidOnline", "thanh toán trực tuyến"),
    APOLOGY(false, "apology", "xin lỗi"),
    SUPPLEMENT_REQUESTS(false, "supplementRequests", "số lần bổ sung");

    final boolean required;
    final String[] names;

    Column(boolean required, String... names) {
      this.required = required;
      this.names = names;
    }
  }

  private static final Map<String, Column> COLUMN_NAMES = new HashMap<>();

  static {
    for (Column c : Column.values()) {
      for (String n : c.names) {
        COLUMN_NAMES.put(key(n), c);
      }
    }
  }

  private static String key(String header) {
    return Normalizer.normalize(header.replace("\uFEFF", "").strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private final OrgDirectory directory;
  private final boolean strict;
  private final int expectedSize;

  private DossierCsvReader(OrgDirectory directory, boolean strict, int expectedSize) {
    this.directory = directory;
    this.strict = strict;
    this.expectedSize = expectedSize;
  }

  /**
   * Returns a lenient reader for the units of a directory: bad rows are rejected and counted.
   *
   * @param directory the units dossiers may belong to
   * @return the reader
   */
  public static DossierCsvReader of(OrgDirectory directory) {
    return new DossierCsvReader(Objects.requireNonNull(directory, "directory"), false, 1024);
  }

  /**
   * Returns this reader in strict mode (the first bad row throws) or lenient mode.
   *
   * @param strict true to throw at the first bad row
   * @return the reader
   */
  public DossierCsvReader strict(boolean strict) {
    return new DossierCsvReader(directory, strict, expectedSize);
  }

  /**
   * Returns this reader with a hint of how many rows to expect, to size the columns once.
   *
   * @param rows the expected rows
   * @return the reader
   * @throws IllegalArgumentException if negative
   */
  public DossierCsvReader expectedSize(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("Expected rows cannot be negative: " + rows);
    }
    return new DossierCsvReader(directory, strict, rows);
  }

  /**
   * Reads a UTF-8 file.
   *
   * @param file the file
   * @return the load
   * @throws IOException if reading fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row (a {@link MissingColumnException} for a
   *     missing column)
   */
  public DossierLoad read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, String.valueOf(file.getFileName()));
    }
  }

  /**
   * Reads a UTF-8 stream. The stream is not closed.
   *
   * @param in the stream
   * @param source a name for the stream in findings and messages
   * @return the load
   * @throws IOException if reading fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad read(InputStream in, String source) throws IOException {
    return read(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8), source);
  }

  /**
   * Reads from a character stream. The reader is not closed.
   *
   * @param reader the reader
   * @param source a name for the stream in findings and messages
   * @return the load
   * @throws IOException if reading fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad read(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    return new Run(reader, source).run();
  }

  /** The state of one read. */
  private final class Run {
    private final CsvTokenizer csv;
    private final String source;
    private final DossierTable.Builder builder;
    private final int[] at = new int[Column.values().length];
    private final String[] headerNames = new String[Column.values().length];
    private int headerCells;
    private final long[] rejected = new long[RejectReason.values().length];
    private final List<List<Long>> firstLines = new ArrayList<>();
    private final String[] firstDetail = new String[RejectReason.values().length];
    private long rows;
    private String lastUnit = "";
    private int lastUnitIndex = -1;
    private String lastField = "";
    private int lastFieldIndex;
    private String lastProcedure = "";
    private int lastProcedureIndex;
    // Results of the date parser: the epoch day and the minute of the day, -1 when no time was given.
    private int day;
    private int minute;

    Run(Reader reader, String source) {
      this.csv = new CsvTokenizer(reader);
      this.source = source;
      this.builder = DossierTable.builder(directory, expectedSize);
      for (int i = 0; i < RejectReason.values().length; i++) {
        firstLines.add(new ArrayList<>());
      }
      Arrays.fill(at, -1);
    }

    DossierLoad run() throws IOException {
      csv.delimiter(csv.sniffDelimiter());
      if (!csv.next() || !header()) {
        return load();
      }
      while (csv.next()) {
        rows++;
        row();
      }
      return load();
    }

    private DossierLoad load() {
      List<DossierLoad.Rejection> list = new ArrayList<>();
      for (RejectReason r : RejectReason.values()) {
        if (rejected[r.ordinal()] > 0 || r.rejectsFile() && firstDetail[r.ordinal()] != null) {
          list.add(new DossierLoad.Rejection(r, rejected[r.ordinal()], firstLines.get(r.ordinal()),
              firstDetail[r.ordinal()]));
        }
      }
      boolean fileRejected = list.stream().anyMatch(x -> x.reason().rejectsFile());
      DossierTable table = fileRejected ? DossierTable.builder(directory, 0).build() : builder.build();
      return new DossierLoad(source, table, rows, list);
    }

    private boolean header() {
      headerCells = csv.count;
      List<String> repeated = new ArrayList<>();
      for (int i = 0; i < csv.count; i++) {
        String name = csv.field(i);
        Column c = COLUMN_NAMES.get(key(name));
        if (c == null) {
          continue; // extra columns are allowed and ignored
        }
        if (at[c.ordinal()] >= 0) {
          repeated.add(name);
        }
        at[c.ordinal()] = i;
        headerNames[c.ordinal()] = name;
      }
      StringJoiner missing = new StringJoiner(", ");
      for (Column c : Column.values()) {
        if (c.required && at[c.ordinal()] < 0) {
          missing.add(c.names[0] + " (" + c.names[1] + ")");
        }
      }
      if (missing.length() > 0) {
        if (strict) {
          throw new MissingColumnException(source, missing.toString());
        }
        firstDetail[RejectReason.MISSING_COLUMN.ordinal()] = missing.toString();
        return false;
      }
      if (!repeated.isEmpty()) {
        if (strict) {
          throw new InvalidDossierRowException(source, 1, String.join(", ", repeated), String.join(", ", repeated),
              RejectReason.DUPLICATE_COLUMN);
        }
        firstDetail[RejectReason.DUPLICATE_COLUMN.ordinal()] = String.join(", ", repeated);
        return false;
      }
      return true;
    }

    private void reject(RejectReason reason, Column column, String value) {
      if (strict) {
        throw new InvalidDossierRowException(source, csv.line, column == null ? "" : headerNames[column.ordinal()],
            value, reason);
      }
      int r = reason.ordinal();
      if (rejected[r]++ == 0) {
        firstDetail[r] = (column == null ? "" : headerNames[column.ordinal()] + " = ") + "'" + value + "'";
      }
      if (firstLines.get(r).size() < DossierLoad.FIRST_LINES) {
        firstLines.get(r).add(csv.line);
      }
    }

    private boolean empty(Column c) {
      int i = at[c.ordinal()];
      if (i < 0) {
        return true;
      }
      char[] t = csv.text;
      for (int k = csv.start[i]; k < csv.end[i]; k++) {
        if (t[k] != ' ') {
          return false;
        }
      }
      return true;
    }

    private String text(Column c) {
      int i = at[c.ordinal()];
      return i < 0 ? "" : csv.field(i);
    }

    private void row() {
      if (csv.malformed || csv.count != headerCells) {
        reject(RejectReason.MALFORMED_ROW, null, csv.count + " cells, header has " + headerCells);
        return;
      }
      for (Column c : new Column[] {Column.ID, Column.UNIT, Column.RECEIVED, Column.DUE, Column.CHANNEL}) {
        if (empty(c)) {
          reject(RejectReason.MISSING_VALUE, c, "");
          return;
        }
      }
      if (!date(Column.RECEIVED)) {
        return;
      }
      int receivedDay = day;
      int receivedMinute = minute;
      if (!date(Column.DUE)) {
        return;
      }
      int dueDay = day;
      int dueMinute = minute;
      int finishedDay = DossierTable.PENDING;
      int finishedMinute = -1;
      if (!empty(Column.FINISHED)) {
        if (!date(Column.FINISHED)) {
          return;
        }
        finishedDay = day;
        finishedMinute = minute;
        if (finishedDay < receivedDay || finishedDay == receivedDay && finishedMinute >= 0 && receivedMinute >= 0
            && finishedMinute < receivedMinute) {
          reject(RejectReason.FINISHED_BEFORE_RECEIVED, Column.FINISHED,
              text(Column.FINISHED) + " < " + text(Column.RECEIVED));
          return;
        }
      }
      int unit = unit();
      if (unit < 0) {
        reject(RejectReason.UNKNOWN_UNIT, Column.UNIT, text(Column.UNIT));
        return;
      }
      Channel channel = channel();
      if (channel == null) {
        reject(RejectReason.UNKNOWN_CHANNEL, Column.CHANNEL, text(Column.CHANNEL));
        return;
      }
      int digitized = yesNo(Column.DIGITIZED);
      int paid = yesNo(Column.PAID_ONLINE);
      int apology = yesNo(Column.APOLOGY);
      if ((digitized | paid | apology) < 0) {
        Column bad = digitized < 0 ? Column.DIGITIZED : paid < 0 ? Column.PAID_ONLINE : Column.APOLOGY;
        reject(RejectReason.BAD_VALUE, bad, text(bad));
        return;
      }
      int supplements = supplements();
      if (supplements < 0) {
        reject(RejectReason.BAD_VALUE, Column.SUPPLEMENT_REQUESTS, text(Column.SUPPLEMENT_REQUESTS));
        return;
      }
      String id = text(Column.ID);
      if (!builder.addId(id)) {
        reject(RejectReason.DUPLICATE_ID, Column.ID, id);
        return;
      }
      boolean lateOnDueDay = finishedDay == dueDay && finishedMinute >= 0 && dueMinute >= 0
          && finishedMinute > dueMinute;
      builder.append(unit, field(), procedure(), receivedDay, dueDay, finishedDay, channel, digitized == 1,
          paid == 1, apology == 1, supplements, lateOnDueDay);
    }

    private boolean sameAs(String last, int i) {
      int s = csv.start[i];
      int e = csv.end[i];
      while (s < e && csv.text[s] == ' ') {
        s++;
      }
      while (e > s && csv.text[e - 1] == ' ') {
        e--;
      }
      if (e - s != last.length()) {
        return false;
      }
      for (int k = 0; k < last.length(); k++) {
        if (csv.text[s + k] != last.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    // Consecutive rows usually share unit, field and procedure: compare with the last one before making a String.
    private int unit() {
      int i = at[Column.UNIT.ordinal()];
      if (lastUnitIndex >= 0 && sameAs(lastUnit, i)) {
        return lastUnitIndex;
      }
      String u = Normalizer.normalize(csv.field(i), Normalizer.Form.NFC);
      int index = builder.unitIndexOrMinusOne(u);
      if (index >= 0) {
        lastUnit = u;
        lastUnitIndex = index;
      }
      return index;
    }

    private int field() {
      int i = at[Column.FIELD.ordinal()];
      if (i < 0) {
        return 0;
      }
      if (sameAs(lastField, i)) {
        return lastFieldIndex;
      }
      lastField = Normalizer.normalize(csv.field(i), Normalizer.Form.NFC);
      lastFieldIndex = builder.fieldIndex(lastField);
      return lastFieldIndex;
    }

    private int procedure() {
      int i = at[Column.PROCEDURE.ordinal()];
      if (i < 0) {
        return 0;
      }
      if (sameAs(lastProcedure, i)) {
        return lastProcedureIndex;
      }
      lastProcedure = Normalizer.normalize(csv.field(i), Normalizer.Form.NFC);
      lastProcedureIndex = builder.procedureIndex(lastProcedure);
      return lastProcedureIndex;
    }

    private Channel channel() {
      int i = at[Column.CHANNEL.ordinal()];
      for (Channel c : Channel.values()) {
        if (equalsIgnoreAsciiCase(c.name(), i)) {
          return c;
        }
      }
      return Channel.fromWord(csv.field(i)).orElse(null);
    }

    private boolean equalsIgnoreAsciiCase(String word, int i) {
      int s = csv.start[i];
      int e = csv.end[i];
      while (s < e && csv.text[s] == ' ') {
        s++;
      }
      while (e > s && csv.text[e - 1] == ' ') {
        e--;
      }
      if (e - s != word.length()) {
        return false;
      }
      for (int k = 0; k < word.length(); k++) {
        char a = csv.text[s + k];
        char b = word.charAt(k);
        if (a != b && Character.toUpperCase(a) != b) {
          return false;
        }
      }
      return true;
    }

    // 1 for yes, 0 for no or empty, -1 for anything else.
    private int yesNo(Column c) {
      if (empty(c)) {
        return 0;
      }
      String v = key(text(c));
      switch (v) {
        case "true", "1", "có":
          return 1;
        case "false", "0", "không":
          return 0;
        default:
          return -1;
      }
    }

    private int supplements() {
      if (empty(Column.SUPPLEMENT_REQUESTS)) {
        return 0;
      }
      int i = at[Column.SUPPLEMENT_REQUESTS.ordinal()];
      int s = csv.start[i];
      int e = csv.end[i];
      while (s < e && csv.text[s] == ' ') {
        s++;
      }
      while (e > s && csv.text[e - 1] == ' ') {
        e--;
      }
      int n = 0;
      for (int k = s; k < e; k++) {
        char ch = csv.text[k];
        if (ch < '0' || ch > '9') {
          return -1;
        }
        n = n * 10 + (ch - '0');
        if (n > Short.MAX_VALUE) {
          return -1;
        }
      }
      return n;
    }

    private boolean date(Column c) {
      int i = at[c.ordinal()];
      if (!parseDate(csv.text, csv.start[i], csv.end[i])) {
        reject(RejectReason.UNPARSEABLE_DATE, c, csv.field(i));
        return false;
      }
      return true;
    }

    // Reads yyyy-MM-dd or d/M/yyyy, then optionally 'T' or spaces and H:mm[:ss]; sets day and minute.
    private boolean parseDate(char[] t, int s, int e) {
      while (s < e && t[s] == ' ') {
        s++;
      }
      while (e > s && t[e - 1] == ' ') {
        e--;
      }
      int year;
      int month;
      int dom;
      int p;
      if (e - s >= 10 && t[s + 4] == '-' && t[s + 7] == '-') {
        year = digits(t, s, 4);
        month = digits(t, s + 5, 2);
        dom = digits(t, s + 8, 2);
        p = s + 10;
      } else {
        int a = s;
        int n1 = 0;
        while (a < e && a - s < 2 && isDigit(t[a])) {
          n1 = n1 * 10 + t[a++] - '0';
        }
        if (a == s || a >= e || t[a] != '/') {
          return false;
        }
        int b = ++a;
        int n2 = 0;
        while (a < e && a - b < 2 && isDigit(t[a])) {
          n2 = n2 * 10 + t[a++] - '0';
        }
        if (a == b || a + 5 > e || t[a] != '/') {
          return false;
        }
        dom = n1;
        month = n2;
        year = digits(t, a + 1, 4);
        p = a + 5;
      }
      if (year < 1000 || month < 1 || month > 12 || dom < 1 || dom > monthLength(year, month)) {
        return false;
      }
      day = epochDay(year, month, dom);
      minute = -1;
      if (p == e) {
        return true;
      }
      if (t[p] != 'T' && t[p] != ' ') {
        return false;
      }
      p++;
      while (p < e && t[p] == ' ') {
        p++;
      }
      int h = 0;
      int q = p;
      while (q < e && q - p < 2 && isDigit(t[q])) {
        h = h * 10 + t[q++] - '0';
      }
      if (q == p || q + 3 > e || t[q] != ':') {
        return false;
      }
      int m = digits(t, q + 1, 2);
      q += 3;
      if (q < e) {
        if (q + 3 != e || t[q] != ':' || digits(t, q + 1, 2) < 0 || digits(t, q + 1, 2) > 59) {
          return false;
        }
      }
      if (h > 23 || m < 0 || m > 59) {
        return false;
      }
      minute = h * 60 + m;
      return true;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // The value of n digits at s, or -1 if one is not a digit.
  private static int digits(char[] t, int s, int n) {
    int v = 0;
    for (int k = s; k < s + n; k++) {
      char c = t[k];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + c - '0';
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  // As LocalDate.toEpochDay, without making a LocalDate per cell.
  static int epochDay(int year, int month, int dom) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367L * month - 362) / 12;
    total += dom - 1;
    if (month > 2) {
      total--;
      if (monthLength(year, 2) == 28) {
        total--;
      }
    }
    return (int) (total - 719_528L);
  }
}
