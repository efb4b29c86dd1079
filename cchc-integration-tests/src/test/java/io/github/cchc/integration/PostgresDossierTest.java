package io.github.cchc.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierIndicator;
import io.github.cchc.scoring.dossier.DossierJdbcReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.RejectReason;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/** Dossiers read from a real PostgreSQL server give what the same rows give from a CSV file. */
class PostgresDossierTest {
  private static final int MILLION = 1_000_000;
  private static final DossierQuery YEAR_BY_MONTH = DossierQuery.of(ReportPeriod.parse("2024"), ReportPeriod.Type.MONTH);

  private static TestPostgres server;

  @BeforeAll
  static void table() throws SQLException, IOException {
    server = TestPostgres.shared();
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS ho_so");
      s.execute(DossierData.CREATE_TABLE);
      long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ho_so FROM STDIN",
          DossierData.copy(MILLION));
      assertEquals(MILLION, copied);
      s.execute("ANALYZE ho_so");
    }
  }

  private static DossierJdbcReader reader() {
    return DossierJdbcReader.of(DossierData.DIR).channelCodes(DossierData.CODES);
  }

  // The CSV reader's lines are the result's rows plus one, the header being line 1.
  private static void assertSameRejections(DossierLoad csv, DossierLoad sql) {
    assertEquals(csv.rowsRead(), sql.rowsRead(), "rows read");
    assertEquals(csv.rowsRejected(), sql.rowsRejected(), "rows rejected");
    assertEquals(csv.rejections().size(), sql.rejections().size(), () -> csv.rejections() + " / " + sql.rejections());
    for (int i = 0; i < csv.rejections().size(); i++) {
      DossierLoad.Rejection c = csv.rejections().get(i);
      DossierLoad.Rejection s = sql.rejections().get(i);
      assertEquals(c.reason(), s.reason());
      assertEquals(c.rows(), s.rows(), c.reason().name());
      assertEquals(c.detail(), s.detail(), c.reason().name());
      assertEquals(c.firstLines(), s.firstLines().stream().map(n -> n + 1).toList(), c.reason().name());
    }
  }

  @Test
  void a_million_rows_by_copy_give_the_counts_and_rejections_of_the_csv_route() throws IOException {
    DossierLoad csv = DossierCsvReader.of(DossierData.DIR).aggregate(DossierData.csv(MILLION), "ho-so.csv",
        YEAR_BY_MONTH);
    DossierLoad sql = reader().aggregate(server.dataSource(), DossierData.SELECT, YEAR_BY_MONTH);

    DossierCounts counts = csv.counts().orElseThrow();
    assertEquals(counts, sql.counts().orElseThrow());
    assertSameRejections(csv, sql);
    assertEquals(MILLION, sql.rowsRead());
    assertEquals(Set.of(RejectReason.MISSING_VALUE, RejectReason.FINISHED_BEFORE_RECEIVED,
        RejectReason.UNKNOWN_UNIT, RejectReason.UNKNOWN_CHANNEL, RejectReason.BAD_VALUE, RejectReason.DUPLICATE_ID),
        sql.rejections().stream().map(DossierLoad.Rejection::reason).collect(Collectors.toSet()));
    assertEquals(List.of(5_003L, 10_006L, 15_009L), sql.rejection(RejectReason.MISSING_VALUE).orElseThrow()
        .firstLines().subList(0, 3));
    long received = counts.rolledUp().value(DossierIndicator.RECEIVED, "P", ReportPeriod.parse("2024-03"))
        .numerator();
    assertTrue(received > 70_000, "a month's dossiers: " + received);
  }

  @Test
  void a_million_rows_read_into_a_table_aggregate_as_read_while_streamed() {
    DossierLoad read = reader().read(server.dataSource(), DossierData.SELECT);
    DossierLoad streamed = reader().aggregate(server.dataSource(), DossierData.SELECT, YEAR_BY_MONTH);
    assertEquals(streamed.counts().orElseThrow(), read.table().aggregate(YEAR_BY_MONTH));
    assertEquals(streamed.rejections(), read.rejections());
    assertEquals(MILLION, read.table().size() + read.rowsRejected());
  }
}
