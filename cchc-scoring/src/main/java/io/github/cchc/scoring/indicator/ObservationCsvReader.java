package io.github.cchc.scoring.indicator;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.Message;
import io.github.cchc.core.json.internal.TextEncoding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an observations file: the figures of a report that no other input gives (documents issued, staff, meetings
 * held…), one indicator value per row, in CSV.
 *
 * <pre>
 * code,unit,period,value
 * I.1.3,TB,2024,12
 * 2.4.4,TB,2024,3/120
 * 2.4.5,TB,2024,có
 * 6.3.2,TB,2024,"85,5%"
 * </pre>
 *
 * <pre>{@code
 * ObservationSet extra = ObservationCsvReader.of(IndicatorCatalog.phuLucII()).directory(dir)
 *     .read(Path.of("so-lieu-2024.csv"));
 * }</pre>
 *
 * <p>The first row is a header. Columns come in any order, named in English or Vietnamese: {@code code} (Mã chỉ
 * tiêu), the indicator's code in the catalogue such as {@code 2.4.4}; {@code unit} (Đơn vị), the unit's id;
 * {@code period} (Kỳ), a period code such as {@code 2024}, {@code 2024S1}, {@code 2024Q1} or {@code 2024-03};
 * {@code value} (Giá trị). Other columns, such as a note, are ignored. The value is read after the indicator's value
 * type: a count as a whole number ({@code 12}, {@code 1.234}); a percentage as {@code 85,5%} (or {@code 85.5},
 * 0 to 100) or, better, as its parts {@code 171/200}, which add up exactly; a count with its share as the count and
 * its total, {@code 95/120}; a yes/no flag as {@code có}/{@code không}, {@code 1}/{@code 0} or {@code yes}/{@code
 * no}; a pair as its two figures, {@code 3/120}. The delimiter is a comma, or a semicolon or tab when the header holds
 * more of those; quoting follows RFC 4180; a byte-order mark is skipped; rows whose cells are all empty are skipped.
 *
 * <p>The reader stops at the first problem with an {@link InputFormatException} naming the line, the column
 * and the value: a missing or repeated column, a row of the wrong width, an empty cell, an unknown code or unit, a
 * period or value that cannot be read, an indicator given twice for a unit in periods that overlap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObservationCsvReader {

  private enum Column {
    CODE("code", "mã chỉ tiêu"),
    UNIT("unit", "đơn vị"),
    PERIOD("period", "kỳ"),
    VALUE("value", "giá trị");

    final String en;
    final String vi;

    Column(String en, String vi) {
      this.en = en;
      this.vi = vi;
    }
  }

  private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(?:([.,\u00A0 ])\\d{3})(?:\\1\\d{3})*|\\d+");
  private static final Pattern TWO = Pattern.compile("(.+?)\\s*/\\s*(.+)");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final IndicatorCatalog catalog;
  private final Optional<OrgDirectory> directory;
  private final Charset encoding;

  private ObservationCsvReader(IndicatorCatalog catalog, Optional<OrgDirectory> directory, Charset encoding) {
    this.catalog = catalog;
    this.directory = directory;
    this.encoding = encoding;
  }

  /**
   * Returns a reader of files whose codes are those of a catalogue, such as {@link IndicatorCatalog#phuLucII()}.
   *
   * @param catalog the indicators a file may give
   * @return the reader, which accepts any unit id
   */
  public static ObservationCsvReader of(IndicatorCatalog catalog) {
    return new ObservationCsvReader(Objects.requireNonNull(catalog, "catalog"), Optional.empty(),
        StandardCharsets.UTF_8);
  }

  /**
   * Returns this reader checking unit ids against a directory.
   *
   * @param directory the units a file may name
   * @return the reader
   */
  public ObservationCsvReader directory(OrgDirectory directory) {
    return new ObservationCsvReader(catalog, Optional.of(Objects.requireNonNull(directory, "directory")), encoding);
  }

  /**
   * Returns this reader for files in another encoding, such as {@code windows-1258} or {@code UTF-16}; the default
   * is UTF-8, with or without a byte-order mark. Text is read into Unicode NFC whatever the encoding.
   *
   * @param encoding the encoding of the files read from a {@link Path}
   * @return the reader
   */
  public ObservationCsvReader encoding(Charset encoding) {
    return new ObservationCsvReader(catalog, directory, Objects.requireNonNull(encoding, "encoding"));
  }

  /**
   * Reads a file in the reader's encoding (UTF-8 unless told otherwise).
   *
   * @param file the file
   * @return the observations
   * @throws IOException if the file cannot be read
   * @throws InputFormatException at the first problem of its content, bytes that are not text in the encoding
   *     among them (naming the line of the first and, for UTF-8, the encoding the file most likely is)
   */
  public ObservationSet read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      boolean utf8 = encoding.equals(StandardCharsets.UTF_8);
      int bad = utf8 ? Math.max(0, TextEncoding.firstInvalidUtf8(bytes, 0, bytes.length)) : 0;
      if (utf8) {
        Message m = TextEncoding.notUtf8(bytes[bad], TextEncoding.likelyEncoding(bytes, bytes.length));
        throw Errors.input(file.toString(), "", TextEncoding.lineOf(bytes, bad), 0, m, e);
      }
      throw Errors.input(file.toString(), "", 0, 0, new Message("không phải văn bản " + encoding.name(),
          "not " + encoding.name() + " text"), e);
    }
    return read(new StringReader(text), file.toString());
  }

  /**
   * Reads observations from a reader, which is not closed.
   *
   * @param reader the text
   * @param source the name of the source, for messages
   * @return the observations
   * @throws IOException if reading fails
   * @throws InputFormatException at the first problem of its content
   */
  public ObservationSet read(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) > 0; ) {
      text.append(buffer, 0, n);
    }
    return new Parse(source, text.toString()).observations();
  }

  /**
   * Parses observations from a text.
   *
   * @param text the text
   * @param source the name of the source, for messages
   * @return the observations
   * @throws InputFormatException at the first problem
   */
  public ObservationSet parse(String text, String source) {
    try {
      return read(new StringReader(Objects.requireNonNull(text, "text")), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /** One reading of one text. */
  private final class Parse {
    private final String source;
    private final Records records;
    private final int[] at = new int[Column.values().length];
    private final String[] names = new String[Column.values().length];
    private int width;

    /** Where each indicator of each unit was given: its periods and their lines. */
    private final Map<String, List<Given>> given = new HashMap<>();

    private record Given(ReportPeriod period, long line) {}

    Parse(String source, String text) {
      this.source = source;
      this.records = new Records(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    ObservationSet observations() {
      List<String> header = records.next();
      if (header == null) {
        throw error(0, 0, "", "tệp trống: không có dòng tiêu đề (code, unit, period, value)",
            "empty file: no header row (code, unit, period, value)");
      }
      if (records.malformed) {
        throw error(1, 0, "", "dấu ngoặc kép chưa đóng", "unclosed quote");
      }
      header();
      List<Observation> list = new ArrayList<>();
      for (List<String> cells; (cells = records.next()) != null; ) {
        long line = records.line;
        if (records.malformed) {
          throw error(line, 0, "", "dấu ngoặc kép chưa đóng", "unclosed quote");
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (cells.size() != width) {
          throw error(line, 0, "", "dòng có " + cells.size() + " ô, dòng tiêu đề có " + width,
              "the row has " + cells.size() + " cells, the header " + width);
        }
        list.add(observation(cells, line));
      }
      return ObservationSet.of(list);
    }

    private void header() {
      List<String> cells = records.cells;
      width = cells.size();
      java.util.Arrays.fill(at, -1);
      for (int i = 0; i < cells.size(); i++) {
        String key = key(cells.get(i));
        for (Column c : Column.values()) {
          if (key.equals(c.en) || key.equals(c.vi)) {
            if (at[c.ordinal()] >= 0) {
              throw error(1, i + 1, "", "cột '" + c.en + "' (" + c.vi + ") bị lặp",
                  "column '" + c.en + "' (" + c.vi + ") appears twice");
            }
            at[c.ordinal()] = i;
            names[c.ordinal()] = cells.get(i).strip();
          }
        }
      }
      for (Column c : Column.values()) {
        if (at[c.ordinal()] < 0) {
          throw error(1, 0, "", "thiếu cột bắt buộc '" + c.en + "' (" + c.vi + ")",
              "missing required column '" + c.en + "' (" + c.vi + ")");
        }
      }
    }

    private Observation observation(List<String> cells, long line) {
      String code = cell(cells, Column.CODE, line);
      Indicator indicator = catalog.indicator(code).orElseThrow(() -> error(line, Column.CODE,
          "mã chỉ tiêu không có trong danh mục: " + quote(code), "no indicator with this code: " + quote(code)));
      String unit = cell(cells, Column.UNIT, line);
      if (directory.isPresent() && directory.get().unit(unit).isEmpty()) {
        throw error(line, Column.UNIT, "đơn vị không có trong danh mục đơn vị: " + quote(unit),
            "unit not in the directory: " + quote(unit));
      }
      String periodText = cell(cells, Column.PERIOD, line);
      ReportPeriod period;
      try {
        period = ReportPeriod.parse(periodText);
      } catch (DateTimeException | TextParseException e) {
        throw error(line, Column.PERIOD, "cần một kỳ như 2024, 2024S1, 2024Q1 hoặc 2024-03, gặp " + quote(periodText),
            "expected a period such as 2024, 2024S1, 2024Q1 or 2024-03, found " + quote(periodText));
      }
      String valueText = cell(cells, Column.VALUE, line);
      IndicatorValue value = value(indicator, valueText, line);
      List<Given> earlier = given.computeIfAbsent(code + "\u0000" + unit, k -> new ArrayList<>());
      for (Given g : earlier) {
        if (overlap(g.period(), period)) {
          throw error(line, Column.PERIOD, "chỉ tiêu " + code + " của đơn vị " + unit + " đã có ở dòng " + g.line()
                  + " cho kỳ " + g.period() + (g.period().equals(period) ? "" : ", trùng với kỳ " + period),
              "indicator " + code + " of unit " + unit + " is already given on line " + g.line() + " for "
                  + g.period() + (g.period().equals(period) ? "" : ", which overlaps " + period));
        }
      }
      earlier.add(new Given(period, line));
      return new Observation(indicator, unit, period, value);
    }

    private IndicatorValue value(Indicator indicator, String text, long line) {
      String code = indicator.code();
      switch (indicator.valueType()) {
        case COUNT -> {
          Whole n = whole(text);
          if (n.ok) {
            return IndicatorValue.count(n.value);
          }
          throw error(line, Column.VALUE, "chỉ tiêu " + code + " cần một số nguyên không âm (như 12), gặp " + quote(text),
              "indicator " + code + " needs a whole number (such as 12), found " + quote(text));
        }
        case FLAG -> {
          String k = key(text);
          if (List.of("có", "1", "yes", "true").contains(k)) {
            return IndicatorValue.flag(true);
          }
          if (List.of("không", "0", "no", "false").contains(k)) {
            return IndicatorValue.flag(false);
          }
          throw error(line, Column.VALUE, "chỉ tiêu " + code + " cần có hoặc không (1 hoặc 0), gặp " + quote(text),
              "indicator " + code + " needs yes or no (1 or 0), found " + quote(text));
        }
        case PERCENT -> {
          Optional<long[]> parts = two(text);
          if (parts.isPresent()) {
            return IndicatorValue.ratio(parts.get()[0], parts.get()[1]);
          }
          Matcher m = PERCENT.matcher(text);
          if (m.matches()) {
            BigDecimal p = new BigDecimal(m.group(1).replace(',', '.'));
            if (p.compareTo(HUNDRED) <= 0) {
              return IndicatorValue.reportedPercent(p);
            }
          }
          throw error(line, Column.VALUE, "chỉ tiêu " + code + " cần một tỷ lệ từ 0 đến 100 (như 85,5%) hoặc tử số/mẫu"
                  + " số (như 171/200), gặp " + quote(text),
              "indicator " + code + " needs a percentage from 0 to 100 (such as 85.5%) or a numerator/denominator "
                  + "(such as 171/200), found " + quote(text));
        }
        case COUNT_WITH_SHARE -> {
          Optional<long[]> parts = two(text);
          if (parts.isPresent()) {
            return IndicatorValue.ratio(parts.get()[0], parts.get()[1]);
          }
          throw error(line, Column.VALUE, "chỉ tiêu " + code + " cần số đếm/tổng số (như 95/120), gặp " + quote(text),
              "indicator " + code + " needs a count and its total, count/total (such as 95/120), found " + quote(text));
        }
        case PAIR -> {
          Optional<long[]> parts = two(text);
          if (parts.isPresent()) {
            return IndicatorValue.pair(parts.get()[0], parts.get()[1]);
          }
          throw error(line, Column.VALUE, "chỉ tiêu " + code + " cần hai số a/b (như 3/120), gặp " + quote(text),
              "indicator " + code + " needs two whole numbers a/b (such as 3/120), found " + quote(text));
        }
        default -> throw new IllegalStateException("Unhandled value type " + indicator.valueType());
      }
    }

    private String cell(List<String> cells, Column c, long line) {
      String value = Normalizer.normalize(cells.get(at[c.ordinal()]), Normalizer.Form.NFC).strip();
      if (value.isEmpty()) {
        throw error(line, c, "ô bắt buộc bị trống", "required cell is empty");
      }
      return value;
    }

    private InputFormatException error(long line, Column c, String vi, String en) {
      return error(line, at[c.ordinal()] + 1, names[c.ordinal()], vi, en);
    }

    private InputFormatException error(long line, int column, String name, String vi, String en) {
      return Errors.input(source, name, (int) Math.min(line, Integer.MAX_VALUE), column, new Message(vi, en), null);
    }
  }

  private static boolean overlap(ReportPeriod a, ReportPeriod b) {
    return !a.firstDay().isAfter(b.lastDay()) && !b.firstDay().isAfter(a.lastDay());
  }

  /** A whole number read from a cell, or not. */
  private record Whole(boolean ok, long value) {}

  private static Whole whole(String text) {
    Matcher m = WHOLE.matcher(text);
    if (!m.matches()) {
      return new Whole(false, 0);
    }
    String digits = text.replaceAll("[^0-9]", "");
    if (digits.length() > 18) {
      return new Whole(false, 0);
    }
    return new Whole(true, Long.parseLong(digits));
  }

  private static Optional<long[]> two(String text) {
    Matcher m = TWO.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Whole a = whole(m.group(1));
    Whole b = whole(m.group(2));
    return a.ok && b.ok ? Optional.of(new long[] {a.value, b.value}) : Optional.empty();
  }

  private static String key(String header) {
    return Normalizer.normalize(header.replace("\uFEFF", "").strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** The value in quotes, cut to 60 characters, control characters shown as U+XXXX. */
  private static String quote(String value) {
    String cut = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    StringBuilder b = new StringBuilder("'");
    cut.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        b.append(String.format(Locale.ROOT, "U+%04X", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.append('\'').toString();
  }

  /** RFC 4180 records of a text, with the line each starts on; the delimiter is guessed from the first line. */
  private static final class Records {
    private final String text;
    private final char delimiter;
    private int pos;
    private long nextLine = 1;
    long line;
    boolean malformed;
    List<String> cells = List.of();

    Records(String text) {
      this.text = text;
      this.delimiter = sniff(text);
    }

    private static char sniff(String text) {
      int comma = 0;
      int semicolon = 0;
      int tab = 0;
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          break;
        } else if (!quoted) {
          comma += c == ',' ? 1 : 0;
          semicolon += c == ';' ? 1 : 0;
          tab += c == '\t' ? 1 : 0;
        }
      }
      return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
    }

    /** Returns the next record's cells, or null at the end. */
    List<String> next() {
      if (pos >= text.length()) {
        return null;
      }
      line = nextLine;
      List<String> out = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (quoted) {
          if (c == '"') {
            if (pos < text.length() && text.charAt(pos) == '"') {
              cell.append('"');
              pos++;
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              nextLine++;
            }
            cell.append(c);
          }
        } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
          cell.setLength(0);
        } else if (c == delimiter) {
          out.add(cell.toString());
          cell.setLength(0);
          wasQuoted = false;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
          }
          nextLine++;
          break;
        } else {
          cell.append(c);
        }
      }
      malformed = quoted;
      out.add(cell.toString());
      cells = out;
      return out;
    }
  }
}
