package io.github.cchc.spark;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The same counting as a typed {@link Aggregator}: the buffer is a {@link PartitionCounter.Run} that takes the rows
 * one at a time and becomes a {@link Partial} when Spark serialises it at the end of a partition. It is measured
 * beside {@code mapPartitions} (docs/performance.md) and not used by {@link SparkDossiers}, which the measurements
 * favoured.
 */
final class DossierAggregator extends Aggregator<Row, DossierAggregator.Buffer, DossierAggregator.Buffer> {
  private static final long serialVersionUID = 1L;

  private final PartitionCounter counter;
  private final Broadcast<Map<String, Long>> firstOfRepeated;

  DossierAggregator(PartitionCounter counter, Broadcast<Map<String, Long>> firstOfRepeated) {
    this.counter = counter;
    this.firstOfRepeated = firstOfRepeated;
  }

  /**
   * The rows counted so far: a running count, and what earlier runs came to. Public only because Spark's encoders
   * take public classes; the enclosing class is not.
   */
  public static final class Buffer implements Serializable {
    private static final long serialVersionUID = 1L;

    private Partial done;
    private transient PartitionCounter.Run run;
    private final PartitionCounter counter;
    private final Broadcast<Map<String, Long>> firsts;

    Buffer(PartitionCounter counter, Broadcast<Map<String, Long>> firsts) {
      this.counter = counter;
      this.firsts = firsts;
    }

    void add(Row row) {
      if (run == null) {
        run = counter.new Run(firsts);
      }
      run.add(row);
    }

    Partial partial() {
      if (run != null) {
        Partial p = run.finish();
        done = done == null ? p : Partial.merge(done, p, counter.directory());
        run = null;
      }
      return done == null ? new Partial(null, new RejectionTally(io.github.cchc.scoring.dossier.DossierLoad.FIRST_LINES), 0) : done;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      partial();
      out.defaultWriteObject();
    }
  }

  @Override
  public Buffer zero() {
    return new Buffer(counter, firstOfRepeated);
  }

  @Override
  public Buffer reduce(Buffer b, Row row) {
    b.add(row);
    return b;
  }

  @Override
  public Buffer merge(Buffer a, Buffer b) {
    Buffer m = new Buffer(counter, firstOfRepeated);
    m.done = Partial.merge(a.partial(), b.partial(), counter.directory());
    return m;
  }

  @Override
  public Buffer finish(Buffer b) {
    b.partial();
    return b;
  }

  @Override
  public Encoder<Buffer> bufferEncoder() {
    return Encoders.javaSerialization(Buffer.class);
  }

  @Override
  public Encoder<Buffer> outputEncoder() {
    return Encoders.javaSerialization(Buffer.class);
  }
}
