package io.github.cchc.scoring.dossier;

/**
 * Thrown by a strict {@link DossierCsvReader} when the header lacks a required column; the message names the missing
 * columns in English and Vietnamese.
 */
public class MissingColumnException extends InvalidDossierRowException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file or stream name
   * @param columns the missing columns
   */
  public MissingColumnException(String source, String columns) {
    super(source, 1, columns, columns, RejectReason.MISSING_COLUMN);
  }
}
