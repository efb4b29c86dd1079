package io.github.cchc.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.Channel;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierIndicator;
import io.github.cchc.scoring.dossier.DossierJdbcReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import io.github.cchc.scoring.dossier.DossierSqlException;
import io.github.cchc.scoring.dossier.InvalidDossierRowException;
import io.github.cchc.scoring.dossier.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/** The value forms, column mappings, rejections and failures of dossiers read from PostgreSQL. */
class JdbcValuesTest {
  private static TestPostgres server;

  /** Text cells with a bad row of each kind; the same bytes as a CSV file and as a table of text columns. */
  private static final String TEXT_ROWS = """
      id,unit,received,due,finished,channel,digitized,paidOnline,apology,supplementRequests
      H1,X1,2024-03-01,2024-03-10,2024-03-05,DIRECT,true,0,false,0
      H2,X1,2024-13-10,2024-03-10,,DIRECT,,,,
      H3,X1,30/02/2024,2024-03-10,,DIRECT,,,,
      H4,,2024-03-01,2024-03-10,,DIRECT,,,,
      H5,X1,2024-03-10,2024-03-01,,DIRECT,,,,
      H6,X1,2024-03-10,2024-03-20,2024-03-09,DIRECT,,,,
      H7,ZZ,2024-03-01,2024-03-10,,DIRECT,,,,
      H8,X2,2024-03-01,2024-03-10,,Fax,,,,
      H9,X2,2024-03-01,2024-03-10,,Trực tuyến toàn trình,maybe,,,
      H10,X2,2024-03-01,2024-03-10,,ONLINE_FULL,,,,-1
      H1,X2,2024-03-01,2024-03-10,,ONLINE_FULL,,,,
      H11,X2,05/03/2024 08:30,2024-03-10,2024-03-12 09:00,Trực tiếp,có,1,không,2
      """;

