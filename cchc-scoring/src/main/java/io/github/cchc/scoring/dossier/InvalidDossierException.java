package io.github.cchc.scoring.dossier;

/** Thrown when a dossier given to a {@link DossierTable.Builder} is inconsistent; the message names it and why. */
public class InvalidDossierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the dossier and what is wrong
   */
  public InvalidDossierException(String message) {
    super(message);
  }
}
