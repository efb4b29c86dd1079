package io.github.cchc.spark;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.RejectReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link SparkDossiers#aggregate} computed from a dataset of dossiers: the counts of the accepted rows per unit
 * and period, as {@link io.github.cchc.scoring.dossier.DossierTable#aggregate} gives them, and, for every reason rows
 * were rejected, the number of rows, the ids of the first ones and the first offending value, in the words of the
 * CSV reader. "First" is by the rows' order in the dataset (for files: the order of the files and of the rows in
 * them).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierAggregation {

  /**
   * The rows rejected for one reason.
   *
   * @param reason the reason
   * @param rows how many rows (for a missing or repeated column: 0, the dataset is rejected)
   * @param firstIds the dossier ids of the first ones, at most {@link io.github.cchc.scoring.dossier.DossierLoad#FIRST_LINES}
   *     (an empty id for a row without one)
   * @param detail what was wrong, such as the missing columns or the first bad value
   */
  public record Rejection(RejectReason reason, long rows, List<String> firstIds, String detail) {
    /** Checks the components. */
    public Rejection {
      Objects.requireNonNull(reason, "reason");
      firstIds = List.copyOf(firstIds);
      Objects.requireNonNull(detail, "detail");
    }
  }

  private final String source;
  private final DossierCounts counts;
  private final long rowsRead;
  private final List<Rejection> rejections;

  DossierAggregation(String source, DossierCounts counts, long rowsRead, List<Rejection> rejections) {
    this.source = source;
    this.counts = counts;
    this.rowsRead = rowsRead;
    this.rejections = List.copyOf(rejections);
  }

  /**
   * Returns the name of the dataset in findings.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the counts of the accepted rows, per unit (each unit its own dossiers).
   *
   * @return the counts
   */
  public DossierCounts counts() {
    return counts;
  }

  /**
   * Returns the counts rolled up the hierarchy, as {@link DossierCounts#rolledUp()}: each unit with every unit
   * below it.
   *
   * @return the rolled-up counts
   */
  public DossierCounts rolledUp() {
    return counts.rolledUp();
  }

  /**
   * Returns the number of rows read, accepted and rejected.
   *
   * @return the rows read
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns the number of rows rejected.
   *
   * @return the rejected rows
   */
  public long rowsRejected() {
    return rejections.stream().mapToLong(Rejection::rows).sum();
  }

  /**
   * Tells whether the whole dataset was rejected for a missing or repeated column.
   *
   * @return true if no row was read
   */
  public boolean fileRejected() {
    return rejections.stream().anyMatch(r -> r.reason().rejectsFile());
  }

  /**
   * Tells whether every row was accepted.
   *
   * @return true if nothing was rejected
   */
  public boolean isClean() {
    return rejections.isEmpty();
  }

  /**
   * Returns the rejections, in the order of the reasons.
   *
   * @return the rejections
   */
  public List<Rejection> rejections() {
    return rejections;
  }

  /**
   * Returns the rejection for one reason.
   *
   * @param reason the reason
   * @return the rejection, or empty if no row was rejected for it
   */
  public Optional<Rejection> rejection(RejectReason reason) {
    Objects.requireNonNull(reason, "reason");
    return rejections.stream().filter(r -> r.reason() == reason).findFirst();
  }

  /**
   * Returns one error finding per reason, with the CSV reader's rule ids and words, naming the first rows by their
   * dossier ids instead of line numbers.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    for (Rejection r : rejections) {
      if (r.reason().rejectsFile()) {
        out.add(Finding.error(source, r.reason().ruleId(),
            "Tệp bị từ chối: " + r.reason().label() + ": " + r.detail(),
            "File rejected: " + r.reason().labelEn() + ": " + r.detail()));
      } else {
        String ids = r.firstIds().stream().map(id -> id.isEmpty() ? "''" : id).collect(Collectors.joining(", "))
            + (r.rows() > r.firstIds().size() ? ", …" : "");
        out.add(Finding.error(source, r.reason().ruleId(),
            r.rows() + " dòng bị loại: " + r.reason().label() + " (mã hồ sơ " + ids + "; đầu tiên: " + r.detail()
                + ")",
            r.rows() + " rows rejected: " + r.reason().labelEn() + " (ids " + ids + "; first: " + r.detail() + ")"));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "DossierAggregation[" + source + ": " + rowsRead + " rows read, " + rowsRejected() + " rejected]";
  }
}
