package io.github.cchc.scoring.dossier;

/** The rule that decides whether a finished dossier is late. */
public enum DossierProfile {
  /** Late means finished after the due date, or on the due date after its time when both times are known. */
  STANDARD,
  /**
   * As {@link #STANDARD}, and a dossier for which more than one supplement request was made also counts as late, as
   * the service-quality method 766/QĐ-TTg counts it.
   */
  PROFILE_766
}
