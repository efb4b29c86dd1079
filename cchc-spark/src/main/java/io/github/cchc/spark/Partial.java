package io.github.cchc.spark;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.scoring.dossier.DossierCounts;
import java.io.Serializable;

/**
 * What one partition, or several merged, found: the counts of the accepted rows (in their portable form, none for a
 * partition without accepted rows), the rejected rows and the number of rows read.
 */
final class Partial implements Serializable {
  private static final long serialVersionUID = 1L;

  final DossierCounts.Portable counts;
  final RejectionTally rejections;
  final long rows;

  Partial(DossierCounts.Portable counts, RejectionTally rejections, long rows) {
    this.counts = counts;
    this.rejections = rejections;
    this.rows = rows;
  }

  DossierCounts counts(OrgDirectory directory) {
    return counts == null ? null : DossierCounts.of(directory, counts);
  }

  /** The sum of two partials: counts merged with {@link DossierCounts#merge}, rejections and rows added. */
  static Partial merge(Partial a, Partial b, OrgDirectory directory) {
    DossierCounts.Portable counts;
    if (a.counts == null || b.counts == null) {
      counts = a.counts == null ? b.counts : a.counts;
    } else {
      counts = a.counts(directory).merge(b.counts(directory)).portable();
    }
    return new Partial(counts, a.rejections.merge(b.rejections), a.rows + b.rows);
  }
}
