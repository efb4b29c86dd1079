package io.github.cchc.reporting;

import java.util.Objects;

/**
 * A column of a {@link Table}: its header and its type.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param header the header text, in NFC
 * @param type the type of its cells
 */
public record Column(String header, ColumnType type) {

  /**
   * Creates a column.
   *
   * @param header the header text, not blank
   * @param type the type
   * @throws IllegalArgumentException if the header is blank
   */
  public Column {
    header = Texts.nonBlank(header, "column header");
    Objects.requireNonNull(type, "type");
  }

  /**
   * Creates a column.
   *
   * @param header the header text, not blank
   * @param type the type
   * @return the column
   * @throws IllegalArgumentException if the header is blank
   */
  public static Column of(String header, ColumnType type) {
    return new Column(header, type);
  }
}
