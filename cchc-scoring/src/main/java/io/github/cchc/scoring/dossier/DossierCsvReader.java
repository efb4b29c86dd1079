package io.github.cchc.scoring.dossier;

import io.github.cchc.core.json.internal.TextEncoding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * an {@link InvalidDossierRowException} naming the line, column and value. Every data row is accounted for: the rows
 * read are the rows kept plus the rows rejected. A file without a header row (an empty file) is rejected as missing
 * every required column.
 *
 * <pre>{@code
 * DossierLoad load = DossierCsvReader.of(directory).read(Path.of("ho-so-2024.csv"));
 * load.findings().forEach(System.out::println);
 * DossierTable table = load.table();
 * }</pre>
 *
 * <p>The reader works on the UTF-8 bytes and decodes only the cells that are text (ids, units, fields,
 * procedures, and those seen for the first time), which is what makes it fast.
 *
 * <p>This class is immutable and thread-safe; each call of {@code read} works on its own state.
 */
public final class DossierCsvReader {
  private static final Column[] COLUMNS = Column.values();

  private final OrgDirectory directory;
  /** Rows held in columns at a time when a file is aggregated while it is read. */
  static final int CHUNK_ROWS = 1 << 20;

  private final boolean strict;
  private final int expectedSize;
  private final boolean duplicateCheck;
  private final int chunkRows;
  private final Charset encoding;

  private DossierCsvReader(OrgDirectory directory, boolean strict, int expectedSize, boolean duplicateCheck,
      int chunkRows, Charset encoding) {
    this.encoding = encoding;
    this.duplicateCheck = duplicateCheck;
    this.chunkRows = chunkRows;
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
    return new DossierCsvReader(Objects.requireNonNull(directory, "directory"), false, 1024, true, CHUNK_ROWS,
        StandardCharsets.UTF_8);
  }

  /**
   * Returns this reader in strict mode (the first bad row throws) or lenient mode.
   *
   * @param strict true to throw at the first bad row
   * @return the reader
   */
  public DossierCsvReader strict(boolean strict) {
    return new DossierCsvReader(directory, strict, expectedSize, duplicateCheck, chunkRows, encoding);
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
    return new DossierCsvReader(directory, strict, rows, duplicateCheck, chunkRows, encoding);
  }

  /**
   * Returns this reader with or without the check for duplicate dossier ids. The check keeps every id while the file
   * is read (never after); a file whose ids are known to be unique can be read in less memory without it.
   *
   * @param check true to reject rows whose id was seen before (the default)
   * @return the reader
   */
  public DossierCsvReader duplicateCheck(boolean check) {
    return new DossierCsvReader(directory, strict, expectedSize, check, chunkRows, encoding);
  }

  /**
   * Returns this reader for files in another encoding, such as {@code windows-1258} (the Vietnamese code page of
   * Windows) or {@code UTF-16} (Excel's "Unicode text"); text is read into Unicode NFC whatever the encoding. The
   * default is UTF-8, with or without a byte-order mark. A file whose bytes are not text in the encoding is rejected
   * as a whole ({@link RejectReason#INVALID_ENCODING}), naming the line of the first bad byte.
   *
   * @param encoding the encoding of the files
   * @return the reader
   */
  public DossierCsvReader encoding(Charset encoding) {
    return new DossierCsvReader(directory, strict, expectedSize, duplicateCheck, chunkRows,
        Objects.requireNonNull(encoding, "encoding"));
  }

  // For tests: a small chunk shows that chunks merge exactly.
  DossierCsvReader chunkRows(int rows) {
    return new DossierCsvReader(directory, strict, expectedSize, duplicateCheck, rows, encoding);
  }

