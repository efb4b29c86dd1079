package io.github.cchc.integration;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCsvReader;
import io.github.cchc.scoring.dossier.DossierJdbcReader;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * A one-off measurement, not a test: rows per second of {@link DossierJdbcReader} from a local PostgreSQL server beside
 * {@link DossierCsvReader} from a file of the same rows, both reading into a table. It needs a server, so it is no
 * JMH benchmark; run it by hand (see docs/performance.md), never in the build.
 *
 * <p>Arguments: the number of rows (1,000,000 by default) and the rounds (3); the best round of each is printed.
 */
public final class JdbcThroughputMeasurement {
  private JdbcThroughputMeasurement() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    TestPostgres server = TestPostgres.shared();
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS ho_so");
      s.execute(DossierData.CREATE_TABLE);
      c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ho_so FROM STDIN", DossierData.copy(rows));
      s.execute("VACUUM ANALYZE ho_so");
    }
    Path csv = Files.createTempFile("ho-so-", ".csv");
    try (InputStream in = DossierData.csv(rows)) {
      Files.copy(in, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    DossierQuery query = DossierQuery.of(ReportPeriod.parse("2024"));
    long bestCsv = Long.MAX_VALUE;
    long bestSql = Long.MAX_VALUE;
    long check = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      DossierLoad a = DossierCsvReader.of(DossierData.DIR).expectedSize(rows).read(csv);
      long t1 = System.nanoTime();
      DossierLoad b = DossierJdbcReader.of(DossierData.DIR).channelCodes(DossierData.CODES).expectedSize(rows)
          .read(server.dataSource(), DossierData.SELECT);
      long t2 = System.nanoTime();
      bestCsv = Math.min(bestCsv, t1 - t0);
      bestSql = Math.min(bestSql, t2 - t1);
      check += a.table().aggregate(query).equals(b.table().aggregate(query)) ? 0 : 1;
    }
    Files.delete(csv);
    System.out.printf("rows %,d, best of %d rounds%n", rows, rounds);
    System.out.printf("CSV file  %,12d rows/s%n", rows * 1_000_000_000L / bestCsv);
    System.out.printf("JDBC      %,12d rows/s (fetch size %,d, localhost)%n", rows * 1_000_000_000L / bestSql,
        DossierJdbcReader.DEFAULT_FETCH_SIZE);
    System.out.println(check == 0 ? "same counts" : "COUNTS DIFFER");
  }
}
