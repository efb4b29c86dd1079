package io.github.cchc.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * {@code cchc indicators --jdbc}, run as a user runs it: the shaded jar in a process of its own, with the password in
 * its environment.
 */
class CliJdbcTest {
  private static final int ROWS = 20_000;
  // The CLI reads channels as text: the same words as in the CSV file.
  private static final String SELECT = "SELECT id, unit, received, due, finished,"
      + " CASE channel WHEN 1 THEN 'DIRECT' WHEN 2 THEN 'ONLINE_PARTIAL' WHEN 3 THEN 'ONLINE_FULL'"
      + " WHEN 4 THEN 'POSTAL' ELSE channel::text END AS channel, digitized, \"paidOnline\", \"supplementRequests\""
      + " FROM ho_so_cli ORDER BY n";

  private static TestPostgres server;

  @TempDir
  static Path dir;

  @BeforeAll
  static void table() throws SQLException, IOException {
    server = TestPostgres.shared();
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS ho_so_cli");
      s.execute(DossierData.CREATE_TABLE.replace("ho_so", "ho_so_cli"));
      c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ho_so_cli FROM STDIN", DossierData.copy(ROWS));
    }
    Files.writeString(dir.resolve("org.json"), DossierData.ORG_JSON, StandardCharsets.UTF_8);
    try (InputStream in = DossierData.csv(ROWS)) {
      Files.copy(in, dir.resolve("ho-so.csv"));
    }
  }

  private record Result(int exit, String out, String err) {}

  private static Result cchc(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Path jar = Path.of("..", "cchc-cli", "target", "cchc.jar").toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(jar), "the command-line jar is built before this module: " + jar);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("CCHC_JDBC_PASSWORD");
    pb.environment().putAll(env);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "cchc finished");
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String[] indicators(String... source) {
    List<String> a = new ArrayList<>(List.of("indicators"));
    a.addAll(List.of(source));
    a.addAll(List.of("--org", "org.json", "--period", "2024Q1", "--rollup", "--format", "json", "--lang", "en"));
    return a.toArray(String[]::new);
  }

  @Test
  void indicators_from_a_query_are_those_from_the_csv_file_of_the_same_rows() throws Exception {
    Result csv = cchc(Map.of(), indicators("ho-so.csv"));
    Result sql = cchc(Map.of("CCHC_JDBC_PASSWORD", TestPostgres.PASSWORD),
        indicators("--jdbc", server.url(), "--user", TestPostgres.USER, "--sql", SELECT));
    assertEquals(1, csv.exit(), csv.err()); // the generated rows include rejected ones
    assertEquals(csv.exit(), sql.exit(), sql.err());
    // The same figures; the rejected rows' numbers are the file's lines less the header.
    String csvOut = csv.out().replaceAll("\"lines\" *: *\\[[^]]*]", "");
    String sqlOut = sql.out().replaceAll("\"lines\" *: *\\[[^]]*]", "");
    assertTrue(csvOut.contains("\"rowsRejected\""), csv.out());
    assertEquals(csvOut, sqlOut);
  }

  @Test
  void a_wrong_password_is_one_clear_line_and_exit_2() throws Exception {
    Result r = cchc(Map.of("CCHC_JDBC_PASSWORD", "wrong-password"),
        indicators("--jdbc", server.url(), "--user", TestPostgres.USER, "--sql", SELECT));
    assertEquals(2, r.exit(), r.err());
    assertEquals("cchc: SQL: the database refused the user name or password (SQLSTATE 28P01)\n",
        r.err().replace("\r\n", "\n"));
    assertFalse(r.err().contains("wrong-password"));
    assertEquals("", r.out());

    Result vi = cchc(Map.of("CCHC_JDBC_PASSWORD", "wrong-password"), "indicators", "--jdbc", server.url(), "--user",
        TestPostgres.USER, "--sql", SELECT, "--org", "org.json", "--period", "2024");
    assertEquals(2, vi.exit());
    assertEquals("cchc: SQL: cơ sở dữ liệu từ chối tên người dùng hoặc mật khẩu (SQLSTATE 28P01)\n",
        vi.err().replace("\r\n", "\n"));
  }

  @Test
  void the_password_is_no_option() throws Exception {
    Result r = cchc(Map.of(), indicators("--jdbc", server.url(), "--password", "x", "--sql", SELECT));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--password"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
