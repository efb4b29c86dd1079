package io.github.cchc.scoring.dossier;

import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorCatalog;

/**
 * The indicators computed from procedure dossiers, each with its id in the built-in {@link IndicatorCatalog}.
 *
 * <p>Received and the channel and digitisation rates count dossiers by received date; finished, on time, late and
 * the apology rate by finished date; pending-overdue counts, at the end of the period, the dossiers received and not
 * yet finished whose due date has passed.
 */
public enum DossierIndicator {
  /** Dossiers received in the period. */
  RECEIVED("dossiers.received"),
  /** Dossiers finished in the period. */
  FINISHED("dossiers.finished"),
  /** Dossiers finished in the period no later than their due date (and time, when both are known). */
  FINISHED_ON_TIME("dossiers.finishedOnTime"),
  /** Dossiers finished in the period after their due date, or counted late by the profile. */
  FINISHED_LATE("dossiers.finishedLate"),
  /** Dossiers not finished at the period's end whose due date is on or before its last day. */
  PENDING_OVERDUE("dossiers.pendingOverdue"),
  /** On-time finished over finished. */
  ON_TIME_RATE("dossiers.onTimeRate"),
  /** Handed in directly (in person, at the one-stop desk) over received. */
  DIRECT_RATE("dossiers.directRate"),
  /** Wholly online over received. */
  ONLINE_FULL_RATE("dossiers.onlineFullRate"),
  /** Partly online over received. */
  ONLINE_PARTIAL_RATE("dossiers.onlinePartialRate"),
  /** Postal over received. */
  POSTAL_RATE("dossiers.postalRate"),
  /** Digitised over received. */
  DIGITIZED_RATE("dossiers.digitizedRate"),
  /** Late dossiers with an apology letter over late finished. */
  APOLOGY_RATE("dossiers.apologyRate");

  private final String id;

  DossierIndicator(String id) {
    this.id = id;
  }

  /**
   * Returns the id in the catalogue.
   *
   * @return the id, such as {@code dossiers.received}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the indicator in the built-in catalogue.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return IndicatorCatalog.builtIn().require(id);
  }
}
