package io.github.cchc.spark;

import io.github.cchc.scoring.dossier.RejectReason;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows rejected for each reason, with the ids of the first ones and the detail of the very first, "first" by the
 * rows' positions in the dataset; tallies merge in any order into the same tally, as counts do.
 */
final class RejectionTally implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int REASONS = RejectReason.values().length;

  private final long[] rows = new long[REASONS];
  private final long[][] positions = new long[REASONS][];
  private final String[][] ids = new String[REASONS][];
  private final int[] kept = new int[REASONS];
  private final String[] detail = new String[REASONS];
  private final int sample;

  RejectionTally(int sample) {
    this.sample = sample;
  }

  void add(RejectReason reason, long position, String id, String firstDetail) {
    int r = reason.ordinal();
    rows[r]++;
    if (positions[r] == null) {
      positions[r] = new long[sample];
      ids[r] = new String[sample];
    }
    int n = kept[r];
    if (n == sample && position >= positions[r][n - 1]) {
      return;
    }
    int at = n;
    while (at > 0 && positions[r][at - 1] > position) {
      at--;
    }
    int move = Math.min(n, sample - 1) - at;
    if (move > 0) {
      System.arraycopy(positions[r], at, positions[r], at + 1, move);
      System.arraycopy(ids[r], at, ids[r], at + 1, move);
    }
    positions[r][at] = position;
    ids[r][at] = id;
    kept[r] = Math.min(n + 1, sample);
    if (at == 0) {
      detail[r] = firstDetail;
    }
  }

  /** Adds another tally into this one and returns this one. */
  RejectionTally merge(RejectionTally other) {
    for (int r = 0; r < REASONS; r++) {
      long total = rows[r] + other.rows[r];
      RejectReason reason = RejectReason.values()[r];
      for (int i = 0; i < other.kept[r]; i++) {
        // The detail travels with the first position only.
        add(reason, other.positions[r][i], other.ids[r][i], i == 0 ? other.detail[r] : null);
      }
      rows[r] = total;
    }
    return this;
  }

  long rows(RejectReason reason) {
    return rows[reason.ordinal()];
  }

  List<String> firstIds(RejectReason reason) {
    int r = reason.ordinal();
    return kept[r] == 0 ? List.of() : new ArrayList<>(Arrays.asList(ids[r]).subList(0, kept[r]));
  }

  String detail(RejectReason reason) {
    return detail[reason.ordinal()];
  }
}
