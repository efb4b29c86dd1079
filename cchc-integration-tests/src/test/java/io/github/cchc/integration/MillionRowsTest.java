package io.github.cchc.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierJdbcReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import io.github.cchc.scoring.dossier.RejectReason;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A million dossiers in a PostgreSQL table give exactly what the same rows give from a CSV file. */
class MillionRowsTest {
  private static final long ROWS = 1_000_000;
  private static final String SQL = "SELECT * FROM million ORDER BY seq";
  private static final OrgDirectory DIRECTORY = DossierData.directory();
  private static final DossierQuery QUERY = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER);

  private static Path csv;
  private static DossierLoad fromCsv;

  @BeforeAll
  static void load() throws Exception {
    csv = Files.createTempFile("million-", ".csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      DossierData.writeCsv(ROWS, w);
    }
    try (Connection c = TestPostgres.shared().connect()) {
      DossierData.copy(c, "million", ROWS);
    }
    fromCsv = DossierCsvReader.of(DIRECTORY).aggregate(csv, QUERY);
  }

  @AfterAll
  static void delete() throws IOException {
    Files.deleteIfExists(csv);
  }

  private static DossierJdbcReader reader() {
    return DossierJdbcReader.of(DIRECTORY).channelCodes(DossierData.CODES)
        .column(Column.PAID_ONLINE, "paid_online").column(Column.SUPPLEMENT_REQUESTS, "supplement_requests");
  }

  @Test
  void aggregating_the_table_gives_exactly_the_counts_of_the_csv_file() {
    DossierLoad fromSql = reader().aggregate(TestPostgres.shared().dataSource(), SQL, QUERY);
    DossierCounts expected = fromCsv.counts().orElseThrow();
    assertEquals(expected, fromSql.counts().orElseThrow());
    assertEquals(ROWS, fromSql.rowsRead());
    assertEquals(fromCsv.rowsRejected(), fromSql.rowsRejected());
    assertEquals(List.of("seq"), fromSql.ignoredColumns());
  }

  @Test
  void reading_the_table_into_a_table_gives_the_same_counts() {
    DossierLoad fromSql = reader().read(TestPostgres.shared().dataSource(), SQL);
    assertEquals(ROWS - fromCsv.rowsRejected(), fromSql.table().size());
    assertEquals(fromCsv.counts().orElseThrow(), fromSql.table().aggregate(QUERY));
  }

  @Test
  void rejected_rows_have_the_reasons_of_the_csv_file_and_row_numbers_one_less_than_its_lines() {
    DossierLoad fromSql = reader().aggregate(TestPostgres.shared().dataSource(), SQL, QUERY);
    assertFalse(fromCsv.isClean());
    assertEquals(reasons(fromCsv), reasons(fromSql));
    for (DossierLoad.Rejection r : fromCsv.rejections()) {
      DossierLoad.Rejection s = fromSql.rejection(r.reason()).orElseThrow();
      assertEquals(r.rows(), s.rows(), r.reason().name());
      assertEquals(r.firstLines().stream().map(l -> l - 1).collect(Collectors.toList()), s.firstLines(),
          r.reason().name());
      if (r.reason() != RejectReason.UNKNOWN_CHANNEL) { // the file writes a word where the table has a code
        assertEquals(r.detail(), s.detail(), r.reason().name());
      }
    }
    assertTrue(fromSql.rejection(RejectReason.UNKNOWN_CHANNEL).orElseThrow().detail().contains("'9'"));
    for (RejectReason r : List.of(RejectReason.UNKNOWN_UNIT, RejectReason.MISSING_VALUE,
        RejectReason.DUE_BEFORE_RECEIVED, RejectReason.FINISHED_BEFORE_RECEIVED, RejectReason.BAD_VALUE,
        RejectReason.DUPLICATE_ID)) {
      assertTrue(fromSql.rejection(r).isPresent(), r.name());
    }
  }

  private static List<RejectReason> reasons(DossierLoad load) {
    return load.rejections().stream().map(DossierLoad.Rejection::reason).collect(Collectors.toList());
  }
}
