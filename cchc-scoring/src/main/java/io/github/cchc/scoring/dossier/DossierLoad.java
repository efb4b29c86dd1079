package io.github.cchc.scoring.dossier;

import io.github.cchc.core.finding.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of reading a dossier file: the table of the rows accepted and, for every reason rows were rejected, a
 * finding with the number of rows and the line numbers of the first ones. A file with a bad row is never taken as
 * clean: {@link #isClean()} is false and {@link #findings()} says which rows were left out and why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierLoad {
  /** How many line numbers are kept per reason. */
  public static final int FIRST_LINES = 10;

  /**
   * The rows rejected for one reason.
   *
   * @param reason the reason
   * @param rows how many rows (for a header problem: 0, the file is rejected)
   * @param firstLines the line numbers of the first ones, at most {@link DossierLoad#FIRST_LINES}
   * @param detail what was wrong, such as the missing columns or the first bad value
   */
  public record Rejection(RejectReason reason, long rows, List<Long> firstLines, String detail) {
    /** Checks the components. */
    public Rejection {
      Objects.requireNonNull(reason, "reason");
      firstLines = List.copyOf(firstLines);
      Objects.requireNonNull(detail, "detail");
    }
  }

  private final String source;
  private final DossierTable table;
  private final long rowsRead;
  private final Map<RejectReason, Rejection> rejections;
  private final DossierCounts counts;

  private final List<String> ignoredColumns;

  DossierLoad(String source, DossierTable table, long rowsRead, List<Rejection> rejections, DossierCounts counts,
      List<String> ignoredColumns) {
    this.ignoredColumns = List.copyOf(ignoredColumns);
    this.counts = counts;
    this.source = source;
    this.table = table;
    this.rowsRead = rowsRead;
    Map<RejectReason, Rejection> map = new EnumMap<>(RejectReason.class);
    rejections.forEach(r -> map.put(r.reason(), r));
    this.rejections = map;
  }

  /**
   * Returns the name of the file or stream.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the table of the accepted rows; empty if the file was rejected or aggregated while read.
   *
   * @return the table
   */
  public DossierTable table() {
    return table;
  }

  /**
   * Returns the counts of the accepted rows when the file was aggregated while it was read ({@link
   * DossierCsvReader#aggregate(java.nio.file.Path, DossierQuery)}).
   *
   * @return the counts, empty when the file was read into a table
   */
  public java.util.Optional<DossierCounts> counts() {
    return java.util.Optional.ofNullable(counts);
  }

  /**
   * Returns the header cells that name no column and were ignored, in file order: extra columns such as a row number
   * ({@code STT}) or notes. A header cell close to a column's name is not ignored: it rejects the file ({@link
   * RejectReason#MISSPELLED_COLUMN}).
   *
   * @return the ignored header cells, without surrounding spaces
   */
  public List<String> ignoredColumns() {
    return ignoredColumns;
  }

  /**
   * Returns the number of data rows read (accepted and rejected).
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
    return rejections.values().stream().mapToLong(Rejection::rows).sum();
  }

  /**
   * Tells whether the whole file was rejected for a header problem.
   *
   * @return true if no row was read
   */
  public boolean fileRejected() {
    return rejections.keySet().stream().anyMatch(RejectReason::rejectsFile);
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
    return List.copyOf(rejections.values());
  }

  /**
   * Returns the rejection for one reason.
   *
   * @param reason the reason
   * @return the rejection, or empty if no row was rejected for it
   */
  public java.util.Optional<Rejection> rejection(RejectReason reason) {
    return java.util.Optional.ofNullable(rejections.get(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Returns one error finding per reason, naming the number of rows and their first line numbers.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    for (Rejection r : rejections.values()) {
      String lines = r.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
          + (r.rows() > r.firstLines().size() ? ", …" : "");
      String path = source + (r.firstLines().isEmpty() ? "" : ":" + r.firstLines().get(0));
      if (r.reason().rejectsFile()) {
        out.add(Finding.error(path, r.reason().ruleId(),
            "Tệp bị từ chối: " + r.reason().label() + ": " + r.detail(),
            "File rejected: " + r.reason().labelEn() + ": " + r.detail()));
      } else {
        out.add(Finding.error(path, r.reason().ruleId(),
            r.rows() + " dòng bị loại: " + r.reason().label() + " (dòng " + lines + "; đầu tiên: " + r.detail() + ")",
            r.rows() + " rows rejected: " + r.reason().labelEn() + " (lines " + lines + "; first: " + r.detail()
                + ")"));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "DossierLoad[" + source + ": " + rowsRead + " rows read, " + rowsRejected() + " rejected]";
  }
}
