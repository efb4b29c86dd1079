package io.github.cchc.scoring.dossier;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Reads procedure dossiers from a database query into a {@link DossierTable}, or aggregates them while they are
 * read, with the row checks, rejection reasons and findings of {@link DossierCsvReader}.
 *
 * <pre>{@code
 * DossierLoad load = DossierJdbcReader.of(directory)
 *     .channelCodes(Map.of(1, Channel.DIRECT, 2, Channel.ONLINE_PARTIAL, 3, Channel.ONLINE_FULL))
 *     .read(dataSource, "SELECT ma_ho_so AS id, don_vi AS unit, ngay_nhan AS received, ngay_hen AS due,"
 *         + " ngay_xong AS finished, kenh AS channel FROM ho_so WHERE nam = 2024");
 * load.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p><b>Columns.</b> A result column is taken by its label, named as a CSV header names it, in English or in
 * Vietnamese, ignoring case ({@link Column#forHeader}); or by an explicit name ({@link #column(Column, String)}) or
 * position ({@link #column(Column, int)}). Other columns are listed in {@link DossierLoad#ignoredColumns()}; a label
 * close to a missing column's name, or a result without a required column, rejects the whole result as a CSV header
 * would.
 *
 * <p><b>Values.</b> Dates may be SQL {@code DATE}, {@code TIMESTAMP}, {@code TIMESTAMP WITH TIME ZONE} (taken at the
 * time of day in Asia/Ho_Chi_Minh, {@link #ZONE}, where the dossiers are received) or text in the CSV reader's forms.
 * Channels are text as in a CSV file, or codes mapped by {@link #channelCodes(Map)}: a value that is no code is read
 * as channel text, so a code that the map lacks (such as {@code 9}) is rejected as an unknown channel. Yes/no columns may be {@code BOOLEAN}, the numbers 0 and 1, the letters Y and N
 * (either case), or the CSV reader's words; SQL {@code NULL} is an empty cell.
 *
 * <p><b>Rows.</b> A rejected row is named by its number in the result, from 1: it plays the part of the line number
 * of a CSV file (where the first data row is line 2). The result is streamed: the driver is asked for {@link
 * #fetchSize(int) a fetch size} of rows at a time (10,000 by default) and each row goes straight into the table's
 * columns, never held twice. On PostgreSQL a fetch size works only outside auto-commit: when the reader opens the
 * connection itself (from a {@link DataSource}) it runs the query in a read-only transaction and rolls it back;
 * a {@link Connection} the caller gives is used as it is.
 *
 * <p>A failure of the database (connection, password, query, a value that cannot be fetched) is a {@link
 * DossierSqlException}; in strict mode the first bad row throws an {@link InvalidDossierRowException}, whose line is
 * the row number.
 *
 * <p>This class is immutable and thread-safe; each read works on its own state.
 *
 * @since 0.1
 */
public final class DossierJdbcReader {
  /** The fetch size used unless another is given. */
  public static final int DEFAULT_FETCH_SIZE = 10_000;

  /** The time zone a {@code TIMESTAMP WITH TIME ZONE} is read in. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The source name of a query read through a connection or data source. */
  static final String SQL_SOURCE = "SQL";

  private static final Column[] COLUMNS = Column.values();

  private final OrgDirectory directory;
  private final boolean strict;
  private final boolean duplicateCheck;
  private final int fetchSize;
  private final int expectedSize;
  private final int chunkRows;
  private final Map<Column, String> names;
  private final Map<Column, Integer> positions;
  private final Map<String, Channel> channelCodes;

  private DossierJdbcReader(OrgDirectory directory, boolean strict, boolean duplicateCheck, int fetchSize,
      int expectedSize, int chunkRows, Map<Column, String> names, Map<Column, Integer> positions,
      Map<String, Channel> channelCodes) {
    this.directory = directory;
    this.strict = strict;
    this.duplicateCheck = duplicateCheck;
    this.fetchSize = fetchSize;
    this.expectedSize = expectedSize;
    this.chunkRows = chunkRows;
    this.names = names;
    this.positions = positions;
    this.channelCodes = channelCodes;
  }

  /**
   * Returns a lenient reader for the units of a directory: bad rows are rejected and counted.
   *
   * @param directory the units dossiers may belong to
   * @return the reader
   */
  public static DossierJdbcReader of(OrgDirectory directory) {
    return new DossierJdbcReader(Objects.requireNonNull(directory, "directory"), false, true, DEFAULT_FETCH_SIZE,
        1024, DossierCsvReader.CHUNK_ROWS, Map.of(), Map.of(), Map.of());
  }

  /**
   * Returns this reader in strict mode (the first bad row throws) or lenient mode.
   *
   * @param strict true to throw at the first bad row
   * @return the reader
   */
  public DossierJdbcReader strict(boolean strict) {
    return new DossierJdbcReader(directory, strict, duplicateCheck, fetchSize, expectedSize, chunkRows, names,
        positions, channelCodes);
  }

  /**
   * Returns this reader with or without the check for duplicate dossier ids, as {@link
   * DossierCsvReader#duplicateCheck(boolean)}.
   *
   * @param check true to reject rows whose id was seen before (the default)
   * @return the reader
   */
  public DossierJdbcReader duplicateCheck(boolean check) {
    return new DossierJdbcReader(directory, strict, check, fetchSize, expectedSize, chunkRows, names, positions,
        channelCodes);
  }

  /**
   * Returns this reader asking the driver for a number of rows at a time.
   *
   * @param rows the fetch size, at least 1
   * @return the reader
   * @throws IllegalArgumentException if less than 1
   */
  public DossierJdbcReader fetchSize(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("The fetch size must be at least 1: " + rows);
    }
    return new DossierJdbcReader(directory, strict, duplicateCheck, rows, expectedSize, chunkRows, names, positions,
        channelCodes);
  }

  /**
   * Returns this reader with a hint of how many rows to expect, to size the table's columns once.
   *
   * @param rows the expected rows
   * @return the reader
   * @throws IllegalArgumentException if negative
   */
  public DossierJdbcReader expectedSize(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("Expected rows cannot be negative: " + rows);
    }
    return new DossierJdbcReader(directory, strict, duplicateCheck, fetchSize, rows, chunkRows, names, positions,
        channelCodes);
  }

  /**
   * Returns this reader taking a column from the result column of that label, ignoring case, in place of the label
   * the column's own names would find. A label the result lacks makes the result refused for a missing column ({@link
   * RejectReason#MISSING_COLUMN}), optional column or not.
   *
   * @param column the dossier column
   * @param label the result column's label, such as {@code ngay_nhan}
   * @return the reader
   */
  public DossierJdbcReader column(Column column, String label) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(label, "label");
    Map<Column, String> n = new EnumMap<>(Column.class);
    n.putAll(names);
    n.put(column, label);
    Map<Column, Integer> p = new EnumMap<>(Column.class);
    p.putAll(positions);
    p.remove(column);
    return new DossierJdbcReader(directory, strict, duplicateCheck, fetchSize, expectedSize, chunkRows, Map.copyOf(n),
        Map.copyOf(p), channelCodes);
  }

  /**
   * Returns this reader taking a column from the result column at a position. A position past the result's last
   * column makes the result refused for a missing column ({@link RejectReason#MISSING_COLUMN}), optional column or not.
   *
   * @param column the dossier column
   * @param position the result column's position, from 1 as in JDBC
   * @return the reader
   * @throws IllegalArgumentException if the position is less than 1
   */
  public DossierJdbcReader column(Column column, int position) {
    Objects.requireNonNull(column, "column");
    if (position < 1) {
      throw new IllegalArgumentException("A column position starts at 1: " + position);
    }
    Map<Column, Integer> p = new EnumMap<>(Column.class);
    p.putAll(positions);
    p.put(column, position);
    Map<Column, String> n = new EnumMap<>(Column.class);
    n.putAll(names);
    n.remove(column);
    return new DossierJdbcReader(directory, strict, duplicateCheck, fetchSize, expectedSize, chunkRows, Map.copyOf(n),
        Map.copyOf(p), channelCodes);
  }

  /**
   * Returns this reader taking channel codes: a channel value equal to a key (a whole number by its value, text
   * without surrounding spaces and ignoring case) is the key's channel; any other value is read as channel text, as
   * without codes, so that a code the map lacks, such as {@code 9}, is rejected as an unknown channel.
   *
   * @param codes the channel of each code, such as {@code Map.of(1, Channel.DIRECT)}
   * @return the reader
   * @throws IllegalArgumentException if two keys are the same code
   */
  public DossierJdbcReader channelCodes(Map<?, Channel> codes) {
    Objects.requireNonNull(codes, "codes");
    Map<String, Channel> m = new HashMap<>();
    codes.forEach((k, v) -> {
      String key = codeKey(Objects.requireNonNull(k, "code"));
      if (m.put(key, Objects.requireNonNull(v, "channel")) != null) {
        throw new IllegalArgumentException("The channel code " + key + " is given twice");
      }
    });
    return new DossierJdbcReader(directory, strict, duplicateCheck, fetchSize, expectedSize, chunkRows, names,
        positions, Map.copyOf(m));
  }

  // For tests: a small chunk shows that chunks merge exactly.
  DossierJdbcReader chunkRows(int rows) {
    return new DossierJdbcReader(directory, strict, duplicateCheck, fetchSize, expectedSize, rows, names, positions,
        channelCodes);
  }

  /**
   * Reads the rows of a result set, from its current position to its end. The result set is not closed.
   *
   * @param rows the result set
   * @param source a name for it in findings and messages
   * @return the load
   * @throws DossierSqlException if the database fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad read(ResultSet rows, String source) {
    return new Run(Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(source, "source"), null).run();
  }

  /**
   * Runs a query on a connection and reads its rows. The connection is used as it is and not closed; on PostgreSQL
   * the rows are streamed only if its auto-commit is off.
   *
   * @param connection the connection
   * @param sql the query
   * @return the load, whose source is {@code SQL}
   * @throws DossierSqlException if the database fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad read(Connection connection, String sql) {
    return query(Objects.requireNonNull(connection, "connection"), Objects.requireNonNull(sql, "sql"), null);
  }

  /**
   * Opens a connection, runs a query in a read-only transaction, reads its rows, rolls the transaction back and
   * closes the connection.
   *
   * @param dataSource the data source
   * @param sql the query
   * @return the load, whose source is {@code SQL}
   * @throws DossierSqlException if the database fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad read(DataSource dataSource, String sql) {
    return owned(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(sql, "sql"), null);
  }

  /**
   * Aggregates the rows of a result set while they are read, holding about a million rows in columns at a time, as
   * {@link DossierCsvReader#aggregate(java.nio.file.Path, DossierQuery)}. The result set is not closed.
   *
   * @param rows the result set
   * @param source a name for it in findings and messages
   * @param query what to aggregate
   * @return the load, with its counts
   * @throws DossierSqlException if the database fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad aggregate(ResultSet rows, String source, DossierQuery query) {
    return new Run(Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(query, "query")).run();
  }

  /**
   * Runs a query on a connection and aggregates its rows while they are read; the connection is used as {@link
   * #read(Connection, String)} uses it.
   *
   * @param connection the connection
   * @param sql the query
   * @param query what to aggregate
   * @return the load, with its counts
   * @throws DossierSqlException if the database fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad aggregate(Connection connection, String sql, DossierQuery query) {
    return query(Objects.requireNonNull(connection, "connection"), Objects.requireNonNull(sql, "sql"),
        Objects.requireNonNull(query, "query"));
  }

  /**
   * Runs a query on a connection of its own, as {@link #read(DataSource, String)}, and aggregates its rows while they
   * are read.
   *
   * @param dataSource the data source
   * @param sql the query
   * @param query what to aggregate
   * @return the load, with its counts
   * @throws DossierSqlException if the database fails
   * @throws InvalidDossierRowException in strict mode, at the first bad row
   */
  public DossierLoad aggregate(DataSource dataSource, String sql, DossierQuery query) {
    return owned(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(sql, "sql"),
        Objects.requireNonNull(query, "query"));
  }

  private DossierLoad owned(DataSource dataSource, String sql, DossierQuery query) {
    try (Connection c = dataSource.getConnection()) {
      try {
        c.setAutoCommit(false);
        c.setReadOnly(true);
        return query(c, sql, query);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new DossierSqlException(SQL_SOURCE, 0, "", e);
    }
  }

  private DossierLoad query(Connection connection, String sql, DossierQuery query) {
    try (Statement s = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      s.setFetchSize(fetchSize);
      try (ResultSet rs = s.executeQuery(sql)) {
        return new Run(rs, SQL_SOURCE, query).run();
      }
    } catch (SQLException e) {
      throw new DossierSqlException(SQL_SOURCE, 0, "", e);
    }
  }

  // A channel code's key: a whole number by its value, text without surrounding spaces in lower case.
  private static String codeKey(Object code) {
    if (code instanceof Long || code instanceof Integer || code instanceof Short || code instanceof Byte) {
      return Long.toString(((Number) code).longValue());
    }
    if (code instanceof BigDecimal d) {
      try {
        return d.toBigIntegerExact().toString();
      } catch (ArithmeticException e) {
        return d.stripTrailingZeros().toPlainString();
      }
    }
    String s = DossierRowCheck.trimSpaces(String.valueOf(code)).toLowerCase(Locale.ROOT);
    return s.matches("[+-]?\\d{1,18}") ? Long.toString(Long.parseLong(s)) : s;
  }

  /** How a column's values are fetched. */
  private enum Fetch {
    TEXT, DATE, TIMESTAMP, ZONED, BOOLEAN, WHOLE, DECIMAL
  }

  /** The state of one read. */
  private final class Run {
    private final ResultSet rs;
    private final String source;
    private final DossierQuery query;
    private final int[] at = new int[COLUMNS.length];
    private final Fetch[] fetch = new Fetch[COLUMNS.length];
    private final String[] labels = new String[COLUMNS.length];
    private final List<String> ignored = new ArrayList<>();
    private final long[] rejected = new long[RejectReason.values().length];
    private final List<List<Long>> firstLines = new ArrayList<>();
    private final String[] firstDetail = new String[RejectReason.values().length];
    private final DossierRowCheck check;
    private final Object[] row = new Object[COLUMNS.length];
    private DossierTable.Builder builder;
    private DossierCounts counts;
    private long rows;

    Run(ResultSet rs, String source, DossierQuery query) {
      this.rs = rs;
      this.source = source;
      this.query = query;
      this.check = duplicateCheck ? DossierRowCheck.create() : DossierRowCheck.create(id -> false);
      this.builder = DossierTable.builder(directory, query == null ? expectedSize : chunkRows);
      for (int i = 0; i < RejectReason.values().length; i++) {
        firstLines.add(new ArrayList<>());
      }
      Arrays.fill(at, -1);
    }

    DossierLoad run() {
      try {
        rs.setFetchSize(fetchSize);
      } catch (SQLException e) {
        // A driver that cannot change the fetch size of an open result keeps the statement's.
      }
      boolean ok;
      try {
        ok = header(rs.getMetaData());
      } catch (SQLException e) {
        throw new DossierSqlException(source, 0, "", e);
      }
      if (ok) {
        rows();
      }
      return load();
    }

    private void rows() {
      while (next()) {
        rows++;
        fill();
        check.check(row, builder).ifPresent(r -> reject(r.reason(), r.column().orElse(null), r.value()));
        if (query != null && builder.size() == chunkRows) {
          flush();
        }
      }
    }

    private boolean next() {
      try {
        return rs.next();
      } catch (SQLException e) {
        throw new DossierSqlException(source, rows + 1, "", e);
      }
    }

    private void fill() {
      for (Column c : COLUMNS) {
        int i = at[c.ordinal()];
        try {
          row[c.ordinal()] = i < 0 ? null : value(c, i);
        } catch (SQLException e) {
          throw new DossierSqlException(source, rows, labels[c.ordinal()], e);
        }
      }
    }

    private Object value(Column c, int i) throws SQLException {
      Object v = switch (fetch[c.ordinal()]) {
        case DATE -> rs.getObject(i, LocalDate.class);
        case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
        case ZONED -> {
          OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
          yield t == null ? null : t.atZoneSameInstant(ZONE).toLocalDateTime();
        }
        case BOOLEAN -> {
          boolean b = rs.getBoolean(i);
          yield rs.wasNull() ? null : b;
        }
        case WHOLE -> {
          long n = rs.getLong(i);
          yield rs.wasNull() ? null : n;
        }
        case DECIMAL -> rs.getBigDecimal(i);
        case TEXT -> rs.getString(i);
      };
      if (v == null) {
        return null;
      }
      if (c == Column.CHANNEL && !channelCodes.isEmpty()) {
        Channel ch = channelCodes.get(codeKey(v));
        return ch != null ? ch : v instanceof String ? v : String.valueOf(v);
      }
      if (v instanceof BigDecimal d && (c == Column.SUPPLEMENT_REQUESTS || isYesNo(c))) {
        try {
          return d.longValueExact();
        } catch (ArithmeticException e) {
          return d.toPlainString(); // a fraction: rejected as a bad value, shown as written
        }
      }
      if (v instanceof String s && isYesNo(c)) {
        String t = DossierRowCheck.trimSpaces(s);
        if (t.equalsIgnoreCase("y")) {
          return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("n")) {
          return Boolean.FALSE;
        }
      }
      return v;
    }

    private boolean isYesNo(Column c) {
      return c == Column.DIGITIZED || c == Column.PAID_ONLINE || c == Column.APOLOGY;
    }

    private boolean header(ResultSetMetaData meta) throws SQLException {
      int n = meta.getColumnCount();
      String[] label = new String[n + 1];
      Column[] taken = new Column[n + 1];
      for (int i = 1; i <= n; i++) {
        label[i] = meta.getColumnLabel(i);
      }
      List<String> repeated = new ArrayList<>();
      // Explicit positions and names first, then the columns' own names for the rest.
      // A column mapped explicitly must be in the result, optional or not: never silently absent.
      StringJoiner unmapped = new StringJoiner(", ");
      for (Map.Entry<Column, Integer> e : positions.entrySet()) {
        if (e.getValue() <= n) {
          taken[e.getValue()] = e.getKey();
          at[e.getKey().ordinal()] = e.getValue();
        } else {
          unmapped.add(e.getKey().names[0] + " (" + e.getKey().names[1] + ") #" + e.getValue());
        }
      }
      for (Map.Entry<Column, String> e : names.entrySet()) {
        String key = DossierRowCheck.headerKey(e.getValue());
        for (int i = 1; i <= n; i++) {
          if (taken[i] == null && DossierRowCheck.headerKey(label[i]).equals(key)) {
            taken[i] = e.getKey();
            at[e.getKey().ordinal()] = i;
            break;
          }
        }
        if (at[e.getKey().ordinal()] < 0) {
          unmapped.add(e.getKey().names[0] + " (" + e.getKey().names[1] + ") '" + e.getValue() + "'");
        }
      }
      if (unmapped.length() > 0) {
        return fileRejected(RejectReason.MISSING_COLUMN, unmapped.toString(), unmapped.toString());
      }
      List<Integer> unknown = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        if (taken[i] != null) {
          continue;
        }
        Column c = Column.forHeader(label[i]).orElse(null);
        if (c == null || names.containsKey(c) || positions.containsKey(c)) {
          unknown.add(i);
          continue;
        }
        if (at[c.ordinal()] >= 0) {
          repeated.add(label[i]);
        }
        taken[i] = c;
        at[c.ordinal()] = i;
      }
      for (Column c : COLUMNS) {
        int i = at[c.ordinal()];
        if (i > 0) {
          labels[c.ordinal()] = label[i];
          fetch[c.ordinal()] = fetch(meta.getColumnType(i), meta.getColumnTypeName(i));
        }
      }
      StringJoiner misspelled = new StringJoiner(", ");
      for (int i : unknown) {
        String name = label[i];
        Optional<String> near = Column.nearMiss(name).filter(m -> at[Column.forHeader(m).orElseThrow().ordinal()] < 0);
        if (near.isPresent()) {
          misspelled.add("'" + name + "' → '" + near.get() + "'");
        } else if (!name.isBlank()) {
          ignored.add(name.strip());
        }
      }
      if (misspelled.length() > 0) {
        return fileRejected(RejectReason.MISSPELLED_COLUMN, "", misspelled.toString());
      }
      StringJoiner missing = new StringJoiner(", ");
      for (Column c : COLUMNS) {
        if (c.required && at[c.ordinal()] < 0) {
          missing.add(c.names[0] + " (" + c.names[1] + ")");
        }
      }
      if (missing.length() > 0) {
        return fileRejected(RejectReason.MISSING_COLUMN, missing.toString(), missing.toString());
      }
      if (!repeated.isEmpty()) {
        return fileRejected(RejectReason.DUPLICATE_COLUMN, String.join(", ", repeated), String.join(", ", repeated));
      }
      return true;
    }

    private boolean fileRejected(RejectReason reason, String column, String detail) {
      if (strict) {
        throw new InvalidDossierRowException(source, 0, column, detail, reason);
      }
      firstDetail[reason.ordinal()] = detail;
      return false;
    }

    private Fetch fetch(int type, String typeName) {
      if ("timestamptz".equalsIgnoreCase(typeName)) {
        return Fetch.ZONED; // PostgreSQL's driver reports TIMESTAMP WITH TIME ZONE as TIMESTAMP
      }
      return switch (type) {
        case Types.DATE -> Fetch.DATE;
        case Types.TIMESTAMP -> Fetch.TIMESTAMP;
        case Types.TIMESTAMP_WITH_TIMEZONE -> Fetch.ZONED;
        case Types.BOOLEAN, Types.BIT -> Fetch.BOOLEAN;
        case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Fetch.WHOLE;
        case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> Fetch.DECIMAL;
        default -> Fetch.TEXT;
      };
    }

    private void reject(RejectReason reason, Column column, String value) {
      if (strict) {
        throw new InvalidDossierRowException(source, rows, column == null ? "" : labels[column.ordinal()], value,
            reason);
      }
      int r = reason.ordinal();
      if (rejected[r]++ == 0) {
        firstDetail[r] = DossierRowCheck.detail(column == null ? null : labels[column.ordinal()], value);
      }
      if (firstLines.get(r).size() < DossierLoad.FIRST_LINES) {
        firstLines.get(r).add(rows);
      }
    }

    private void flush() {
      DossierCounts chunk = builder.build().aggregate(query);
      counts = counts == null ? chunk : counts.merge(chunk);
      builder = DossierTable.builder(directory, chunkRows);
    }

    private DossierLoad load() {
      List<DossierLoad.Rejection> list = new ArrayList<>();
      for (RejectReason r : RejectReason.values()) {
        if (rejected[r.ordinal()] > 0 || r.rejectsFile() && firstDetail[r.ordinal()] != null) {
          list.add(new DossierLoad.Rejection(r, rejected[r.ordinal()], firstLines.get(r.ordinal()),
              firstDetail[r.ordinal()]));
        }
      }
      if (query == null) {
        return new DossierLoad(source, builder.build(), rows, list, null, ignored);
      }
      flush();
      return new DossierLoad(source, DossierTable.builder(directory, 0).build(), rows, list, counts, ignored);
    }
  }
}
