package io.github.cchc.scoring.dossier;

import java.util.Objects;

/**
 * Thrown by a strict {@link DossierCsvReader} at the first bad row: names the source, the line, the column as the
 * header wrote it, the offending value and the reason.
 */
public class InvalidDossierRowException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;
  private final String value;
  private final RejectReason reason;

  /**
   * Creates the exception.
   *
   * @param source the file or stream name
   * @param line the line number, 1 for the header
   * @param column the column as the header names it, empty if the problem is the row as a whole
   * @param value the offending value
   * @param reason the reason
   */
  public InvalidDossierRowException(String source, long line, String column, String value, RejectReason reason) {
    super(source + ", line " + line + (column.isEmpty() ? "" : ", column '" + column + "'") + ": " + reason.labelEn()
        + ": '" + value + "'");
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = Objects.requireNonNull(column, "column");
    this.value = Objects.requireNonNull(value, "value");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the file or stream name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line number (the header is line 1).
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column, as the header names it.
   *
   * @return the column, empty for the row as a whole
   */
  public String column() {
    return column;
  }

  /**
   * Returns the offending value.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the reason.
   *
   * @return the reason
   */
  public RejectReason reason() {
    return reason;
  }
}
