package io.github.cchc.integration;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.scoring.dossier.Channel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Generated dossiers, the same rows as a CSV file and as PostgreSQL COPY text, so that both routes read the same data.
 * Row {@code n} (from 1) is a function of {@code n} alone; a few rows in every ten thousand are bad in a known way.
 */
final class DossierData {
  private DossierData() {}

  /** P ⊃ {S, D ⊃ {X1, X2}}. */
  static final OrgDirectory DIR = OrgDirectory.of(
      unit("P", OrgKind.PROVINCE, null),
      unit("S", OrgKind.DEPARTMENT, "P"),
      unit("D", OrgKind.DISTRICT, "P"),
      unit("X1", OrgKind.COMMUNE, "D"),
      unit("X2", OrgKind.COMMUNE, "D"));

  /** The directory as an org file for the command line. */
  static final String ORG_JSON = """
      {"units": [
        {"id": "P", "name": "Tỉnh P", "kind": "PROVINCE"},
        {"id": "S", "name": "Sở S", "kind": "DEPARTMENT", "parent": "P"},
        {"id": "D", "name": "Huyện D", "kind": "DISTRICT", "parent": "P"},
        {"id": "X1", "name": "Xã X1", "kind": "COMMUNE", "parent": "D"},
        {"id": "X2", "name": "Xã X2", "kind": "COMMUNE", "parent": "D"}
      ]}
      """;

  /** The channel codes of the generated table. */
  static final Map<Integer, Channel> CODES = Map.of(1, Channel.DIRECT, 2, Channel.ONLINE_PARTIAL, 3,
      Channel.ONLINE_FULL, 4, Channel.POSTAL);

  static final String CSV_HEADER = "id,unit,received,due,finished,channel,digitized,paidOnline,supplementRequests\n";

  static final String CREATE_TABLE = "CREATE TABLE ho_so (n bigint, id text, unit text, received date, due date,"
      + " finished timestamp, channel integer, digitized boolean, \"paidOnline\" smallint,"
      + " \"supplementRequests\" integer)";

  static final String SELECT = "SELECT id, unit, received, due, finished, channel, digitized, \"paidOnline\","
      + " \"supplementRequests\" FROM ho_so ORDER BY n";

  private static final String[] UNITS = {"S", "D", "X1", "X2"};
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  static OrgUnit unit(String id, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name("Đơn vị " + id).kind(kind);
    return parent == null ? b.build() : b.parent(parent).build();
  }

  /** One dossier; null fields are empty cells. */
  record Row(String id, String unit, LocalDate received, LocalDate due, LocalDateTime finished, int channel,
      boolean digitized, int paid, int supplements) {

    String csv() {
      return id + "," + unit + "," + text(received) + "," + due + "," + text(finished) + ","
          + (CODES.containsKey(channel) ? CODES.get(channel).name() : Integer.toString(channel)) + ","
          + digitized + "," + paid + "," + supplements + "\n";
    }

    String copy(long n) {
      return n + "\t" + id + "\t" + unit + "\t" + (received == null ? "\\N" : received) + "\t" + due + "\t"
          + (finished == null ? "\\N" : finished) + "\t" + channel + "\t" + digitized + "\t" + paid + "\t"
          + supplements + "\n";
    }

    private static String text(Object value) {
      return value == null ? "" : value.toString();
    }
  }

  // SplitMix64's finaliser: a well-spread value for each row number.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static Row row(long n) {
    long h = mix(n);
    String id = "HS-" + (n % 10_007 == 0 ? n - 5_000 : n); // a repeated id
    String unit = n % 9_973 == 0 ? "ZZ" : UNITS[(int) (h & 3)]; // an unknown unit
    LocalDate received = START.plusDays((h >>> 2) % 366);
    LocalDate due = received.plusDays((h >>> 11) % 30);
    LocalDateTime finished = null;
    if ((h >>> 16) % 5 != 0) {
      finished = received.plusDays((h >>> 19) % 40).atTime((int) ((h >>> 27) % 24), (int) ((h >>> 32) % 60));
    }
    if (n % 6_007 == 0) {
      finished = received.minusDays(1).atTime(8, 0); // finished before received
    }
    int channel = n % 7_919 == 0 ? 9 : 1 + (int) ((h >>> 38) % 4); // 9: no channel's code
    boolean digitized = ((h >>> 41) & 1) == 1;
    int paid = (int) ((h >>> 42) & 1);
    int supplements = n % 4_001 == 0 ? 40_000 : (int) ((h >>> 43) % 3); // 40,000: more than a count may be
    return new Row(id, unit, n % 5_003 == 0 ? null : received, due, finished, channel, digitized, paid, supplements);
  }

  /** The rows 1 to {@code rows} as a CSV file with its header, generated while it is read. */
  static InputStream csv(long rows) {
    return new Generated(DossierData.CSV_HEADER, rows, n -> row(n).csv());
  }

  /** The rows 1 to {@code rows} as COPY text, generated while it is read. */
  static InputStream copy(long rows) {
    return new Generated("", rows, n -> row(n).copy(n));
  }

  /** An ASCII stream of a header and generated lines. */
  private static final class Generated extends InputStream {
    private final long rows;
    private final LongFunction<String> line;
    private byte[] buffer;
    private int at;
    private long next = 1;

    Generated(String header, long rows, LongFunction<String> line) {
      this.rows = rows;
      this.line = line;
      this.buffer = header.getBytes(StandardCharsets.US_ASCII);
    }

    private boolean fill() {
      while (at == buffer.length) {
        if (next > rows) {
          return false;
        }
        StringBuilder b = new StringBuilder(8_192);
        while (next <= rows && b.length() < 8_000) {
          b.append(line.apply(next++));
        }
        buffer = b.toString().getBytes(StandardCharsets.US_ASCII);
        at = 0;
      }
      return true;
    }

    @Override
    public int read() {
      return fill() ? buffer[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, buffer.length - at);
      System.arraycopy(buffer, at, b, off, n);
      at += n;
      return n;
    }
  }
}
