package io.github.cchc.reporting;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with typed columns and rows of exact cells. Every row has one cell per column, and every cell fits its
 * column's type ({@link Cell#fits(ColumnType)}); both are checked when the table is built. A table without rows is
 * valid and is shown as "không có dữ liệu".
 *
 * <pre>{@code
 * Table table = Table.builder("Tỷ lệ hồ sơ đúng hạn")
 *     .column("Đơn vị", ColumnType.TEXT)
 *     .column("Tỷ lệ", ColumnType.PERCENT)
 *     .row(Cell.text("Sở Tư pháp"), Cell.percent(new BigDecimal("98.5")))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Table implements Block {

  private final String title;
  private final List<Column> columns;
  private final List<Row> rows;
  private final Optional<String> note;

  private Table(String title, List<Column> columns, List<Row> rows, Optional<String> note) {
    this.title = title;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.note = note;
  }

  /**
   * Returns a builder for a table with the given title.
   *
   * @param title the title, not blank; it also names the CSV file and the spreadsheet sheet
   * @return the builder
   * @throws IllegalArgumentException if the title is blank
   */
  public static Builder builder(String title) {
    return new Builder(Texts.nonBlank(title, "table title"));
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the columns.
   *
   * @return the columns, at least one
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * Returns the rows.
   *
   * @return the rows, possibly none
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the note shown under the table, such as the source of the figures.
   *
   * @return the note
   */
  public Optional<String> note() {
    return note;
  }

  /**
   * Tells whether the table has no rows.
   *
   * @return true if there are no rows
   */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Table t
        && title.equals(t.title) && columns.equals(t.columns) && rows.equals(t.rows) && note.equals(t.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, columns, rows, note);
  }

  @Override
  public String toString() {
    return "Table[" + title + ", " + columns.size() + " columns, " + rows.size() + " rows]";
  }

  /** Builds a {@link Table}. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private Optional<String> note = Optional.empty();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Adds a column.
     *
     * @param header the header, not blank
     * @param type the type
     * @return this builder
     * @throws IllegalArgumentException if the header is blank
     */
    public Builder column(String header, ColumnType type) {
      columns.add(Column.of(header, type));
      return this;
    }

    /**
     * Adds a column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder column(Column column) {
      columns.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Adds a data row.
     *
     * @param cells the cells, one per column
     * @return this builder
     */
    public Builder row(Cell... cells) {
      return row(Row.of(Arrays.asList(cells)));
    }

    /**
     * Adds a row.
     *
     * @param row the row
     * @return this builder
     */
    public Builder row(Row row) {
      rows.add(Objects.requireNonNull(row, "row"));
      return this;
    }

    /**
     * Adds rows.
     *
     * @param rows the rows
     * @return this builder
     */
    public Builder rows(List<Row> rows) {
      rows.forEach(this::row);
      return this;
    }

    /**
     * Sets the note shown under the table.
     *
     * @param note the note
     * @return this builder
     */
    public Builder note(String note) {
      this.note = Optional.of(Texts.nfc(note, "note")).filter(n -> !n.isBlank());
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws io.github.cchc.core.error.ModelRuleException if there is no column, a row's width differs from the number
     *     of columns, or a
     *     cell does not fit its column's type
     */
    public Table build() {
      if (columns.isEmpty()) {
        throw Errors.rule(ModelRuleException.Kind.REPORT_TABLE, title, "Bảng '" + title + "' không có cột",
            "Table '" + title + "' has no columns");
      }
      for (int r = 0; r < rows.size(); r++) {
        List<Cell> cells = rows.get(r).cells();
        if (cells.size() != columns.size()) {
          throw Errors.rule(ModelRuleException.Kind.REPORT_TABLE, title,
              "Bảng '" + title + "', dòng " + (r + 1) + ": " + cells.size() + " ô cho "
              + columns.size() + " cột", "Table '" + title + "', row " + (r + 1) + ": " + cells.size() + " cells for "
              + columns.size() + " columns");
        }
        for (int c = 0; c < cells.size(); c++) {
          Column column = columns.get(c);
          if (!cells.get(c).fits(column.type())) {
            throw Errors.rule(ModelRuleException.Kind.REPORT_TABLE, title,
                "Bảng '" + title + "', dòng " + (r + 1) + ", cột '" + column.header()
                + "': ô " + cells.get(c).type() + " trong cột " + column.type(), "Table '" + title + "', row "
                + (r + 1) + ", column '" + column.header() + "': a " + cells.get(c).type() + " cell in a "
                + column.type() + " column");
          }
        }
      }
      return new Table(title, columns, rows, note);
    }
  }
}