  @BeforeAll
  static void tables() throws SQLException, IOException {
    server = TestPostgres.shared();
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS ho_so_text");
      s.execute("CREATE TABLE ho_so_text (n serial, id text, unit text, received text, due text, finished text,"
          + " channel text, digitized text, \"paidOnline\" text, apology text, \"supplementRequests\" text)");
      c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ho_so_text (id, unit, received, due, finished, channel,"
          + " digitized, \"paidOnline\", apology, \"supplementRequests\") FROM STDIN WITH (FORMAT csv, HEADER true)",
          new ByteArrayInputStream(TEXT_ROWS.getBytes(StandardCharsets.UTF_8)));
    }
  }

  private static final String TEXT_SELECT = "SELECT id, unit, received, due, finished, channel, digitized,"
      + " \"paidOnline\", apology, \"supplementRequests\" FROM ho_so_text ORDER BY n";

  private static DossierJdbcReader reader() {
    return DossierJdbcReader.of(DossierData.DIR);
  }

  private static DossierLoad query(DossierJdbcReader reader, String sql) throws SQLException {
    try (Connection c = server.connect()) {
      return reader.read(c, sql);
    }
  }

  private static long received(DossierLoad load, String unit, String period) {
    return load.table().aggregate(DossierQuery.of(ReportPeriod.parse(period))).value(DossierIndicator.RECEIVED, unit,
        ReportPeriod.parse(period)).numerator();
  }

  @Test
  void rejected_rows_have_the_csv_readers_reasons_details_and_row_numbers() throws IOException {
    DossierLoad csv = DossierCsvReader.of(DossierData.DIR)
        .read(new ByteArrayInputStream(TEXT_ROWS.getBytes(StandardCharsets.UTF_8)), "ho-so.csv");
    DossierLoad sql = reader().read(server.dataSource(), TEXT_SELECT);

    assertEquals(12, sql.rowsRead());
    assertEquals(List.of(2L, 3L), sql.rejection(RejectReason.UNPARSEABLE_DATE).orElseThrow().firstLines());
    assertEquals("received = '2024-13-10'", sql.rejection(RejectReason.UNPARSEABLE_DATE).orElseThrow().detail());
    assertEquals(List.of(4L), sql.rejection(RejectReason.MISSING_VALUE).orElseThrow().firstLines());
    assertEquals(List.of(5L), sql.rejection(RejectReason.DUE_BEFORE_RECEIVED).orElseThrow().firstLines());
    assertEquals(List.of(6L), sql.rejection(RejectReason.FINISHED_BEFORE_RECEIVED).orElseThrow().firstLines());
    assertEquals(List.of(7L), sql.rejection(RejectReason.UNKNOWN_UNIT).orElseThrow().firstLines());
    assertEquals(List.of(8L), sql.rejection(RejectReason.UNKNOWN_CHANNEL).orElseThrow().firstLines());
    assertEquals(List.of(9L, 10L), sql.rejection(RejectReason.BAD_VALUE).orElseThrow().firstLines());
    assertEquals(List.of(11L), sql.rejection(RejectReason.DUPLICATE_ID).orElseThrow().firstLines());
    assertEquals(2, sql.table().size());

    assertEquals(csv.rowsRejected(), sql.rowsRejected());
    for (DossierLoad.Rejection c : csv.rejections()) {
      DossierLoad.Rejection s = sql.rejection(c.reason()).orElseThrow();
      assertEquals(c.rows(), s.rows());
      assertEquals(c.detail(), s.detail());
      assertEquals(c.firstLines(), s.firstLines().stream().map(n -> n + 1).toList());
    }
    DossierQuery q = DossierQuery.of(ReportPeriod.parse("2024Q1"));
    assertEquals(csv.table().aggregate(q), sql.table().aggregate(q));
  }

  @Test
  void strict_reading_throws_at_the_first_bad_row_naming_its_row_number() {
    InvalidDossierRowException e = assertThrows(InvalidDossierRowException.class,
        () -> reader().strict(true).read(server.dataSource(), TEXT_SELECT));
    assertEquals(2, e.line());
    assertEquals("received", e.column());
    assertEquals(RejectReason.UNPARSEABLE_DATE, e.reason());
    assertEquals("2024-13-10", e.value());
  }

  private static String oneRow(String received) {
    return "SELECT 'H1' AS id, 'X1' AS unit, " + received + " AS received, DATE '2024-03-20' AS due,"
        + " NULL AS finished, 'DIRECT' AS channel";
  }

  @Test
  void a_date_is_read_from_date_timestamp_and_text_columns() throws SQLException {
    for (String received : List.of("DATE '2024-02-29'", "TIMESTAMP '2024-02-29 20:00'", "'29/02/2024 20:00'",
        "'2024-02-29'::varchar")) {
      DossierLoad load = query(reader(), oneRow(received));
      assertTrue(load.isClean(), received + ": " + load);
      assertEquals(1, received(load, "X1", "2024-02"), received);
      assertEquals(0, received(load, "X1", "2024-03"), received);
    }
  }

  @Test
  void a_timestamp_with_time_zone_is_taken_at_the_time_of_day_in_viet_nam_whatever_the_sessions_zone()
      throws SQLException {
    for (String zone : List.of("UTC", "America/New_York", "Asia/Tokyo")) {
      try (Connection c = server.connect(); Statement s = c.createStatement()) {
        s.execute("SET TIME ZONE '" + zone + "'");
        // 20:00 UTC on 29 February is 03:00 on 1 March in Hà Nội (UTC+7).
        DossierLoad load = reader().read(c, oneRow("TIMESTAMPTZ '2024-02-29 20:00:00+00'"));
        assertTrue(load.isClean(), zone + ": " + load);
        assertEquals(1, received(load, "X1", "2024-03"), zone);
        assertEquals(0, received(load, "X1", "2024-02"), zone);
      }
    }
  }

  @Test
  void channel_codes_map_to_channels_and_an_unmapped_code_is_an_unknown_channel() throws SQLException {
    String sql = "SELECT 'H' || n AS id, 'X1' AS unit, DATE '2024-03-01' AS received, DATE '2024-03-10' AS due,"
        + " NULL::date AS finished, code AS channel FROM (VALUES (1, 1), (2, 2), (3, 3), (4, 3), (5, 9), (6, 4))"
        + " AS t(n, code) ORDER BY n";
    DossierLoad load = query(reader().channelCodes(DossierData.CODES), sql);
    DossierCounts.Row row = load.table().aggregate(DossierQuery.of(ReportPeriod.parse("2024-03"))).rows().stream()
        .filter(r -> r.unit().equals("X1")).findFirst().orElseThrow();
    assertEquals(5, row.received());
    assertEquals(1, row.direct());
    assertEquals(1, row.onlinePartial());
    assertEquals(2, row.onlineFull());
    assertEquals(1, row.postal());
    DossierLoad.Rejection r = load.rejection(RejectReason.UNKNOWN_CHANNEL).orElseThrow();
    assertEquals(List.of(5L), r.firstLines());
    assertEquals("channel = '9'", r.detail());

    DossierLoad text = query(reader().channelCodes(Map.of("tt", Channel.ONLINE_FULL)),
        "SELECT 'H1' AS id, 'X1' AS unit, DATE '2024-03-01' AS received, DATE '2024-03-10' AS due,"
            + " NULL AS finished, ' TT ' AS channel");
    assertTrue(text.isClean(), text.toString());
    assertEquals(1, text.table().aggregate(DossierQuery.of(ReportPeriod.parse("2024-03"))).rows().stream()
        .filter(x -> x.unit().equals("X1")).findFirst().orElseThrow().onlineFull());
  }

  @Test
  void yes_no_columns_read_booleans_zero_and_one_and_y_and_n() throws SQLException {
    String sql = "SELECT 'H' || n AS id, 'X1' AS unit, DATE '2024-03-01' AS received, DATE '2024-03-10' AS due,"
        + " NULL::date AS finished, 'DIRECT' AS channel, b AS digitized, i AS \"paidOnline\", y AS apology"
        + " FROM (VALUES (1, true, 1, 'Y'), (2, false, 0, 'n'), (3, NULL, NULL, NULL), (4, true, 1, ' y '),"
        + " (5, true, 2, 'Y'), (6, true, 1, 'X')) AS t(n, b, i, y) ORDER BY n";
    DossierLoad load = query(reader(), sql);
    assertEquals(4, load.table().size());
    DossierLoad.Rejection bad = load.rejection(RejectReason.BAD_VALUE).orElseThrow();
    assertEquals(List.of(5L, 6L), bad.firstLines());
    assertEquals("paidOnline = '2'", bad.detail());
    DossierCounts.Row row = load.table().aggregate(DossierQuery.of(ReportPeriod.parse("2024-03"))).rows().stream()
        .filter(r -> r.unit().equals("X1")).findFirst().orElseThrow();
    assertEquals(2, row.digitized());
  }

  @Test
  void columns_are_found_by_vietnamese_labels_by_an_explicit_name_or_by_position() throws SQLException {
    String vietnamese = "SELECT 'H1' AS \"Mã hồ sơ\", 'X1' AS \"ĐƠN VỊ\", DATE '2024-03-01' AS \"Ngày tiếp nhận\","
        + " DATE '2024-03-10' AS \"Ngày hẹn trả\", NULL AS \"Ngày hoàn thành\", 'DIRECT' AS \"Hình thức nộp\"";
    assertEquals(1, query(reader(), vietnamese).table().size());

    String own = "SELECT 'H1' AS ma_ho_so, 'X1' AS don_vi, DATE '2024-03-01' AS ngay_nhan, DATE '2024-03-10' AS due,"
        + " NULL AS finished, 'DIRECT' AS channel, 'note' AS ghi_chu";
    DossierLoad misspelled = query(reader(), own);
    assertTrue(misspelled.fileRejected());
    assertTrue(misspelled.rejection(RejectReason.MISSPELLED_COLUMN).orElseThrow().detail()
        .contains("'ma_ho_so' → 'mã hồ sơ'"), misspelled.toString());
    DossierLoad missing = query(reader(), "SELECT 'H1' AS id, 'X1' AS unit");
    assertEquals("received (ngày tiếp nhận), due (ngày hẹn trả), finished (ngày hoàn thành), channel (hình thức nộp)",
        missing.rejection(RejectReason.MISSING_COLUMN).orElseThrow().detail());
    DossierLoad named = query(reader().column(Column.ID, "MA_HO_SO").column(Column.UNIT, "don_vi")
        .column(Column.RECEIVED, "ngay_nhan"), own);
    assertEquals(1, named.table().size(), named.toString());
    assertEquals(List.of("ghi_chu"), named.ignoredColumns());

    String unnamed = "SELECT 'H1', 'X1', DATE '2024-03-01', DATE '2024-03-10', NULL, 'DIRECT'";
    DossierLoad positions = query(reader().column(Column.ID, 1).column(Column.UNIT, 2).column(Column.RECEIVED, 3)
        .column(Column.DUE, 4).column(Column.FINISHED, 5).column(Column.CHANNEL, 6), unnamed);
    assertEquals(1, positions.table().size(), positions.toString());
  }

  @Test
  void rows_of_a_wide_ignored_column_are_streamed_not_held() {
    // 60,000 rows of 20,000 characters are 1.2 GB, more than this JVM's heap (-Xmx1g): held at once, they would not
    // fit; streamed 1,000 at a time, they take 20 MB.
    String sql = "SELECT 'H' || n AS id, 'X1' AS unit, DATE '2024-03-01' AS received, DATE '2024-03-10' AS due,"
        + " NULL::date AS finished, 'DIRECT' AS channel, repeat('x', 20000) AS filler"
        + " FROM generate_series(1, 60000) AS n";
    assertTrue(Runtime.getRuntime().maxMemory() < 1_200_000_000L, "the heap is small enough for the check");
    DossierLoad load = reader().fetchSize(1_000).aggregate(server.dataSource(), sql,
        DossierQuery.of(ReportPeriod.parse("2024-03")));
    assertEquals(60_000, load.rowsRead());
    assertTrue(load.isClean());
    assertEquals(List.of("filler"), load.ignoredColumns());
  }

  @Test
  void a_wrong_password_is_one_database_error_naming_no_driver_class() {
    PGSimpleDataSource ds = server.dataSource();
    ds.setPassword("not-the-password");
    DossierSqlException e = assertThrows(DossierSqlException.class, () -> reader().read(ds, TEXT_SELECT));
    assertEquals("28P01", e.sqlState());
    assertEquals("SQL: the database refused the user name or password (SQLSTATE 28P01)", e.getMessage());
    assertEquals("SQL: cơ sở dữ liệu từ chối tên người dùng hoặc mật khẩu (SQLSTATE 28P01)",
        e.message(Locale.forLanguageTag("vi")));
    assertFalse(e.getMessage().contains("postgresql"));
  }

  @Test
  void a_bad_query_is_one_database_error() {
    DossierSqlException e = assertThrows(DossierSqlException.class,
        () -> reader().read(server.dataSource(), "SELECT * FROM no_such_table"));
    assertEquals("42P01", e.sqlState());
    assertTrue(e.getMessage().startsWith("SQL: the query is not valid"), e.getMessage());
  }

  @Test
  void a_data_source_connection_is_read_only_and_left_as_it_was() {
    DossierSqlException e = assertThrows(DossierSqlException.class, () -> reader().read(server.dataSource(),
        "INSERT INTO ho_so_text (id) VALUES ('written') RETURNING id, id AS unit"));
    assertEquals("25006", e.sqlState()); // read_only_sql_transaction
  }
}
