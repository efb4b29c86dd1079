package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The dossier source options of {@code indicators}: a file or {@code --jdbc} with {@code --sql}. Reading from a real
 * database is tested in cchc-integration-tests.
 */
class IndicatorsJdbcOptionsTest {
  private static final String ORG = Path.of("..", "docs", "examples", "org-dong-thap-2024.json").toString();

  private static void assertUsageError(Run run, String text) {
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains(text), run.toString());
    assertEquals(1, run.err().strip().lines().count(), run.toString());
  }

  @Test
  void without_a_file_or_jdbc_the_command_says_which_is_missing() {
    assertUsageError(Run.of("indicators", "--org", ORG, "--period", "2024", "--lang", "en"),
        "missing the dossier file DOSSIERS.csv or --jdbc URL");
    assertUsageError(Run.of("indicators", "--org", ORG, "--period", "2024"),
        "thiếu tệp hồ sơ DOSSIERS.csv hoặc --jdbc URL");
  }

  @Test
  void a_file_and_jdbc_together_are_refused() {
    assertUsageError(Run.of("indicators", "ho-so.csv", "--jdbc", "jdbc:postgresql://localhost/x", "--sql", "SELECT 1",
        "--org", ORG, "--period", "2024", "--lang", "en"), "one dossier source only");
  }

  @Test
  void jdbc_needs_sql_and_sql_needs_jdbc() {
    assertUsageError(Run.of("indicators", "--jdbc", "jdbc:postgresql://localhost/x", "--org", ORG, "--period", "2024",
        "--lang", "en"), "--jdbc needs --sql QUERY");
    assertUsageError(Run.of("indicators", "ho-so.csv", "--sql", "SELECT 1", "--org", ORG, "--period", "2024",
        "--lang", "en"), "--sql and --user go with --jdbc only");
  }

  @Test
  void a_url_no_driver_takes_is_one_line_and_exit_2_without_a_driver_class() {
    Run run = Run.of("indicators", "--jdbc", "jdbc:nosuchdatabase://localhost/x?password=secret", "--sql", "SELECT 1",
        "--org", ORG, "--period", "2024", "--lang", "en");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
    assertEquals("cchc: SQL: cannot connect to the database (SQLSTATE 08001)", run.err().strip());
    assertTrue(!run.err().contains("secret") && !run.err().contains("Exception"), run.toString());
  }

  @Test
  void a_password_option_does_not_exist() {
    Run run = Run.of("indicators", "--jdbc", "jdbc:postgresql://localhost/x", "--password", "secret", "--sql",
        "SELECT 1", "--org", ORG, "--period", "2024", "--lang", "en");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--password"), run.toString());
    assertTrue(!run.err().contains("secret"), run.toString());
  }
}
