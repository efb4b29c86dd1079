package io.github.cchc.scoring.dossier;

import io.github.cchc.core.error.LocalizedError;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by a strict {@link DossierCsvReader} at the first bad row: names the source, the line, the column as the
 * header wrote it, the offending value (quoted cut with "…" when long) and the {@link RejectReason reason}, the same
 * reason a lenient read counts the row under. A header without a required column is reason {@link
 * RejectReason#MISSING_COLUMN} on line 1.
 *
 * <pre>
 * ho-so.csv, line 3, column 'due': the date does not exist: '2024-02-30'
 * ho-so.csv, dòng 3, cột 'due': ngày không tồn tại: '2024-02-30'
 * </pre>
 *
 * <p>It lives beside {@link RejectReason}, which it carries; the library's other errors are in {@link
 * io.github.cchc.core.error}. {@link #getMessage()} is the English line; {@link #message(Locale)} gives either.
 * Instances are created by the library only. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvalidDossierRowException extends IllegalArgumentException implements LocalizedError {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String column;
  private final String value;
  private final RejectReason reason;

  InvalidDossierRowException(String source, long line, String column, String value, RejectReason reason) {
    super(format(source, line, column, value, reason, Locale.ENGLISH));
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

  @Override
  public String message(Locale locale) {
    return "en".equals(locale.getLanguage()) ? getMessage() : format(source, line, column, value, reason, locale);
  }

  /** Values longer than this many characters are quoted cut, with "…". */
  private static final int QUOTE_LIMIT = 80;

  private static String format(String source, long line, String column, String value, RejectReason reason,
      Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    String shown = value.length() <= QUOTE_LIMIT ? value
        : value.substring(0, Character.isHighSurrogate(value.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT)
            + "…";
    return source + (en ? ", line " : ", dòng ") + line
        + (column.isEmpty() ? "" : (en ? ", column '" : ", cột '") + column + "'") + ": "
        + (en ? reason.labelEn() : reason.label()) + ": '" + shown + "'";
  }
}
