package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The column mapping of {@link DossierJdbcReader}, on a result set held in memory (the reader's work against a
 * real server is tested in cchc-integration-tests).
 */
class DossierJdbcMappingTest {

  private static final List<String> LABELS = List.of("id", "unit", "received", "due", "finished", "channel");

  /** A result set of text columns with the given labels and no rows. */
  private static ResultSet emptyResult() {
    ResultSetMetaData meta = (ResultSetMetaData) Proxy.newProxyInstance(
        DossierJdbcMappingTest.class.getClassLoader(), new Class<?>[] {ResultSetMetaData.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getColumnCount" -> LABELS.size();
          case "getColumnLabel", "getColumnName" -> LABELS.get((Integer) args[0] - 1);
          case "getColumnType" -> Types.VARCHAR;
          case "getColumnTypeName" -> "varchar";
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return (ResultSet) Proxy.newProxyInstance(
        DossierJdbcMappingTest.class.getClassLoader(), new Class<?>[] {ResultSet.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getMetaData" -> meta;
          case "next" -> false;
          case "getFetchSize" -> 0;
          case "setFetchSize", "close" -> null;
          case "isClosed" -> false;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void the_columns_own_names_need_no_mapping() {
    DossierLoad load = DossierJdbcReader.of(Fixtures.DIR).strict(true).read(emptyResult(), "q");

    assertEquals(0, load.rowsRead());
  }

  @Test
  void an_optional_column_mapped_to_a_position_past_the_result_is_refused_not_left_out() {
    DossierJdbcReader reader = DossierJdbcReader.of(Fixtures.DIR).strict(true).column(Column.DIGITIZED, 9);

    InvalidDossierRowException e =
        assertThrows(InvalidDossierRowException.class, () -> reader.read(emptyResult(), "q"));
    assertEquals(RejectReason.MISSING_COLUMN, e.reason());
    assertTrue(e.column().contains("digitized") && e.column().contains("#9"), e.column());
  }

  @Test
  void an_optional_column_mapped_to_a_name_the_result_lacks_is_refused_not_left_out() {
    DossierJdbcReader reader = DossierJdbcReader.of(Fixtures.DIR).strict(true).column(Column.APOLOGY, "xin_loi");

    InvalidDossierRowException e =
        assertThrows(InvalidDossierRowException.class, () -> reader.read(emptyResult(), "q"));
    assertEquals(RejectReason.MISSING_COLUMN, e.reason());
    assertTrue(e.column().contains("apology") && e.column().contains("'xin_loi'"), e.column());
  }
}
