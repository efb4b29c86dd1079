package io.github.cchc.scoring.dossier;

import java.util.Objects;

/** Thrown when a dossier id is added to a {@link DossierTable.Builder} a second time. */
public class DuplicateDossierException extends InvalidDossierException {
  private static final long serialVersionUID = 1L;

  private final String dossierId;

  /**
   * Creates the exception.
   *
   * @param dossierId the repeated id
   */
  public DuplicateDossierException(String dossierId) {
    super("Duplicate dossier id: '" + dossierId + "'");
    this.dossierId = Objects.requireNonNull(dossierId, "dossierId");
  }

  /**
   * Returns the repeated id.
   *
   * @return the dossier id
   */
  public String dossierId() {
    return dossierId;
  }
}
