package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.ModelRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void aRowOfTheWrongWidthIsRefusedNamingTheRow() {
    Table.Builder builder = Table.builder("Bảng").column("A", ColumnType.TEXT).column("B", ColumnType.INTEGER)
        .row(Cell.text("x"), Cell.integer(1))
        .row(Cell.text("y"));
    ModelRuleException e = assertThrows(ModelRuleException.class, builder::build);
    assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    assertTrue(e.getMessage().contains("'Bảng'"), e.getMessage());
  }

  @Test
  void aCellOfAnotherTypeIsRefusedNamingTheColumn() {
    Table.Builder builder = Table.builder("Bảng").column("Ngày", ColumnType.DATE).row(Cell.integer(3));
    ModelRuleException e = assertThrows(ModelRuleException.class, builder::build);
    assertTrue(e.getMessage().contains("column 'Ngày'"), e.getMessage());
  }

  @Test
  void textAndEmptyCellsFitEveryColumnAndMixedTakesAll() {
    Table table = Table.builder("Bảng")
        .column("Ngày", ColumnType.DATE)
        .column("Giá trị", ColumnType.MIXED)
        .row(Cell.text("Thường xuyên"), Cell.percent(BigDecimal.TEN))
        .row(Cell.empty(), Cell.date(LocalDate.of(2024, 1, 1)))
        .build();
    assertEquals(2, table.rows().size());
  }

  @Test
  void aTableNeedsAColumnAndATitle() {
    assertThrows(ModelRuleException.class, () -> Table.builder("Bảng").build());
    assertThrows(IllegalArgumentException.class, () -> Table.builder("  "));
  }

  @Test
  void countWithShareKeepsTheExactShare() {
    Cell.CountWithShare cell = (Cell.CountWithShare) Cell.countWithShare(951, 1000, "hồ sơ");
    assertEquals(Optional.of(new BigDecimal("95.10")), cell.percent());
    assertEquals(Optional.empty(), ((Cell.CountWithShare) Cell.countWithShare(0, 0, "")).percent());
    assertThrows(IllegalArgumentException.class, () -> Cell.countWithShare(-1, 3, ""));
    assertThrows(IllegalArgumentException.class, () -> Cell.countWithShare(1, -3, ""));
  }

  @Test
  void textsAreKeptInNfc() {
    String decomposed = "Ho\u0302\u0300 so\u031b";
    Cell cell = Cell.text(decomposed);
    assertEquals("Hồ sơ", ((Cell.Text) cell).value());
  }

  @Test
  void reportListsTheTablesOfItsChartsInDocumentOrder() {
    Report report = SampleReports.full(ReportLocale.VIETNAMESE);
    assertEquals(6, report.tables().size());
    assertEquals("Biểu đồ: Tỷ lệ hồ sơ đúng hạn theo đơn vị", report.tables().get(2).title());
  }
}
