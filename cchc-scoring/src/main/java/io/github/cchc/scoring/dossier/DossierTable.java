package io.github.cchc.scoring.dossier;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A columnar, in-memory table of procedure dossiers and the engine that aggregates them per unit and period.
 *
 * <p>Each dossier takes 19 bytes in primitive arrays: received, due and finished dates as epoch days (4 bytes each),
 * one byte of flags (channel, digitised, paid online, apology, late on the due day by the times, more than one
 * supplement request), the supplement count (2 bytes), and dictionary indexes of field and procedure (2 bytes each).
 * Rows are grouped by unit when the table is built, so the unit is not stored per row, and each unit's counters stay
 * in the processor's cache while its rows stream past. Dossier ids are used only while loading, to reject duplicates.
 * Times of day are reduced when loading to the one fact they decide: whether a dossier finished on its due day
 * finished after the due time.
 *
 * <p>Aggregation is a loop over the arrays. It can be split into row ranges whose partial results merge exactly:
 *
 * <pre>{@code
 * DossierTable.Builder b = DossierTable.builder(directory);
 * b.add(dossier);                                      // or b.append(row) with primitive values
 * DossierTable table = b.build();
 * DossierQuery q = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER);
 * DossierCounts perUnit = table.aggregate(q, 2);       // two threads
 * DossierCounts withAncestors = perUnit.rolledUp();    // every unit: its own plus its descendants'
 * perUnit.value(DossierIndicator.ON_TIME_RATE, "SL-XA-01", ReportPeriod.parse("2024Q1"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierTable {
  /** The finished day of a dossier that is not finished, for {@link Row#finishedDay(int)}. */
  public static final int PENDING = 1 << 30;

  static final int CHANNEL_MASK = 3;
  static final int DIGITIZED = 1 << 2;
  static final int PAID_ONLINE = 1 << 3;
  static final int APOLOGY = 1 << 4;
  static final int LATE_ON_DUE_DAY = 1 << 5;
  static final int MANY_SUPPLEMENTS = 1 << 6;

  // Days the table accepts: years 1000 to 9999, so that day arithmetic in the loop cannot overflow.
  static final int MIN_DAY = (int) LocalDate.of(1000, 1, 1).toEpochDay();
  static final int MAX_DAY = (int) LocalDate.of(9999, 12, 31).toEpochDay();

  private final OrgDirectory directory;
  private final int[] unitStart;
  private final int[] received;
  private final int[] due;
  private final int[] finished;
  private final byte[] flags;
  private final short[] supplements;
  private final char[] field;
  private final char[] procedure;
  private final List<String> fields;
  private final List<String> procedures;
  private final UnitIndex unitIndex;

  private DossierTable(OrgDirectory directory, int[] unitStart, int[] received, int[] due, int[] finished,
      byte[] flags, short[] supplements, char[] field, char[] procedure, List<String> fields,
      List<String> procedures) {
    this.directory = directory;
    this.unitStart = unitStart;
    this.received = received;
    this.due = due;
    this.finished = finished;
    this.flags = flags;
    this.supplements = supplements;
    this.field = field;
    this.procedure = procedure;
    this.fields = List.copyOf(fields);
    this.procedures = List.copyOf(procedures);
    this.unitIndex = new UnitIndex(directory);
  }

  /**
   * Returns a builder of a table whose units are those of a directory.
   *
   * @param directory the units dossiers may belong to
   * @return the builder
   */
  public static Builder builder(OrgDirectory directory) {
    return new Builder(directory, 1024);
  }

  /**
   * Returns a builder of a table whose units are those of a directory, sized for a number of dossiers.
   *
   * @param directory the units dossiers may belong to
   * @param expectedSize how many dossiers are expected; more may be added
   * @return the builder
   * @throws IllegalArgumentException if the expected size is negative
   */
  public static Builder builder(OrgDirectory directory, int expectedSize) {
    if (expectedSize < 0) {
      throw new IllegalArgumentException("Expected size cannot be negative: " + expectedSize);
    }
    return new Builder(directory, Math.max(16, expectedSize));
  }

  /**
   * Returns the number of dossiers.
   *
   * @return the size
   */
  public int size() {
    return received.length;
  }

  /**
   * Returns the directory whose units the table counts by.
   *
   * @return the directory
   */
  public OrgDirectory directory() {
    return directory;
  }

  /**
   * Returns the distinct fields, by dictionary index; index 0 is the empty field.
   *
   * @return the fields
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * Returns the distinct procedures, by dictionary index; index 0 is the empty procedure.
   *
   * @return the procedures
   */
  public List<String> procedures() {
    return procedures;
  }

  /**
   * Returns the number of dossiers of a unit.
   *
   * @param unitId the unit id
   * @return its dossiers
   * @throws io.github.cchc.core.error.UnknownReferenceException if the unit is not in the directory
   */
  public int sizeOf(String unitId) {
    directory.require(unitId);
    int u = unitIndex.byId.get(unitId);
    return unitStart[u + 1] - unitStart[u];
  }

  /**
   * Returns the bytes the columns take per dossier (19), not counting the small per-unit and dictionary arrays.
   *
   * @return bytes per dossier
   */
  public static int bytesPerDossier() {
    return 4 + 4 + 4 + 1 + 2 + 2 + 2;
  }

  /**
   * Aggregates every dossier on the calling thread.
   *
   * @param query the periods, profile and breakdown
   * @return the counts
   */
  public DossierCounts aggregate(DossierQuery query) {
    return aggregate(query, 0, size());
  }

  /**
   * Aggregates the dossiers of a row range, for splitting the work among threads or tasks; partial results combine
   * with {@link DossierCounts#merge(DossierCounts)}. Rows are ordered by unit, in directory order.
   *
   * @param query the periods, profile and breakdown
   * @param fromRow the first row, inclusive
   * @param toRow the last row, exclusive
   * @return the counts of the range
   * @throws IndexOutOfBoundsException if the range is not within 0 to {@link #size()}
   */
  public DossierCounts aggregate(DossierQuery query, int fromRow, int toRow) {
    Objects.requireNonNull(query, "query");
    Objects.checkFromToIndex(fromRow, toRow, size());
    Window w = new Window(query.periods());
    int stride = w.periods * DossierCounts.K + DossierCounts.K;
    int p766 = query.profile() == DossierProfile.PROFILE_766 ? 1 : 0;
    int units = directory.size();
    long[] cells = new long[units * stride];
    Map<DossierCounts.UnitField, long[]> byField = new HashMap<>();
    if (fromRow < toRow) {
      if (query.byField()) {
        aggregateByField(fromRow, toRow, w, stride, p766, cells, byField);
      } else {
        accumulate(fromRow, toRow, cells, w, stride, p766);
      }
      for (int u = 0; u < units; u++) {
        DossierCounts.finish(cells, u * stride, w.periods);
      }
    }
    return new DossierCounts(directory, unitIndex, query, cells, byField);
  }

  /**
   * Aggregates every dossier in equal row ranges on several threads, and merges the results. The threads come from a
   * pool the tables share, at most one per available processor, started once and left to end when idle; {@link
   * #aggregate(DossierQuery, Executor)} runs on a caller's executor instead.
   *
   * @param query the periods, profile and breakdown
   * @param threads the number of threads, 1 or more
   * @return the counts
   * @throws IllegalArgumentException if threads is less than 1
   * @throws IllegalStateException if the calling thread is interrupted
   */
  public DossierCounts aggregate(DossierQuery query, int threads) {
    Objects.requireNonNull(query, "query");
    if (threads < 1) {
      throw new IllegalArgumentException("Threads must be 1 or more: " + threads);
    }
    if (threads == 1) {
      return aggregate(query);
    }
    return aggregate(query, threads, SharedPool.EXECUTOR);
  }

  /**
   * Aggregates every dossier in row ranges run on an executor, and merges the results: one range per available
   * processor, at most one per 65,536 rows. The calling thread waits for the ranges and runs none of them.
   *
   * <pre>{@code
   * ExecutorService pool = Executors.newFixedThreadPool(4);   // the application's own
   * DossierCounts counts = table.aggregate(query, pool);
   * }</pre>
   *
   * @param query the periods, profile and breakdown
   * @param executor runs the ranges
   * @return the counts
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a range
   * @throws IllegalStateException if the calling thread is interrupted
   */
  public DossierCounts aggregate(DossierQuery query, Executor executor) {
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), size() >> 16));
    return aggregate(query, parts, executor);
  }

  /**
   * Aggregates every dossier in a number of equal row ranges run on an executor, and merges the results. The calling
   * thread waits for the ranges and runs none of them.
   *
   * @param query the periods, profile and breakdown
   * @param parts the number of row ranges, 1 or more
   * @param executor runs the ranges
   * @return the counts
   * @throws IllegalArgumentException if parts is less than 1
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a range
   * @throws IllegalStateException if the calling thread is interrupted
   */
  public DossierCounts aggregate(DossierQuery query, int parts, Executor executor) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(executor, "executor");
    if (parts < 1) {
      throw new IllegalArgumentException("Parts must be 1 or more: " + parts);
    }
    List<CompletableFuture<DossierCounts>> futures = new ArrayList<>();
    int n = size();
    for (int t = 0; t < parts; t++) {
      int from = (int) ((long) n * t / parts);
      int to = (int) ((long) n * (t + 1) / parts);
      futures.add(CompletableFuture.supplyAsync(() -> aggregate(query, from, to), executor));
    }
    try {
      DossierCounts total = null;
      for (CompletableFuture<DossierCounts> f : futures) {
        DossierCounts part = f.get();
        total = total == null ? part : total.merge(part);
      }
      return total;
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(false));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while aggregating dossiers", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Aggregating dossiers failed: " + cause, cause);
    }
  }

  /**
   * The threads {@link #aggregate(DossierQuery, int)} runs on: at most one per available processor, made when first
   * needed and ended after a minute idle; ranges beyond them wait their turn.
   */
  private static final class SharedPool {
    static final Executor EXECUTOR;

    static {
      int n = Runtime.getRuntime().availableProcessors();
      ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
          task -> {
            Thread t = new Thread(task, "cchc-dossier-aggregate");
            t.setDaemon(true);
            return t;
          });
      pool.allowCoreThreadTimeOut(true);
      EXECUTOR = pool;
    }
  }

  /** The lookup tables that map an epoch day to a period index, clamped at both ends of the query's window. */
  static final class Window {
    final int periods;
    final int firstDayMinusOne;
    final int last;
    // inPeriod: index of the period holding the day, or `periods` (a scratch slot) outside the window.
    final int[] inPeriod;
    // endIndex: index of the first period whose last day is on or after the day (0 before, `periods` after).
    final int[] endIndex;

    Window(List<ReportPeriod> list) {
      this.periods = list.size();
      int first = (int) list.get(0).firstDay().toEpochDay();
      int days = (int) (list.get(periods - 1).lastDay().toEpochDay() - first + 1);
      this.firstDayMinusOne = first - 1;
      this.last = days + 1;
      this.inPeriod = new int[days + 2];
      this.endIndex = new int[days + 2];
      inPeriod[0] = periods;
      endIndex[0] = 0;
      inPeriod[days + 1] = periods;
      endIndex[days + 1] = periods;
      int p = 0;
      for (int k = 0; k < days; k++) {
        while (list.get(p).lastDay().toEpochDay() < first + k) {
          p++;
        }
        inPeriod[k + 1] = p;
        endIndex[k + 1] = p;
      }
    }

    int slot(int day) {
      return Math.max(0, Math.min(day - firstDayMinusOne, last));
    }
  }

  private int unitOfRow(int row) {
    int lo = 0;
    int hi = unitStart.length - 2;
    while (lo < hi) { // the last unit whose start is at or before the row
      int mid = (lo + hi + 1) >>> 1;
      if (unitStart[mid] <= row) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  // Counters are packed 12 bits a lane into one long per period and side, so that a dossier costs two additions
  // instead of eight; a block of at most 4,095 rows cannot overflow a lane, and each block is unpacked into the
  // unit's counters. Received side, by received period: received, digitised, partly online, wholly online, postal
  // (direct is what remains). Finished side, by finished period: finished, late, late with apology. The increments
  // come from tables indexed by the flag byte (and, finished side, by the late-by-date bit).
  private static final int LANE = 12;
  private static final long LANE_MASK = (1L << LANE) - 1;
  private static final int BLOCK = (1 << LANE) - 1;
  private static final long[] RECEIVED_INCREMENT = new long[128];
  private static final long[][] FINISHED_INCREMENT = new long[2][256];

  static {
    for (int bits = 0; bits < 128; bits++) {
      int channel = bits & CHANNEL_MASK;
      RECEIVED_INCREMENT[bits] = 1L | (long) ((bits >>> 2) & 1) << LANE
          | (channel == 0 ? 0L : 1L << (LANE * (1 + channel)));
    }
    for (int profile = 0; profile < 2; profile++) {
      for (int index = 0; index < 256; index++) {
        int bits = index & 0x7F;
        int late = (index >>> 7) | ((bits >>> 5) & 1) | ((bits >>> 6) & profile);
        int apology = (bits >>> 4) & 1;
        FINISHED_INCREMENT[profile][index] = 1L | (long) late << LANE | (long) (late & apology) << (2 * LANE);
      }
    }
  }

  // The hot loop. Counters of a unit sit in `stride` consecutive longs: K per period and K more as a scratch slot
  // for days outside the window, so that no branch is needed for them. Pending-overdue is written as +1 at the first
  // period whose end sees the dossier overdue and -1 at the first period whose end sees it finished; finish() turns
  // these differences into counts.
  private void accumulate(int from, int to, long[] c, Window w, int stride, int p766) {
    final int[] rec = received;
    final int[] du = due;
    final int[] fin = finished;
    final byte[] fl = flags;
    final int[] in = w.inPeriod;
    final int[] end = w.endIndex;
    final int shift = w.firstDayMinusOne;
    final int last = w.last;
    final long[] recInc = RECEIVED_INCREMENT;
    final long[] finInc = FINISHED_INCREMENT[p766];
    final int periods = w.periods;
    final int k = DossierCounts.K;
    final long[] rw = new long[periods + 1];
    final long[] fw = new long[periods + 1];
    int u = unitOfRow(from);
    int row = from;
    while (row < to) {
      int stop = Math.min(unitStart[u + 1], to);
      int base = u * stride;
      while (row < stop) {
        int blockEnd = Math.min(stop, row + BLOCK);
        for (int i = row; i < blockEnd; i++) {
          int r = rec[i];
          int d = du[i];
          int f = fin[i];
          int bits = fl[i];
          rw[in[Math.max(0, Math.min(r - shift, last))]] += recInc[bits];
          int fs = Math.max(0, Math.min(f - shift, last));
          fw[in[fs]] += finInc[bits | (((d - f) >>> 31) << 7)];
          int overdueFrom = end[Math.max(0, Math.min(Math.max(r, d) - shift, last))];
          int overdueTo = end[fs];
          if (overdueFrom < overdueTo) {
            c[base + overdueFrom * k + DossierCounts.PENDING_OVERDUE]++;
            c[base + overdueTo * k + DossierCounts.PENDING_OVERDUE]--;
          }
        }
        unpack(rw, fw, c, base, periods);
        row = blockEnd;
      }
      u++;
    }
  }

  private static void unpack(long[] rw, long[] fw, long[] c, int base, int periods) {
    for (int p = 0; p < periods; p++) {
      long a = rw[p];
      long b = fw[p];
      if ((a | b) == 0) {
        continue;
      }
      int at = base + p * DossierCounts.K;
      long got = a & LANE_MASK;
      long partial = (a >>> (2 * LANE)) & LANE_MASK;
      long full = (a >>> (3 * LANE)) & LANE_MASK;
      long postal = (a >>> (4 * LANE)) & LANE_MASK;
      c[at + DossierCounts.RECEIVED] += got;
      c[at + DossierCounts.DIGITIZED] += (a >>> LANE) & LANE_MASK;
      c[at + DossierCounts.DIRECT] += got - partial - full - postal;
      c[at + DossierCounts.DIRECT + 1] += partial;
      c[at + DossierCounts.DIRECT + 2] += full;
      c[at + DossierCounts.DIRECT + 3] += postal;
      c[at + DossierCounts.FINISHED] += b & LANE_MASK;
      c[at + DossierCounts.LATE] += (b >>> LANE) & LANE_MASK;
      c[at + DossierCounts.APOLOGY_LATE] += (b >>> (2 * LANE)) & LANE_MASK;
    }
    Arrays.fill(rw, 0L);
    Arrays.fill(fw, 0L);
  }

  private void aggregateByField(int from, int to, Window w, int stride, int p766, long[] cells,
      Map<DossierCounts.UnitField, long[]> byField) {
    accumulate(from, to, cells, w, stride, p766);
    long[] local = new long[fields.size() * stride];
    boolean[] touched = new boolean[fields.size()];
    int[] touchedList = new int[fields.size()];
    int u = unitOfRow(from);
    int row = from;
    int k = DossierCounts.K;
    while (row < to) {
      int stop = Math.min(unitStart[u + 1], to);
      int count = 0;
      for (int i = row; i < stop; i++) {
        int fi = field[i];
        if (!touched[fi]) {
          touched[fi] = true;
          touchedList[count++] = fi;
        }
        int base = fi * stride;
        int r = received[i];
        int d = due[i];
        int f = finished[i];
        int bits = flags[i];
        int br = base + w.inPeriod[w.slot(r)] * k;
        local[br + DossierCounts.RECEIVED]++;
        local[br + DossierCounts.DIRECT + (bits & CHANNEL_MASK)]++;
        local[br + DossierCounts.DIGITIZED] += (bits >>> 2) & 1;
        int fs = w.slot(f);
        int bf = base + w.inPeriod[fs] * k;
        int late = ((d - f) >>> 31) | ((bits >>> 5) & 1) | ((bits >>> 6) & p766);
        local[bf + DossierCounts.FINISHED]++;
        local[bf + DossierCounts.LATE] += late;
        local[bf + DossierCounts.APOLOGY_LATE] += late & (bits >>> 4);
        int overdueFrom = w.endIndex[w.slot(Math.max(r, d))];
        int overdueTo = w.endIndex[fs];
        if (overdueFrom < overdueTo) {
          local[base + overdueFrom * k + DossierCounts.PENDING_OVERDUE]++;
          local[base + overdueTo * k + DossierCounts.PENDING_OVERDUE]--;
        }
      }
      for (int t = 0; t < count; t++) {
        int fi = touchedList[t];
        long[] part = Arrays.copyOfRange(local, fi * stride, (fi + 1) * stride);
        DossierCounts.finish(part, 0, w.periods);
        byField.merge(new DossierCounts.UnitField(u, fields.get(fi)), part, DossierCounts::addInto);
        Arrays.fill(local, fi * stride, (fi + 1) * stride, 0L);
        touched[fi] = false;
      }
      row = stop;
      u++;
    }
  }

  /**
   * One dossier as primitive values, for {@link Builder#append(Row)}: indexes from the builder's {@link
   * Builder#unitIndex(String)}, {@link Builder#fieldIndex(String)} and {@link Builder#procedureIndex(String)}, dates
   * as epoch days ({@link LocalDate#toEpochDay()}). A row is mutable and meant to be reused, one value changed after
   * another; {@link #clear()} sets it back to a new row's values: no unit, no dates, not finished ({@link #PENDING}),
   * no channel, the empty field and procedure, every flag false, no supplement request.
   *
   * <p>A row is not thread-safe.
   */
  public static final class Row {
    static final int UNSET = Integer.MIN_VALUE;

    private int unit;
    private int field;
    private int procedure;
    private int receivedDay;
    private int dueDay;
    private int finishedDay;
    private Channel channel;
    private boolean digitized;
    private boolean paidOnline;
    private boolean apology;
    private int supplementRequests;
    private boolean lateOnDueDay;

    /** Creates a row with no values set. */
    public Row() {
      clear();
    }

    /**
     * Sets every value back to a new row's.
     *
     * @return this row
     */
    public Row clear() {
      unit = -1;
      field = 0;
      procedure = 0;
      receivedDay = UNSET;
      dueDay = UNSET;
      finishedDay = PENDING;
      channel = null;
      digitized = false;
      paidOnline = false;
      apology = false;
      supplementRequests = 0;
      lateOnDueDay = false;
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param index the unit's index, from {@link Builder#unitIndex(String)}
     * @return this row
     */
    public Row unit(int index) {
      this.unit = index;
      return this;
    }

    /**
     * Sets the field.
     *
     * @param index the field's index, from {@link Builder#fieldIndex(String)}; 0 for none
     * @return this row
     */
    public Row field(int index) {
      this.field = index;
      return this;
    }

    /**
     * Sets the procedure.
     *
     * @param index the procedure's index, from {@link Builder#procedureIndex(String)}; 0 for none
     * @return this row
     */
    public Row procedure(int index) {
      this.procedure = index;
      return this;
    }

    /**
     * Sets the day received.
     *
     * @param epochDay the day, years 1000 to 9999
     * @return this row
     */
    public Row receivedDay(int epochDay) {
      this.receivedDay = epochDay;
      return this;
    }

    /**
     * Sets the due day.
     *
     * @param epochDay the day, years 1000 to 9999
     * @return this row
     */
    public Row dueDay(int epochDay) {
      this.dueDay = epochDay;
      return this;
    }

    /**
     * Sets the day finished.
     *
     * @param epochDay the day, years 1000 to 9999, or {@link DossierTable#PENDING}
     * @return this row
     */
    public Row finishedDay(int epochDay) {
      this.finishedDay = epochDay;
      return this;
    }

    /**
     * Sets the channel.
     *
     * @param channel the channel
     * @return this row
     */
    public Row channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets whether the dossier was digitised.
     *
     * @param digitized true if so
     * @return this row
     */
    public Row digitized(boolean digitized) {
      this.digitized = digitized;
      return this;
    }

    /**
     * Sets whether the fee was paid online.
     *
     * @param paidOnline true if so
     * @return this row
     */
    public Row paidOnline(boolean paidOnline) {
      this.paidOnline = paidOnline;
      return this;
    }

    /**
     * Sets whether an apology letter was issued.
     *
     * @param apology true if so
     * @return this row
     */
    public Row apology(boolean apology) {
      this.apology = apology;
      return this;
    }

    /**
     * Sets how many times the applicant was asked to supplement the dossier.
     *
     * @param count 0 to 32767
     * @return this row
     */
    public Row supplementRequests(int count) {
      this.supplementRequests = count;
      return this;
    }

    /**
     * Sets whether the dossier was finished on its due day after the due time (both times known).
     *
     * @param late true if so
     * @return this row
     */
    public Row lateOnDueDay(boolean late) {
      this.lateOnDueDay = late;
      return this;
    }

    @Override
    public String toString() {
      return "Row[unit=" + unit + ", field=" + field + ", procedure=" + procedure + ", receivedDay="
          + (receivedDay == UNSET ? "unset" : receivedDay) + ", dueDay=" + (dueDay == UNSET ? "unset" : dueDay)
          + ", finishedDay=" + (finishedDay == PENDING ? "pending" : finishedDay) + ", channel=" + channel
          + ", digitized=" + digitized + ", paidOnline=" + paidOnline + ", apology=" + apology
          + ", supplementRequests=" + supplementRequests + ", lateOnDueDay=" + lateOnDueDay + "]";
    }
  }

  /**
   * Collects dossiers into columns. Dossiers come either as {@link Dossier} objects ({@link #add(Dossier)}), whose
   * ids are checked for duplicates, or as primitive values in a reusable {@link Row} ({@link #append(Row)}), the fast
   * path for generated data. {@link #build()} groups the rows by unit and forgets the ids; after it, every method that
   * adds or builds throws {@link IllegalStateException}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final OrgDirectory directory;
    private final Map<String, Integer> unitIndex;
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    private final Map<String, Integer> procedureIndex = new HashMap<>();
    private final List<String> fieldNames = new ArrayList<>();
    private final List<String> procedureNames = new ArrayList<>();
    private Set<String> ids = new HashSet<>();
    private int size;
    private int[] unit;
    private int[] received;
    private int[] due;
    private int[] finished;
    private byte[] flags;
    private short[] supplements;
    private char[] field;
    private char[] procedure;
    private boolean built;

    Builder(OrgDirectory directory, int capacity) {
      this.directory = Objects.requireNonNull(directory, "directory");
      List<OrgUnit> units = directory.units();
      this.unitIndex = new HashMap<>(units.size() * 2);
      for (int i = 0; i < units.size(); i++) {
        unitIndex.put(units.get(i).id(), i);
      }
      fieldIndex(""); // index 0: no field given
      procedureIndex("");
      unit = new int[capacity];
      received = new int[capacity];
      due = new int[capacity];
      finished = new int[capacity];
      flags = new byte[capacity];
      supplements = new short[capacity];
      field = new char[capacity];
      procedure = new char[capacity];
    }

    /**
     * Returns the index of a unit, for {@link Row#unit(int)}.
     *
     * @param unitId the unit id
     * @return the index of the unit in the directory
     * @throws io.github.cchc.core.error.UnknownReferenceException if the unit is not in the directory
     */
    public int unitIndex(String unitId) {
      Integer i = unitIndex.get(Objects.requireNonNull(unitId, "unitId"));
      if (i == null) {
        throw Errors.unknown(UnknownReferenceException.Kind.UNIT, unitId, unitIndex.keySet());
      }
      return i;
    }

    /**
     * Tells whether a unit is in the directory, returning its index.
     *
     * @param unitId the unit id
     * @return the index, or -1 if unknown
     */
    int unitIndexOrMinusOne(String unitId) {
      Integer i = unitIndex.get(unitId);
      return i == null ? -1 : i;
    }

    /**
     * Returns the dictionary index of a field, adding it if new.
     *
     * @param name the field, such as "Đất đai"; empty for none
     * @return the index
     * @throws IllegalStateException if more than 65,536 distinct fields are given, or the builder has been built
     */
    public int fieldIndex(String name) {
      checkOpen();
      return index(fieldIndex, fieldNames, Objects.requireNonNull(name, "name"), "fields");
    }

    /**
     * Returns the dictionary index of a procedure, adding it if new.
     *
     * @param name the procedure code or name; empty for none
     * @return the index
     * @throws IllegalStateException if more than 65,536 distinct procedures are given, or the builder has been built
     */
    public int procedureIndex(String name) {
      checkOpen();
      return index(procedureIndex, procedureNames, Objects.requireNonNull(name, "name"), "procedures");
    }

    private static int index(Map<String, Integer> map, List<String> names, String name, String what) {
      Integer i = map.get(name);
      if (i != null) {
        return i;
      }
      if (names.size() > Character.MAX_VALUE) {
        throw new IllegalStateException("More than " + (Character.MAX_VALUE + 1) + " distinct " + what + ": " + name);
      }
      map.put(name, names.size());
      names.add(name);
      return names.size() - 1;
    }

    /**
     * Adds a dossier.
     *
     * @param dossier the dossier
     * @return this builder
     * @throws io.github.cchc.core.error.UnknownReferenceException if its unit is not in the directory
     * @throws ModelRuleException if a dossier with the same id was added before, or a date is outside the years 1000
     *     to 9999
     * @throws IllegalStateException if the builder has been built
     */
    public Builder add(Dossier dossier) {
      Objects.requireNonNull(dossier, "dossier");
      checkOpen();
      int u = unitIndex(dossier.unitId());
      if (!ids.add(dossier.id())) {
        throw Errors.rule(ModelRuleException.Kind.DOSSIERS, dossier.id(), "Mã hồ sơ bị trùng: '" + dossier.id() + "'",
            "Duplicate dossier id: '" + dossier.id() + "'");
      }
      append(u, fieldIndex(dossier.field()), procedureIndex(dossier.procedure()), day(dossier.received()),
          day(dossier.due()), dossier.finished().map(Builder::day).orElse(PENDING), dossier.channel(),
          dossier.digitized(), dossier.paidOnline(), dossier.apology(), dossier.supplementRequests(),
          dossier.lateOnDueDay());
      return this;
    }

    private static int day(LocalDate date) {
      long d = date.toEpochDay();
      if (d < MIN_DAY || d > MAX_DAY) {
        throw Errors.rule(ModelRuleException.Kind.DOSSIERS, date.toString(),
            "Ngày ngoài phạm vi (năm 1000 đến 9999): " + date,
            "Date out of range (years 1000 to 9999): " + date);
      }
      return (int) d;
    }

    /**
     * Appends a dossier given as primitive values, without an id (no duplicate check): the fast path for data a
     * programme generates or has already checked. The row is copied; it can be changed and appended again.
     *
     * <pre>{@code
     * DossierTable.Row row = new DossierTable.Row();
     * b.append(row.unit(b.unitIndex("SL-MS-HH")).field(b.fieldIndex("Đất đai"))
     *     .receivedDay(received).dueDay(due).finishedDay(DossierTable.PENDING).channel(Channel.ONLINE_FULL)
     *     .digitized(true));
     * }</pre>
     *
     * @param row the dossier
     * @return this builder
     * @throws ModelRuleException if the unit, a date or the channel is not set, an index or a value is out of
     *     range, or it is finished before received
     * @throws IllegalStateException if the builder has been built
     */
    public Builder append(Row row) {
      Objects.requireNonNull(row, "row");
      checkOpen();
      if (row.unit < 0 || row.receivedDay == Row.UNSET || row.dueDay == Row.UNSET || row.channel == null) {
        throw Errors.rule(ModelRuleException.Kind.DOSSIERS, "",
            "Một dòng cần đơn vị, ngày tiếp nhận, ngày hẹn trả và kênh: " + row,
            "A row needs its unit, received and due days and channel: " + row);
      }
      return append(row.unit, row.field, row.procedure, row.receivedDay, row.dueDay, row.finishedDay, row.channel,
          row.digitized, row.paidOnline, row.apology, row.supplementRequests, row.lateOnDueDay);
    }

    private void checkOpen() {
      if (built) {
        throw new IllegalStateException("This builder has already built its table");
      }
    }

    // The one way a row enters the columns, from add, append(Row) and the readers.
    Builder append(int unit, int field, int procedure, int receivedDay, int dueDay, int finishedDay,
        Channel channel, boolean digitized, boolean paidOnline, boolean apology, int supplementRequests,
        boolean lateOnDueDay) {
      checkOpen();
      if (unit < 0 || unit >= unitIndex.size() || field < 0 || field >= fieldNames.size() || procedure < 0
          || procedure >= procedureNames.size()) {
        String at = "unit " + unit + ", field " + field + ", procedure " + procedure;
        throw Errors.rule(ModelRuleException.Kind.DOSSIERS, "", "Chỉ số ngoài phạm vi: " + at,
            "Index out of range: " + at);
      }
      if (receivedDay < MIN_DAY || receivedDay > MAX_DAY || dueDay < MIN_DAY || dueDay > MAX_DAY
          || finishedDay != PENDING && (finishedDay < MIN_DAY || finishedDay > MAX_DAY)) {
        String days = "received " + receivedDay + ", due " + dueDay + ", finished " + finishedDay;
        throw Errors.rule(ModelRuleException.Kind.DOSSIERS, "", "Ngày ngoài phạm vi (năm 1000 đến 9999): " + days,
            "Day out of range (years 1000 to 9999): " + days);
      }
      if (finishedDay != PENDING && finishedDay < receivedDay) {
        LocalDate done = LocalDate.ofEpochDay(finishedDay);
        LocalDate in = LocalDate.ofEpochDay(receivedDay);
        throw Errors.rule(ModelRuleException.Kind.DOSSIERS, "",
            "Giải quyết xong (" + done + ") trước khi tiếp nhận (" + in + ")",
            "Finished (" + done + ") before received (" + in + ")");
      }
      if (supplementRequests < 0 || supplementRequests > Short.MAX_VALUE) {
        throw Errors.rule(ModelRuleException.Kind.DOSSIERS, "",
            "Số lần yêu cầu bổ sung ngoài khoảng 0.." + Short.MAX_VALUE + ": " + supplementRequests,
            "Supplement requests out of range 0.." + Short.MAX_VALUE + ": " + supplementRequests);
      }
      if (size == this.received.length) {
        grow();
      }
      int i = size++;
      this.unit[i] = unit;
      this.field[i] = (char) field;
      this.procedure[i] = (char) procedure;
      this.received[i] = receivedDay;
      this.due[i] = dueDay;
      this.finished[i] = finishedDay;
      this.supplements[i] = (short) supplementRequests;
      this.flags[i] = (byte) (channel.ordinal()
          | (digitized ? DIGITIZED : 0)
          | (paidOnline ? PAID_ONLINE : 0)
          | (apology ? APOLOGY : 0)
          | (lateOnDueDay && finishedDay == dueDay ? LATE_ON_DUE_DAY : 0)
          | (supplementRequests > 1 ? MANY_SUPPLEMENTS : 0));
      return this;
    }

    private void grow() {
      int n = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16L, received.length * 2L));
      if (n <= received.length) {
        throw new IllegalStateException("Too many dossiers for one table: " + received.length);
      }
      unit = Arrays.copyOf(unit, n);
      received = Arrays.copyOf(received, n);
      due = Arrays.copyOf(due, n);
      finished = Arrays.copyOf(finished, n);
      flags = Arrays.copyOf(flags, n);
      supplements = Arrays.copyOf(supplements, n);
      field = Arrays.copyOf(field, n);
      procedure = Arrays.copyOf(procedure, n);
    }

    /**
     * Returns the number of dossiers added so far.
     *
     * @return the size
     */
    public int size() {
      return size;
    }

    /**
     * Builds the table, grouping the rows by unit in directory order (keeping their order within a unit), and drops
     * the ids kept for the duplicate check. The builder cannot be used afterwards.
     *
     * @return the table
     * @throws IllegalStateException if the builder has been built
     */
    public DossierTable build() {
      checkOpen();
      built = true;
      ids = null;
      int units = unitIndex.size();
      int[] start = new int[units + 1];
      for (int i = 0; i < size; i++) {
        start[unit[i] + 1]++;
      }
      for (int u = 0; u < units; u++) {
        start[u + 1] += start[u];
      }
      int[] position = new int[size];
      int[] next = Arrays.copyOf(start, units);
      for (int i = 0; i < size; i++) {
        position[i] = next[unit[i]]++;
      }
      unit = null;
      int[] r = new int[size];
      int[] d = new int[size];
      int[] f = new int[size];
      for (int i = 0; i < size; i++) {
        int p = position[i];
        r[p] = received[i];
        d[p] = due[i];
        f[p] = finished[i];
      }
      received = null;
      due = null;
      finished = null;
      byte[] fl = new byte[size];
      short[] s = new short[size];
      char[] fi = new char[size];
      char[] pr = new char[size];
      for (int i = 0; i < size; i++) {
        int p = position[i];
        fl[p] = flags[i];
        s[p] = supplements[i];
        fi[p] = field[i];
        pr[p] = procedure[i];
      }
      flags = null;
      supplements = null;
      field = null;
      procedure = null;
      return new DossierTable(directory, start, r, d, f, fl, s, fi, pr, fieldNames, procedureNames);
    }
  }
}
