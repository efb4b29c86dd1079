package io.github.cchc.scoring.dossier;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The checks every dossier row goes through, whatever its source: a CSV file ({@link DossierCsvReader} runs them on
 * its bytes), a database result set, or the rows of a partition on a cluster. A row is given as one value per {@link
 * Column}; it is either appended to a {@link DossierTable.Builder} or rejected for the first {@link RejectReason} it
 * fails, with the column and the offending value, in the order and the words of the CSV reader: a required value
 * missing, then the received, due and finished dates, finished before received, the unit, the channel, the yes/no
 * cells, the supplement count, and last the duplicate id.
 *
 * <pre>{@code
 * DossierRowCheck check = DossierRowCheck.create();
 * DossierTable.Builder table = DossierTable.builder(directory);
 * Object[] row = new Object[DossierRowCheck.Column.values().length];
 * row[Column.ID.ordinal()] = "H56-0001";
 * row[Column.UNIT.ordinal()] = "SL-XA-01";
 * row[Column.RECEIVED.ordinal()] = LocalDate.of(2024, 3, 5);
 * row[Column.DUE.ordinal()] = "20/03/2024";
 * row[Column.CHANNEL.ordinal()] = "Trực tuyến toàn trình";
 * check.check(row, table).ifPresent(r -> System.out.println(r.reason() + ": " + r.value()));
 * }</pre>
 *
 * <p>Values: {@code null}, and text of spaces only, are empty cells. Text is read exactly as the CSV reader reads a
 * cell (the same date forms, channel words and yes/no words). Typed values are taken as they are: {@link LocalDate}
 * and {@link LocalDateTime} for the dates (years 1000 to 9999, otherwise the date is unparseable), {@link Channel} for
 * the channel, {@link Boolean} or the whole numbers 0 and 1 for yes/no cells, a whole number from 0 to 32,767 for the
 * supplement requests; any other value is read as its text.
 *
 * <p>A checker keeps the ids of the rows it accepted, to reject a repeated id, unless it was made with a judge of
 * repeated ids of its own ({@link #create(Predicate)}). It is therefore not thread-safe: use one checker
 * per sequence of rows (a file, a partition).
 */
public final class DossierRowCheck {

  /**
   * The columns of a dossier row, with their English and Vietnamese header names. The required ones are those the CSV
   * reader rejects a file without.
   */
  public enum Column {
    /** The dossier id (Mã hồ sơ); required. */
    ID(true, "id", "mã hồ sơ"),
    /** The unit id (Đơn vị); required. */
    UNIT(true, "unit", "đơn vị"),
    /** The procedure (Thủ tục). */
    PROCEDURE(false, "procedure", "thủ tục"),
    /** The field (Lĩnh vực). */
    FIELD(false, "field", "lĩnh vực"),
    /** The date received (Ngày tiếp nhận); required. */
    RECEIVED(true, "received", "ngày tiếp nhận"),
    /** The due date (Ngày hẹn trả); required. */
    DUE(true, "due", "ngày hẹn trả"),
    /** The date finished (Ngày hoàn thành), empty while pending; the column is required. */
    FINISHED(true, "finished", "ngày hoàn thành"),
    /** How the dossier was submitted (Hình thức nộp); required. */
    CHANNEL(true, "channel", "hình thức nộp"),
    /** Whether it was digitised (Số hóa). */
    DIGITIZED(false, "digitized", "số hóa", "số hoá"),
    /** Whether the fee was paid online (Thanh toán trực tuyến). */
    PAID_ONLINE(false, "paidOnline", "thanh toán trực tuyến"),
    /** Whether an apology letter was issued (Xin lỗi). */
    APOLOGY(false, "apology", "xin lỗi"),
    /** How many supplement requests were made (Số lần bổ sung). */
    SUPPLEMENT_REQUESTS(false, "supplementRequests", "số lần bổ sung");

    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
      for (Column c : values()) {
        for (String n : c.names) {
          BY_NAME.put(headerKey(n), c);
        }
      }
    }

    final boolean required;
    final String[] names;

    Column(boolean required, String... names) {
      this.required = required;
      this.names = names;
    }

    /**
     * Tells whether a source without this column is rejected.
     *
     * @return true for a required column
     */
    public boolean required() {
      return required;
    }

    /**
     * Returns the English header name.
     *
     * @return the name, such as {@code received}
     */
    public String englishName() {
      return names[0];
    }

    /**
     * Returns the Vietnamese header name, in lower case.
     *
     * @return the name, such as {@code ngày tiếp nhận}
     */
    public String vietnameseName() {
      return names[1];
    }

    /**
     * Finds the column a header names, in English or Vietnamese, ignoring case, surrounding spaces, a byte-order mark
     * and the Unicode form.
     *
     * @param header the header cell
     * @return the column, or empty if the header names none
     */
    public static Optional<Column> forHeader(String header) {
      return Optional.ofNullable(BY_NAME.get(headerKey(Objects.requireNonNull(header, "header"))));
    }

    /**
     * Returns the name of a column that a header names by mistake: within two edits of one of its names (one edit
     * for names of three or four letters, none for {@code id}), ignoring case, or the same but for the Vietnamese
     * tone marks and {@code đ}, such as {@code digitised} for {@code digitized} or {@code Ngay tiep nhan} for
     * {@code Ngày tiếp nhận}. A header that {@link #forHeader names a column} is no mistake.
     *
     * @param header the header cell
     * @return the column's name nearest to the header, or empty if there is none so near
     */
    public static Optional<String> nearMiss(String header) {
      String key = headerKey(Objects.requireNonNull(header, "header"));
      if (BY_NAME.containsKey(key) || key.isEmpty()) {
        return Optional.empty();
      }
      String plain = plain(key);
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Column c : values()) {
        for (String n : c.names) {
          String known = headerKey(n);
          int allowed = known.length() <= 2 ? 0 : known.length() <= 4 ? 1 : 2;
          int d = Math.min(editDistance(key, known, allowed), editDistance(plain, plain(known), allowed));
          if (d <= allowed && d < bestDistance) {
            best = n;
            bestDistance = d;
          }
        }
      }
      return Optional.ofNullable(best);
    }

    // Without tone marks and other diacritics, đ as d: how Vietnamese is typed on a keyboard without them.
    private static String plain(String key) {
      return Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
    }

    // Levenshtein distance, or limit + 1 as soon as it exceeds limit.
    private static int editDistance(String a, String b, int limit) {
      if (Math.abs(a.length() - b.length()) > limit) {
        return limit + 1;
      }
      int[] prev = new int[b.length() + 1];
      int[] cur = new int[b.length() + 1];
      for (int j = 0; j <= b.length(); j++) {
        prev[j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= b.length(); j++) {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
          rowMin = Math.min(rowMin, cur[j]);
        }
        if (rowMin > limit) {
          return limit + 1;
        }
        int[] t = prev;
        prev = cur;
        cur = t;
      }
      return prev[b.length()];
    }
  }

  /**
   * Why one row was rejected.
   *
   * @param reason the reason
   * @param column the column at fault, empty when the row as a whole is
   * @param value the offending value as written, such as {@code 2024-13-10}
   */
  public record Rejected(RejectReason reason, Optional<Column> column, String value) {
    /** Checks the components. */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the detail the findings show for a first rejected row, as the CSV reader writes it: {@code received =
     * '2024-13-10'}.
     *
     * @param columnName the column as the source names it, such as {@code Ngày tiếp nhận}
     * @return the detail
     */
    public String detail(String columnName) {
      return DossierRowCheck.detail(column.isPresent() ? columnName : null, value);
    }
  }

  /** The result of a date parser: no date. Otherwise the epoch day in the high half, the minute of the day (-1: none). */
  static final long NO_DATE = Long.MIN_VALUE;

  private static final Column[] REQUIRED_VALUES =
      {Column.ID, Column.UNIT, Column.RECEIVED, Column.DUE, Column.CHANNEL};
  private static final Channel[] CHANNELS = Channel.values();
  private static final String[] CHANNEL_NAMES = Arrays.stream(CHANNELS).map(Enum::name).toArray(String[]::new);

  private final Predicate<String> repeated;
  private final TypedCells cells = new TypedCells();
  private Object[] row;
  private DossierTable.Builder into;
  private Rejected rejected;

  private DossierRowCheck(Predicate<String> repeated) {
    this.repeated = repeated;
  }

  /**
   * Returns a checker that rejects a row whose id (without surrounding spaces) it accepted before, as the CSV reader
   * does. The units a row may belong to are those of the builder it is checked into.
   *
   * @return the checker
   */
  public static DossierRowCheck create() {
    DossierIdSet ids = new DossierIdSet();
    return new DossierRowCheck(id -> !ids.add(id));
  }

  /**
   * Returns a checker that asks another judge whether a row's id repeats an earlier row's: for rows checked in
   * several places, where the earlier row may be elsewhere. The judge is asked last, only for a row that passed every
   * other check, with the id as {@link #idKey(Object)} gives it; {@code id -> false} turns the check off.
   *
   * @param repeated true if the id was accepted before
   * @return the checker
   */
  public static DossierRowCheck create(Predicate<String> repeated) {
    return new DossierRowCheck(Objects.requireNonNull(repeated, "repeated"));
  }

  /**
   * Returns the key duplicate ids are judged by: the id's text without surrounding spaces.
   *
   * @param id the id cell
   * @return the key
   */
  public static String idKey(Object id) {
    return trimSpaces(text(Objects.requireNonNull(id, "id")));
  }

  /**
   * Checks one row and appends it to a table builder if it passes.
   *
   * @param row one value per column, by {@link Column#ordinal()}; {@code null} for an empty cell or absent column
   * @param into the builder that takes the row; its directory holds the units
   * @return empty if the row was appended, else why it was rejected
   * @throws IllegalArgumentException if the row does not have one value per column
   */
  public Optional<Rejected> check(Object[] row, DossierTable.Builder into) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(into, "into");
    if (row.length != Column.values().length) {
      throw new IllegalArgumentException("A dossier row has " + Column.values().length + " values, not " + row.length);
    }
    this.row = row;
    this.into = into;
    this.rejected = null;
    cells.check();
    this.row = null;
    this.into = null;
    return Optional.ofNullable(rejected);
  }

  // The detail of a first rejection, shared with the CSV reader's findings.
  static String detail(String columnName, String value) {
    return (columnName == null ? "" : columnName + " = ") + "'" + value + "'";
  }

  static String headerKey(String header) {
    return Normalizer.normalize(header.replace("\uFEFF", "").strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static String text(Object value) {
    return value instanceof String s ? s : String.valueOf(value);
  }

  // The text without the spaces around it (spaces only, as the CSV reader trims a cell's bytes).
  static String trimSpaces(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && s.charAt(b) == ' ') {
      b++;
    }
    while (e > b && s.charAt(e - 1) == ' ') {
      e--;
    }
    return s.substring(b, e);
  }

  /**
   * One row's cells as the checks see them, and what becomes of the row; the sequence of the checks is {@link
   * #check()}. The CSV reader implements the cells on its bytes, {@link DossierRowCheck} on typed values.
   */
  abstract static class Cells {
    /** Tells whether a cell is empty (or its column absent). */
    abstract boolean empty(Column c);

    /** Returns a cell as written, without surrounding white space, for messages; empty if the column is absent. */
    abstract String text(Column c);

    /** Returns a date cell packed as {@link #packDate}, or {@link #NO_DATE}. */
    abstract long date(Column c);

    /** Returns the unit's index in the directory, or -1 if unknown. */
    abstract int unit();

    /** Returns the channel, or null if unknown. */
    abstract Channel channel();

    /** Returns 1 for yes, 0 for no or empty, -1 for anything else. */
    abstract int yesNo(Column c);

    /** Returns the supplement count, 0 if empty, -1 if unreadable. */
    abstract int supplements();

    /** Tells whether the row's id repeats an accepted row's; asked last, and then taken as accepted. */
    abstract boolean repeatedId();

    /** Takes a rejection. */
    abstract void reject(RejectReason reason, Column column, String value);

    /** Takes an accepted row. */
    abstract void accept(int unit, int receivedDay, int dueDay, int finishedDay, Channel channel, boolean digitized,
        boolean paidOnline, boolean apology, int supplements, boolean lateOnDueDay);

    /** Runs the checks in their order and either accepts or rejects the row. */
    final void check() {
      for (Column c : REQUIRED_VALUES) {
        if (empty(c)) {
          reject(RejectReason.MISSING_VALUE, c, "");
          return;
        }
      }
      long received = date(Column.RECEIVED);
      if (received == NO_DATE) {
        reject(RejectReason.UNPARSEABLE_DATE, Column.RECEIVED, text(Column.RECEIVED));
        return;
      }
      long due = date(Column.DUE);
      if (due == NO_DATE) {
        reject(RejectReason.UNPARSEABLE_DATE, Column.DUE, text(Column.DUE));
        return;
      }
      int receivedDay = day(received);
      int receivedMinute = minute(received);
      int dueDay = day(due);
      int dueMinute = minute(due);
      if (dueDay < receivedDay || dueDay == receivedDay && dueMinute >= 0 && receivedMinute >= 0
          && dueMinute < receivedMinute) {
        reject(RejectReason.DUE_BEFORE_RECEIVED, Column.DUE, text(Column.DUE) + " < " + text(Column.RECEIVED));
        return;
      }
      int finishedDay = DossierTable.PENDING;
      int finishedMinute = -1;
      if (!empty(Column.FINISHED)) {
        long finished = date(Column.FINISHED);
        if (finished == NO_DATE) {
          reject(RejectReason.UNPARSEABLE_DATE, Column.FINISHED, text(Column.FINISHED));
          return;
        }
        finishedDay = day(finished);
        finishedMinute = minute(finished);
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
      if (repeatedId()) {
        reject(RejectReason.DUPLICATE_ID, Column.ID, text(Column.ID));
        return;
      }
      boolean lateOnDueDay = finishedDay == dueDay && finishedMinute >= 0 && dueMinute >= 0
          && finishedMinute > dueMinute;
      accept(unit, receivedDay, dueDay, finishedDay, channel, digitized == 1, paid == 1, apology == 1, supplements,
          lateOnDueDay);
    }
  }

  /** The cells of a row of typed values; text goes through the CSV reader's parsers, on its UTF-8 bytes. */
  private final class TypedCells extends Cells {
    private Object value(Column c) {
      return row[c.ordinal()];
    }

    @Override
    boolean empty(Column c) {
      Object v = value(c);
      if (v == null) {
        return true;
      }
      if (v instanceof String s) {
        for (int i = 0; i < s.length(); i++) {
          if (s.charAt(i) != ' ') {
            return false;
          }
        }
        return true;
      }
      return false;
    }

    @Override
    String text(Column c) {
      Object v = value(c);
      return v == null ? "" : DossierRowCheck.text(v).strip();
    }

    @Override
    long date(Column c) {
      Object v = value(c);
      if (v instanceof LocalDate d) {
        return d.getYear() < 1000 || d.getYear() > 9999 ? NO_DATE : packDate((int) d.toEpochDay(), -1);
      }
      if (v instanceof LocalDateTime t) {
        return t.getYear() < 1000 || t.getYear() > 9999 ? NO_DATE
            : packDate((int) t.toLocalDate().toEpochDay(), t.getHour() * 60 + t.getMinute());
      }
      byte[] b = DossierRowCheck.text(v).getBytes(StandardCharsets.UTF_8);
      return parseDate(b, 0, b.length);
    }

    @Override
    int unit() {
      String id = Normalizer.normalize(trimSpaces(DossierRowCheck.text(value(Column.UNIT))), Normalizer.Form.NFC);
      return into.unitIndexOrMinusOne(id);
    }

    private int dictionary(Column c, boolean field) {
      Object v = value(c);
      if (v == null) {
        return 0;
      }
      String name = Normalizer.normalize(trimSpaces(DossierRowCheck.text(v)), Normalizer.Form.NFC);
      return field ? into.fieldIndex(name) : into.procedureIndex(name);
    }

    @Override
    Channel channel() {
      Object v = value(Column.CHANNEL);
      if (v instanceof Channel ch) {
        return ch;
      }
      byte[] b = DossierRowCheck.text(v).getBytes(StandardCharsets.UTF_8);
      return parseChannel(b, 0, b.length);
    }

    @Override
    int yesNo(Column c) {
      Object v = value(c);
      if (v == null) {
        return 0;
      }
      if (v instanceof Boolean yes) {
        return yes ? 1 : 0;
      }
      if (v instanceof Number n) {
        long w = whole(n);
        return w == 1 ? 1 : w == 0 ? 0 : -1;
      }
      byte[] b = DossierRowCheck.text(v).getBytes(StandardCharsets.UTF_8);
      return parseYesNo(b, 0, b.length);
    }

    @Override
    int supplements() {
      Object v = value(Column.SUPPLEMENT_REQUESTS);
      if (v instanceof Number n) {
        long w = whole(n);
        return w < 0 || w > Short.MAX_VALUE ? -1 : (int) w;
      }
      if (empty(Column.SUPPLEMENT_REQUESTS)) {
        return 0;
      }
      byte[] b = DossierRowCheck.text(v).getBytes(StandardCharsets.UTF_8);
      return parseCount(b, 0, b.length);
    }

    @Override
    boolean repeatedId() {
      return repeated.test(idKey(value(Column.ID)));
    }

    @Override
    void reject(RejectReason reason, Column column, String value) {
      rejected = new Rejected(reason, Optional.ofNullable(column), value);
    }

    @Override
    void accept(int unit, int receivedDay, int dueDay, int finishedDay, Channel channel, boolean digitized,
        boolean paidOnline, boolean apology, int supplements, boolean lateOnDueDay) {
      into.append(unit, dictionary(Column.FIELD, true), dictionary(Column.PROCEDURE, false), receivedDay, dueDay,
          finishedDay, channel, digitized, paidOnline, apology, supplements, lateOnDueDay);
    }
  }

  // A whole number's value, or -1 for a fraction or one out of range of a long.
  private static long whole(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    double d = n.doubleValue();
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (long) d : -1;
  }

  static long packDate(int day, int minute) {
    return (long) day << 32 | (minute & 0xFFFF_FFFFL);
  }

  static int day(long packed) {
    return (int) (packed >> 32);
  }

  static int minute(long packed) {
    return (int) packed;
  }

  // The cell's bounds without its surrounding spaces: start in the high half, end in the low half.
  private static long trim(byte[] t, int s, int e) {
    while (s < e && t[s] == ' ') {
      s++;
    }
    while (e > s && t[e - 1] == ' ') {
      e--;
    }
    return (long) s << 32 | e;
  }

  // The cell as the CSV reader shows it: decoded and stripped.
  private static String decoded(byte[] t, int s, int e) {
    return new String(t, s, e - s, StandardCharsets.UTF_8).strip();
  }

  /** Reads a channel cell: a constant name in any ASCII case, else {@link Channel#fromWord}; null if none. */
  static Channel parseChannel(byte[] t, int s, int e) {
    for (int c = 0; c < CHANNELS.length; c++) {
      if (equalsIgnoreAsciiCase(CHANNEL_NAMES[c], t, s, e)) {
        return CHANNELS[c];
      }
    }
    return Channel.fromWord(decoded(t, s, e)).orElse(null);
  }

  // Compares the cell without its surrounding spaces with an upper-case ASCII word.
  private static boolean equalsIgnoreAsciiCase(String word, byte[] t, int s, int e) {
    long b = trim(t, s, e);
    s = (int) (b >>> 32);
    e = (int) b;
    if (e - s != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      int a = t[s + k];
      char c = word.charAt(k);
      if (a != c && (a < 'a' || a > 'z' || a - ('a' - 'A') != c)) {
        return false;
      }
    }
    return true;
  }

  /** Reads a yes/no cell: 1 for yes, 0 for no or empty, -1 for anything else. */
  static int parseYesNo(byte[] t, int s, int e) {
    long b = trim(t, s, e);
    int from = (int) (b >>> 32);
    int n = (int) b - from;
    int first = n == 0 ? ' ' : t[from];
    if (n == 0 || n == 1 && first == '0') {
      return 0;
    }
    if (n == 1 && first == '1') {
      return 1;
    }
    if (n == 4 && (first == 't' || first == 'T') && equalsIgnoreAsciiCase("TRUE", t, s, e)) {
      return 1;
    }
    if (n == 5 && (first == 'f' || first == 'F') && equalsIgnoreAsciiCase("FALSE", t, s, e)) {
      return 0;
    }
    switch (headerKey(decoded(t, s, e))) {
      case "true", "1", "có":
        return 1;
      case "false", "0", "không":
        return 0;
      default:
        return -1;
    }
  }

  /** Reads a count of at most 32,767 written in digits, spaces around it allowed; -1 if unreadable. */
  static int parseCount(byte[] t, int s, int e) {
    long b = trim(t, s, e);
    s = (int) (b >>> 32);
    e = (int) b;
    int n = 0;
    for (int k = s; k < e; k++) {
      int ch = t[k];
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

  /**
   * Reads yyyy-MM-dd or d/M/yyyy, then optionally 'T' or spaces and H:mm[:ss]; returns the day and the minute packed
   * by {@link #packDate} (minute -1 when no time was given), or {@link #NO_DATE}.
   */
  static long parseDate(byte[] t, int s, int e) {
    long bounds = trim(t, s, e);
    s = (int) (bounds >>> 32);
    e = (int) bounds;
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
        return NO_DATE;
      }
      int b = ++a;
      int n2 = 0;
      while (a < e && a - b < 2 && isDigit(t[a])) {
        n2 = n2 * 10 + t[a++] - '0';
      }
      if (a == b || a + 5 > e || t[a] != '/') {
        return NO_DATE;
      }
      dom = n1;
      month = n2;
      year = digits(t, a + 1, 4);
      p = a + 5;
    }
    if (year < 1000 || month < 1 || month > 12 || dom < 1 || dom > monthLength(year, month)) {
      return NO_DATE;
    }
    int day = epochDay(year, month, dom);
    if (p == e) {
      return packDate(day, -1);
    }
    if (t[p] != 'T' && t[p] != ' ') {
      return NO_DATE;
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
      return NO_DATE;
    }
    int m = digits(t, q + 1, 2);
    q += 3;
    if (q < e) {
      if (q + 3 != e || t[q] != ':' || digits(t, q + 1, 2) < 0 || digits(t, q + 1, 2) > 59) {
        return NO_DATE;
      }
    }
    if (h > 23 || m < 0 || m > 59) {
      return NO_DATE;
    }
    return packDate(day, h * 60 + m);
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  // The value of n digits at s, or -1 if one is not a digit.
  private static int digits(byte[] t, int s, int n) {
    int v = 0;
    for (int k = s; k < s + n; k++) {
      int c = t[k];
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
