package io.github.cchc.benchmarks;

/**
 * The reference answer: one plain loop over the dataset's columns, written for clarity rather than speed. Every other
 * engine is checked against it. It is also timed, as the "hand-written loop" a user could write for one query.
 */
final class ColumnLoop {

  private ColumnLoop() {}

  /**
   * Counts every measure per unit and quarter, then rolls the units up to their provinces.
   *
   * @param d the dataset
   * @return the counts
   */
  static DossierCounts aggregate(NationalDataset d) {
    DossierCounts out = new DossierCounts(d);
    long[] c = out.unitArray();
    int[] lastDays = new int[StudyYear.QUARTERS];
    for (int q = 0; q < StudyYear.QUARTERS; q++) {
      lastDays[q] = StudyYear.lastDay(q);
    }
    for (int i = 0; i < d.size; i++) {
      int unit = d.unit[i];
      int received = d.received[i];
      int due = d.due[i];
      int finished = d.finished[i];
      int rq = StudyYear.quarterOf(received);
      if (rq >= 0) {
        c[DossierCounts.slot(unit, rq, Measure.RECEIVED)]++;
        switch (Channel.ofCode(d.channel[i])) {
          case ONLINE_FULL -> c[DossierCounts.slot(unit, rq, Measure.ONLINE_FULL)]++;
          case ONLINE_PARTIAL -> c[DossierCounts.slot(unit, rq, Measure.ONLINE_PARTIAL)]++;
          case POSTAL -> c[DossierCounts.slot(unit, rq, Measure.POSTAL)]++;
          case DIRECT -> { }
        }
        if ((d.flags[i] & NationalDataset.DIGITIZED) != 0) {
          c[DossierCounts.slot(unit, rq, Measure.DIGITIZED)]++;
        }
      }
      if (finished != NationalDataset.NOT_FINISHED) {
        int fq = StudyYear.quarterOf(finished);
        if (fq >= 0) {
          c[DossierCounts.slot(unit, fq, Measure.FINISHED)]++;
          if (finished <= due) {
            c[DossierCounts.slot(unit, fq, Measure.FINISHED_ON_TIME)]++;
          } else {
            c[DossierCounts.slot(unit, fq, Measure.FINISHED_LATE)]++;
            if ((d.flags[i] & NationalDataset.APOLOGY) != 0) {
              c[DossierCounts.slot(unit, fq, Measure.APOLOGY)]++;
            }
          }
        }
      }
      for (int q = 0; q < StudyYear.QUARTERS; q++) {
        int end = lastDays[q];
        if (isPendingOverdue(received, due, finished, end)) {
          c[DossierCounts.slot(unit, q, Measure.PENDING_OVERDUE)]++;
        }
      }
    }
    return out.rollUpFromUnits();
  }

  /**
   * Whether a dossier is pending and overdue at the end of a day: received by then, not finished by then, and due on
   * or before that day (at the day's end its due date has passed).
   */
  static boolean isPendingOverdue(int received, int due, int finished, int endDay) {
    return received <= endDay && due <= endDay && (finished == NationalDataset.NOT_FINISHED || finished > endDay);
  }
}