  /**
   * Reads a UTF-8 file and aggregates it as it goes, holding at most about a million rows in columns at a time, so
   * that a file far larger than memory can be counted. The load's table is empty; its {@link DossierLoad#counts()}
   * holds the result.
   *
   * @param file the file
   * @param query what to aggregate
   * @return the load, with its counts
   * @throws IOException if reading fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad aggregate(Path file, DossierQuery query) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return aggregate(in, String.valueOf(file.getFileName()), query);
    }
  }

  /**
   * Reads a UTF-8 stream and aggregates it as it goes, as {@link #aggregate(Path, DossierQuery)}. The stream is not
   * closed.
   *
   * @param in the stream
   * @param source a name for the stream in findings and messages
   * @param query what to aggregate
   * @return the load, with its counts
   * @throws IOException if reading fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad aggregate(InputStream in, String source, DossierQuery query) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(query, "query");
    return new Run(decoded(in), source, query).run();
  }

  /**
   * Reads a UTF-8 file.
   *
   * @param file the file
   * @return the load
   * @throws IOException if reading fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row (reason {@link RejectReason#MISSING_COLUMN}
   *     for a
   *     missing column)
   */
  public DossierLoad read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()));
    }
  }

  /**
   * Reads a UTF-8 stream, with or without a byte-order mark. The stream is not closed.
   *
   * @param in the stream
   * @param source a name for the stream in findings and messages
   * @return the load
   * @throws IOException if reading fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return new Run(decoded(in), source, null).run();
  }

  private InputStream decoded(InputStream in) {
    return encoding.equals(StandardCharsets.UTF_8) ? in : new Utf8Transcoder(in, encoding);
  }

  /** The state of one read. */
  private final class Run extends DossierRowCheck.Cells {
    private final CsvTokenizer csv;
    private final String source;
    private DossierTable.Builder builder;
    private final DossierQuery query;
    private DossierCounts counts;
    private final int[] at = new int[COLUMNS.length];
    private final String[] headerNames = new String[COLUMNS.length];
    private final List<String> ignored = new ArrayList<>();
    private int headerCells;
    private final long[] rejected = new long[RejectReason.values().length];
    private final List<List<Long>> firstLines = new ArrayList<>();
    private final String[] firstDetail = new String[RejectReason.values().length];
    private long rows;
    // Cells seen before map to their index without making a String; ids are kept only while the file is read.
    private final CellTable units = new CellTable();
    private CellTable fields = new CellTable();
    private CellTable procedures = new CellTable();
    private final DossierIdSet ids = new DossierIdSet();
    private int cellStart;
    private int cellEnd;
    private final boolean utf8 = encoding.equals(StandardCharsets.UTF_8);
    private boolean stop;

    Run(InputStream in, String source, DossierQuery query) {
      this.query = query;
      this.csv = new CsvTokenizer(in);
      this.source = source;
      this.builder = DossierTable.builder(directory, query == null ? expectedSize : chunkRows);
      for (int i = 0; i < RejectReason.values().length; i++) {
        firstLines.add(new ArrayList<>());
      }
      Arrays.fill(at, -1);
    }

    DossierLoad run() throws IOException {
      try {
        csv.delimiter(csv.sniffDelimiter());
        byte[] h = csv.head;
        boolean utf16Mark = h.length >= 2 && ((h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE
            || (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF);
        if (utf8 && utf16Mark) {
          badEncoding(1, h[0]);
          return load();
        }
        // A file without a single record has no header: every required column is missing, and header() says so.
        boolean any = csv.next();
        if (!header() || !any) {
          return load();
        }
        csv.recordCells(headerCells);
        while (!stop && csv.next()) {
          rows++;
          row();
          if (query != null && builder.size() == chunkRows) {
            flush();
          }
        }
      } catch (Utf8Transcoder.Undecodable e) {
        badEncoding(e.line, e.firstByte);
      }
      return load();
    }

    // Rejects the file for a byte that is not text in its encoding, and stops reading.
    private void badEncoding(long line, int firstByte) {
      if (stop) {
        return; // the first bad byte is reported, once
      }
      String detail = String.format("0x%02X; ", firstByte & 0xFF)
          + (utf8 ? TextEncoding.likelyEncoding(csv.head, csv.head.length) : "≠ " + encoding.name());
      if (strict) {
        throw new InvalidDossierRowException(source, line, "", detail, RejectReason.INVALID_ENCODING);
      }
      stop = true;
      firstDetail[RejectReason.INVALID_ENCODING.ordinal()] = detail;
      firstLines.get(RejectReason.INVALID_ENCODING.ordinal()).add(line);
    }

    // Tells whether the bytes of a cell are not UTF-8 (and rejects the file), for a file read as UTF-8.
    private boolean notUtf8(int from, int to) {
      if (!utf8) {
        return false;
      }
      int bad = TextEncoding.firstInvalidUtf8(csv.text, from, to);
      if (bad < 0) {
        return false;
      }
      badEncoding(csv.line, csv.text[bad]);
      return true;
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
      if (query == null) {
        DossierTable table = fileRejected ? DossierTable.builder(directory, 0).build() : builder.build();
        return new DossierLoad(source, table, rows, list, null, ignored);
      }
      if (fileRejected) { // chunks counted before a bad byte was met count for nothing
        builder = DossierTable.builder(directory, 0);
        counts = null;
      }
      flush();
      return new DossierLoad(source, DossierTable.builder(directory, 0).build(), rows, list, counts, ignored);
    }

    private void flush() {
      DossierCounts chunk = builder.build().aggregate(query);
      counts = counts == null ? chunk : counts.merge(chunk);
      builder = DossierTable.builder(directory, chunkRows);
      fields = new CellTable(); // the new chunk has its own dictionaries
      procedures = new CellTable();
    }

    private boolean header() {
      headerCells = csv.count;
      List<String> repeated = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < csv.count; i++) {
        if (notUtf8(csv.start[i], csv.end[i])) {
          return false;
        }
        for (int k = csv.start[i]; k < csv.end[i]; k++) {
          if (csv.text[k] == 0) { // ASCII as UTF-16: every other byte zero
            badEncoding(1, 0);
            return false;
          }
        }
        String name = csv.field(i);
        Column c = Column.forHeader(name).orElse(null);
        if (c == null) {
          unknown.add(name); // extra columns are allowed and listed; misspelled ones are refused below
          continue;
        }
        if (at[c.ordinal()] >= 0) {
          repeated.add(name);
        }
        at[c.ordinal()] = i;
        headerNames[c.ordinal()] = name;
      }
      StringJoiner misspelled = new StringJoiner(", ");
      for (String name : unknown) {
        Column.nearMiss(name).filter(n -> at[Column.forHeader(n).orElseThrow().ordinal()] < 0)
            .ifPresentOrElse(n -> misspelled.add("'" + name + "' → '" + n + "'"), () -> {
              if (!name.isEmpty()) {
                ignored.add(name);
              }
            });
      }
      if (misspelled.length() > 0) {
        if (strict) {
          throw new InvalidDossierRowException(source, 1, "", misspelled.toString(), RejectReason.MISSPELLED_COLUMN);
        }
        firstDetail[RejectReason.MISSPELLED_COLUMN.ordinal()] = misspelled.toString();
        return false;
      }
      StringJoiner missing = new StringJoiner(", ");
      for (Column c : COLUMNS) {
        if (c.required && at[c.ordinal()] < 0) {
          missing.add(c.names[0] + " (" + c.names[1] + ")");
        }
      }
      if (missing.length() > 0) {
        if (strict) {
          throw new InvalidDossierRowException(source, 1, missing.toString(), missing.toString(),
              RejectReason.MISSING_COLUMN);
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

    @Override
    void reject(RejectReason reason, Column column, String value) {
      if (column != null && at[column.ordinal()] >= 0) {
        int i = at[column.ordinal()];
        if (notUtf8(csv.start[i], csv.end[i])) {
          return; // the cell is unreadable because the file is not UTF-8: that is what is reported
        }
      }
      if (stop) {
        return;
      }
      if (strict) {
        throw new InvalidDossierRowException(source, csv.line, column == null ? "" : headerNames[column.ordinal()],
            value, reason);
      }
      int r = reason.ordinal();
      if (rejected[r]++ == 0) {
        firstDetail[r] = DossierRowCheck.detail(column == null ? null : headerNames[column.ordinal()], value);
      }
      if (firstLines.get(r).size() < DossierLoad.FIRST_LINES) {
        firstLines.get(r).add(csv.line);
      }
    }

    @Override
    boolean empty(Column c) {
      int i = at[c.ordinal()];
      if (i < 0) {
        return true;
      }
      byte[] t = csv.text;
      for (int k = csv.start[i]; k < csv.end[i]; k++) {
        if (t[k] != ' ') {
          return false;
        }
      }
      return true;
    }

    @Override
    String text(Column c) {
      int i = at[c.ordinal()];
      return i < 0 ? "" : csv.field(i);
    }

    private void row() {
      if (csv.unclosed) {
        reject(RejectReason.UNCLOSED_QUOTE, null, csv.count + " cells, header has " + headerCells);
        return;
      }
      if (csv.malformed || csv.count != headerCells) {
        reject(RejectReason.MALFORMED_ROW, null, csv.count + " cells, header has " + headerCells);
        return;
      }
      check();
    }

    @Override
    boolean repeatedId() {
      trim(at[Column.ID.ordinal()]);
      return duplicateCheck && !ids.add(csv.text, cellStart, cellEnd);
    }

    @Override
    void accept(int unit, int receivedDay, int dueDay, int finishedDay, Channel channel, boolean digitized,
        boolean paidOnline, boolean apology, int supplements, boolean lateOnDueDay) {
      int f = field();
      int p = procedure();
      if (stop) {
        return;
      }
      builder.append(unit, f, p, receivedDay, dueDay, finishedDay, channel, digitized, paidOnline,
          apology, supplements, lateOnDueDay);
    }

    // Sets cellStart and cellEnd to the cell without its surrounding spaces.
    private void trim(int i) {
      int s = csv.start[i];
      int e = csv.end[i];
      while (s < e && csv.text[s] == ' ') {
        s++;
      }
      while (e > s && csv.text[e - 1] == ' ') {
        e--;
      }
      cellStart = s;
      cellEnd = e;
    }

    @Override
    int unit() {
      trim(at[Column.UNIT.ordinal()]);
      int h = CellTable.hash(csv.text, cellStart, cellEnd);
      int index = units.get(csv.text, cellStart, cellEnd, h, Integer.MIN_VALUE);
      if (index == Integer.MIN_VALUE) {
        if (notUtf8(cellStart, cellEnd)) {
          return -1;
        }
        String id = Normalizer.normalize(new String(csv.text, cellStart, cellEnd - cellStart, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        index = builder.unitIndexOrMinusOne(id);
        units.put(csv.text, cellStart, cellEnd, h, index);
      }
      return index;
    }

    private int field() {
      return dictionary(Column.FIELD, fields, true);
    }

    private int procedure() {
      return dictionary(Column.PROCEDURE, procedures, false);
    }

    private int dictionary(Column column, CellTable table, boolean field) {
      int i = at[column.ordinal()];
      if (i < 0) {
        return 0;
      }
      trim(i);
      int h = CellTable.hash(csv.text, cellStart, cellEnd);
      int index = table.get(csv.text, cellStart, cellEnd, h, -1);
      if (index < 0) {
        if (notUtf8(cellStart, cellEnd)) {
          return 0;
        }
        String name = Normalizer.normalize(new String(csv.text, cellStart, cellEnd - cellStart, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        index = field ? builder.fieldIndex(name) : builder.procedureIndex(name);
        table.put(csv.text, cellStart, cellEnd, h, index);
      }
      return index;
    }

    @Override
    Channel channel() {
      int i = at[Column.CHANNEL.ordinal()];
      return DossierRowCheck.parseChannel(csv.text, csv.start[i], csv.end[i]);
    }

    @Override
    int yesNo(Column c) {
      int i = at[c.ordinal()];
      return i < 0 ? 0 : DossierRowCheck.parseYesNo(csv.text, csv.start[i], csv.end[i]);
    }

    @Override
    int supplements() {
      if (empty(Column.SUPPLEMENT_REQUESTS)) {
        return 0;
      }
      int i = at[Column.SUPPLEMENT_REQUESTS.ordinal()];
      return DossierRowCheck.parseCount(csv.text, csv.start[i], csv.end[i]);
    }

    @Override
    long date(Column c) {
      int i = at[c.ordinal()];
      return DossierRowCheck.parseDate(csv.text, csv.start[i], csv.end[i]);
    }
  }
}
