package io.github.cchc.benchmarks;

/**
 * The counts every engine computes per unit and quarter: the numerators and denominators of the {@code dossiers.*}
 * indicators. Rates are not compared: they are ratios of these counts, so equal counts give equal rates.
 */
enum Measure {
  /** Received in the quarter ({@code dossiers.received}). */
  RECEIVED("dossiers.received"),
  /** Received fully online ({@code dossiers.onlineFullRate} numerator). */
  ONLINE_FULL("dossiers.onlineFull"),
  /** Received partly online ({@code dossiers.onlinePartialRate} numerator). */
  ONLINE_PARTIAL("dossiers.onlinePartial"),
  /** Received by post ({@code dossiers.postalRate} numerator). */
  POSTAL("dossiers.postal"),
  /** Received and digitised ({@code dossiers.digitizedRate} numerator). */
  DIGITIZED("dossiers.digitized"),
  /** Finished in the quarter ({@code dossiers.finished}). */
  FINISHED("dossiers.finished"),
  /** Finished no later than due ({@code dossiers.finishedOnTime}). */
  FINISHED_ON_TIME("dossiers.finishedOnTime"),
  /** Finished after due ({@code dossiers.finishedLate}). */
  FINISHED_LATE("dossiers.finishedLate"),
  /** Finished late with an apology letter ({@code dossiers.apologyRate} numerator). */
  APOLOGY("dossiers.apology"),
  /** Not finished at the end of the quarter and due on or before its last day ({@code dossiers.pendingOverdue}). */
  PENDING_OVERDUE("dossiers.pendingOverdue");

  /** The number of measures. */
  static final int COUNT = values().length;

  private final String indicatorId;

  Measure(String indicatorId) {
    this.indicatorId = indicatorId;
  }

  /**
   * Returns the indicator id the count belongs to.
   *
   * @return an id such as {@code dossiers.received}
   */
  String indicatorId() {
    return indicatorId;
  }
}
