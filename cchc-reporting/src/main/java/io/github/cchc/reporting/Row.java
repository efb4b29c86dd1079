package io.github.cchc.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table row: its kind and its cells, one per column.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind
 * @param cells the cells
 */
public record Row(RowKind kind, List<Cell> cells) {

  /**
   * Creates a row.
   *
   * @param kind the kind
   * @param cells the cells
   */
  public Row {
    Objects.requireNonNull(kind, "kind");
    cells = List.copyOf(cells);
  }

  /**
   * Creates a data row.
   *
   * @param cells the cells
   * @return the row
   */
  public static Row of(Cell... cells) {
    return new Row(RowKind.DATA, Arrays.asList(cells));
  }

  /**
   * Creates a data row.
   *
   * @param cells the cells
   * @return the row
   */
  public static Row of(List<Cell> cells) {
    return new Row(RowKind.DATA, cells);
  }

  /**
   * Creates a group heading row.
   *
   * @param cells the cells
   * @return the row
   */
  public static Row group(Cell... cells) {
    return new Row(RowKind.GROUP, Arrays.asList(cells));
  }

  /**
   * Creates a total row.
   *
   * @param cells the cells
   * @return the row
   */
  public static Row total(Cell... cells) {
    return new Row(RowKind.TOTAL, Arrays.asList(cells));
  }
}
