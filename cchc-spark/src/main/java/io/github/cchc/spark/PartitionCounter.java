package io.github.cchc.spark;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierLoad;
import io.github.cchc.scoring.dossier.DossierQuery;
import io.github.cchc.scoring.dossier.DossierRowCheck;
import io.github.cchc.scoring.dossier.DossierRowCheck.Column;
import io.github.cchc.scoring.dossier.DossierTable;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * The work of one partition on an executor: each row goes through the library's {@link DossierRowCheck}, the
 * accepted rows into a {@link DossierTable} a chunk at a time, each chunk aggregated with {@link
 * DossierTable#aggregate(DossierQuery)} and merged; the rejected rows are tallied by reason. Nothing of the rules is
 * here: only the moving of Spark's values into the check.
 */
final class PartitionCounter implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Column[] COLUMNS = Column.values();

  private final Broadcast<PortableDirectory> directory;
  private final QuerySpec query;
  private final DossierColumns columns;
  private final int position;
  private final String zone;
  private final int chunkRows;

  PartitionCounter(Broadcast<PortableDirectory> directory, QuerySpec query, DossierColumns columns, int position,
      String zone, int chunkRows) {
    this.directory = directory;
    this.query = query;
    this.columns = columns;
    this.position = position;
    this.zone = zone;
    this.chunkRows = chunkRows;
  }

  /** Counts a partition; a row whose id is in {@code firstOfRepeated} at another position is a duplicate. */
  Partial count(Iterator<Row> rows, Broadcast<Map<String, Long>> firstOfRepeated) {
    Run run = new Run(firstOfRepeated);
    while (rows.hasNext()) {
      run.add(rows.next());
    }
    return run.finish();
  }

  OrgDirectory directory() {
    return directory.value().get();
  }

  /** The counting of one sequence of rows, one row at a time. */
  final class Run {
    private final OrgDirectory dir = directory.value().get();
    private final DossierQuery q = query.query();
    private final long[] at = new long[1];
    private final DossierRowCheck check;
    private final RejectionTally tally = new RejectionTally(DossierLoad.FIRST_LINES);
    private final ZoneId z = ZoneId.of(zone);
    private final Object[] cells = new Object[COLUMNS.length];
    private DossierTable.Builder builder = DossierTable.builder(dir, 1024);
    private DossierCounts counts;
    private long read;

    Run(Broadcast<Map<String, Long>> firstOfRepeated) {
      Map<String, Long> first = firstOfRepeated == null ? Map.of() : firstOfRepeated.value();
      check = first.isEmpty() ? DossierRowCheck.create(id -> false)
          : DossierRowCheck.create(id -> {
            Long f = first.get(id);
            return f != null && f != at[0];
          });
    }

    void add(Row row) {
      read++;
      at[0] = row.getLong(position);
      fill(row, cells, z);
      Optional<DossierRowCheck.Rejected> r = check.check(cells, builder);
      if (r.isPresent()) {
        DossierRowCheck.Rejected x = r.get();
        Object id = cells[Column.ID.ordinal()];
        tally.add(x.reason(), at[0], id == null ? "" : DossierRowCheck.idKey(id),
            x.detail(x.column().map(c -> columns.names[c.ordinal()]).orElse("")));
      } else if (builder.size() == chunkRows) {
        flush();
      }
    }

    private void flush() {
      DossierCounts chunk = builder.build().aggregate(q);
      counts = counts == null ? chunk : counts.merge(chunk);
      builder = DossierTable.builder(dir, 1024);
    }

    Partial finish() {
      if (builder.size() > 0) {
        flush();
      }
      return new Partial(counts == null ? null : counts.portable(), tally, read);
    }
  }

  /** The ids and positions of the rows that pass every check but the duplicate check, as they are read. */
  Iterator<Tuple2<String, Long>> acceptedIds(Iterator<Row> rows) {
    OrgDirectory dir = directory.value().get();
    DossierRowCheck check = DossierRowCheck.create(id -> false);
    ZoneId z = ZoneId.of(zone);
    Object[] cells = new Object[COLUMNS.length];
    return new Iterator<>() {
      private DossierTable.Builder builder = DossierTable.builder(dir, 1024);
      private Tuple2<String, Long> next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          Row row = rows.next();
          fill(row, cells, z);
          if (check.check(cells, builder).isEmpty()) {
            next = new Tuple2<>(DossierRowCheck.idKey(cells[Column.ID.ordinal()]), row.getLong(position));
            if (builder.size() == 1024) {
              builder = DossierTable.builder(dir, 1024); // the rows are not kept, only their ids
            }
          }
        }
        return next != null;
      }

      @Override
      public Tuple2<String, Long> next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Tuple2<String, Long> t = next;
        next = null;
        return t;
      }
    };
  }

  private void fill(Row row, Object[] cells, ZoneId z) {
    for (int c = 0; c < cells.length; c++) {
      int i = columns.index[c];
      cells[c] = i < 0 || row.isNullAt(i) ? null : value(row.get(i), z);
    }
  }

  // Spark's external values as the row check takes them: dates as LocalDate, timestamps as LocalDateTime in the
  // session's time zone; text, booleans and numbers as they are.
  static Object value(Object v, ZoneId zone) {
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof Timestamp t) {
      return LocalDateTime.ofInstant(t.toInstant(), zone);
    }
    if (v instanceof Instant t) {
      return LocalDateTime.ofInstant(t, zone);
    }
    return v;
  }
}
