package io.github.cchc.benchmarks;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic, synthetic national dataset in the two-tier model (after 1 July 2025): 34 provinces, 3,321
 * communes, about 20 departments per province, and N procedure dossiers received in {@link StudyYear#YEAR}, held as
 * columns of primitives that any engine can be fed from.
 *
 * <p>The names and counts per province are synthetic: only the totals (34 provinces, about 3,321 communes) follow the
 * national figures. The mixes are plausible, not official: about 40% of dossiers are submitted in person, 20% partly
 * and 35% fully online, 5% by post; about 4% finish late and 1% stall; those still open at the end of the year are
 * pending. The same size and seed always give the same data, the directory does not depend on the size.
 *
 * <p>Columns, index {@code i} for dossier {@code i}: {@link #unit} (index into {@link #unitIds}), {@link #received},
 * {@link #due}, {@link #finished} (epoch days; {@link #NOT_FINISHED} while pending), {@link #channel} (a {@link
 * Channel} ordinal), {@link #flags} ({@link #DIGITIZED}, {@link #PAID_ONLINE}, {@link #APOLOGY} bits), {@link
 * #supplements}, {@link #field} (index into {@link #FIELDS}) and {@link #procedure}. The arrays are shared, not
 * copied: callers must not change them.
 */
final class NationalDataset {

  /** The number of provinces after 1 July 2025. */
  static final int PROVINCES = 34;
  /** The number of commune-level units after 1 July 2025. */
  static final int COMMUNES = 3_321;
  /** The default number of dossiers. */
  static final int DEFAULT_DOSSIERS = 10_000_000;
  /** The default seed. */
  static final long DEFAULT_SEED = 20_260_101L;
  /** The finished day of a pending dossier. */
  static final int NOT_FINISHED = Integer.MIN_VALUE;
  /** Flag bit: the dossier was digitised. */
  static final int DIGITIZED = 1;
  /** Flag bit: fees were paid online. */
  static final int PAID_ONLINE = 2;
  /** Flag bit: an apology letter was issued. */
  static final int APOLOGY = 4;
  /** The fields (lĩnh vực) of the procedures, indexed by the field column. */
  static final List<String> FIELDS = nfc(List.of("Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng",
      "Đăng ký kinh doanh", "Việc làm", "Tư pháp", "Y tế"));

  private static final int[] FIELD_WEIGHTS = {30, 22, 14, 8, 9, 6, 6, 5};
  private static final int[] FIELD_PROCEDURE_BASE = {1001, 1101, 1201, 1301, 1401, 1501, 1601, 1701};
  private static final List<String> DEPARTMENTS = nfc(List.of(
      "Văn phòng Ủy ban nhân dân", "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Xây dựng", "Sở Công Thương",
      "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
      "Sở Văn hóa, Thể thao và Du lịch", "Thanh tra tỉnh", "Sở Ngoại vụ", "Sở Dân tộc và Tôn giáo",
      "Ban Quản lý các khu công nghiệp", "Ban Quản lý dự án đầu tư xây dựng", "Trung tâm Phục vụ hành chính công",
      "Ban Quản lý khu kinh tế", "Đài Phát thanh và Truyền hình", "Báo tỉnh", "Trường Chính trị",
      "Ban Quản lý di tích"));
  // Statutory processing times in calendar days and how often procedures of that length are filed.
  private static final int[] STATUTORY_DAYS = {1, 3, 5, 7, 10, 15, 20, 30};
  private static final int[] STATUTORY_WEIGHTS = {20, 25, 18, 12, 10, 8, 4, 3};

  final OrgDirectory directory;
  /** Unit ids, in directory order; the unit column indexes this. */
  final String[] unitIds;
  /** The province (0 to 33) of each unit, the province itself included. */
  final int[] provinceOfUnit;
  /** The unit index of each province. */
  final int[] provinceUnit;

  final int size;
  final long seed;
  final int[] unit;
  final int[] received;
  final int[] due;
  final int[] finished;
  final byte[] channel;
  final byte[] flags;
  final byte[] supplements;
  final byte[] field;
  final short[] procedure;

  private NationalDataset(int size, long seed, Directory dir) {
    this.size = size;
    this.seed = seed;
    this.directory = dir.directory;
    this.unitIds = dir.ids;
    this.provinceOfUnit = dir.provinceOfUnit;
    this.provinceUnit = dir.provinceUnit;
    this.unit = new int[size];
    this.received = new int[size];
    this.due = new int[size];
    this.finished = new int[size];
    this.channel = new byte[size];
    this.flags = new byte[size];
    this.supplements = new byte[size];
    this.field = new byte[size];
    this.procedure = new short[size];
  }

  /**
   * Generates the dataset.
   *
   * @param dossiers the number of dossiers, at least 1
   * @param seed the seed
   * @return the dataset
   * @throws IllegalArgumentException if {@code dossiers} is not positive
   */
  static NationalDataset generate(int dossiers, long seed) {
    if (dossiers < 1) {
      throw new IllegalArgumentException("The number of dossiers must be positive: " + dossiers);
    }
    Directory dir = Directory.generate(new SplittableRandom(seed));
    NationalDataset d = new NationalDataset(dossiers, seed, dir);
    // Fixed-size chunks, each with its own stream of the seed, so that the data do not depend on the thread count.
    int chunks = (dossiers + CHUNK - 1) / CHUNK;
    java.util.stream.IntStream.range(0, chunks).parallel().forEach(k -> d.fill(
        new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (k + 1))), dir, k * CHUNK,
        Math.min(dossiers, (k + 1) * CHUNK)));
    return d;
  }

  /** The number of units in the directory. */
  int unitCount() {
    return unitIds.length;
  }

  /** The province ids, in order. */
  String[] provinceIds() {
    String[] ids = new String[PROVINCES];
    for (int p = 0; p < PROVINCES; p++) {
      ids[p] = unitIds[provinceUnit[p]];
    }
    return ids;
  }

  private static final int CHUNK = 1 << 18;

  private void fill(SplittableRandom rnd, Directory dir, int from, int to) {
    int[] cumulative = dir.cumulativeWeight;
    int[] receiving = dir.receivingUnit;
    long totalWeight = cumulative[cumulative.length - 1];
    int start = StudyYear.start();
    int days = StudyYear.end() - start;
    int asOf = (int) StudyYear.AS_OF.toEpochDay();
    int fieldTotal = sum(FIELD_WEIGHTS);
    int statutoryTotal = sum(STATUTORY_WEIGHTS);
    for (int i = from; i < to; i++) {
      unit[i] = receiving[pick(cumulative, rnd.nextLong(totalWeight))];
      int day = start + rnd.nextInt(days);
      // Most offices are closed at weekends: nine in ten weekend draws move to the Monday after.
      DayOfWeek dow = LocalDate.ofEpochDay(day).getDayOfWeek();
      if (dow.getValue() >= 6 && rnd.nextInt(10) != 0) {
        day += 8 - dow.getValue();
        if (day >= start + days) {
          day = start + days - 1;
        }
      }
      received[i] = day;
      int statutory = STATUTORY_DAYS[pickWeighted(STATUTORY_WEIGHTS, rnd.nextInt(statutoryTotal))];
      int dueDay = day + statutory;
      due[i] = dueDay;
      int outcome = rnd.nextInt(1000);
      boolean late = outcome < 40;
      int done;
      if (late) {
        done = dueDay + 1 + rnd.nextInt(12);
      } else if (outcome < 50) {
        done = NOT_FINISHED; // stalled: never finished in the year
      } else {
        done = day + rnd.nextInt(statutory + 1);
      }
      if (done != NOT_FINISHED && done > asOf) {
        done = NOT_FINISHED;
      }
      finished[i] = done;
      int c = rnd.nextInt(100);
      Channel ch = c < 40 ? Channel.DIRECT : c < 60 ? Channel.ONLINE_PARTIAL : c < 95 ? Channel.ONLINE_FULL : Channel.POSTAL;
      channel[i] = (byte) ch.ordinal();
      int digitisedPercent = switch (ch) {
        case ONLINE_FULL -> 90;
        case ONLINE_PARTIAL -> 70;
        case DIRECT -> 45;
        case POSTAL -> 40;
      };
      int paidPercent = ch == Channel.ONLINE_FULL ? 60 : ch == Channel.ONLINE_PARTIAL ? 30 : 5;
      int f = 0;
      if (rnd.nextInt(100) < digitisedPercent) {
        f |= DIGITIZED;
      }
      if (rnd.nextInt(100) < paidPercent) {
        f |= PAID_ONLINE;
      }
      if (late && done != NOT_FINISHED && rnd.nextInt(100) < 55) {
        f |= APOLOGY;
      }
      flags[i] = (byte) f;
      int s = rnd.nextInt(100);
      supplements[i] = (byte) (s < 88 ? 0 : s < 97 ? 1 : 2);
      int fi = pickWeighted(FIELD_WEIGHTS, rnd.nextInt(fieldTotal));
      field[i] = (byte) fi;
      procedure[i] = (short) (FIELD_PROCEDURE_BASE[fi] + rnd.nextInt(60));
    }
  }

  /** The index of the first cumulative weight above the draw. */
  private static int pick(int[] cumulative, long draw) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > draw) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static int pickWeighted(int[] weights, int draw) {
    int acc = 0;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i];
      if (draw < acc) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int sum(int[] values) {
    int s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }

  private static List<String> nfc(List<String> texts) {
    return texts.stream().map(t -> Normalizer.normalize(t, Normalizer.Form.NFC)).toList();
  }

  /** The generated directory and the weights of the units that receive dossiers. */
  private static final class Directory {
    OrgDirectory directory;
    String[] ids;
    int[] provinceOfUnit;
    int[] provinceUnit;
    int[] receivingUnit;
    int[] cumulativeWeight;

    static Directory generate(SplittableRandom rnd) {
      LocalDate from = LocalDate.of(2025, 7, 1);
      int[] communes = communesPerProvince(rnd);
      List<OrgUnit> units = new ArrayList<>();
      List<Integer> province = new ArrayList<>();
      List<Integer> receiving = new ArrayList<>();
      List<Integer> weights = new ArrayList<>();
      int[] provinceUnit = new int[PROVINCES];
      for (int p = 0; p < PROVINCES; p++) {
        String pid = String.format("T%02d", p + 1);
        provinceUnit[p] = units.size();
        units.add(unit(pid, "Tỉnh " + String.format("%02d", p + 1), OrgKind.PROVINCE, null, from));
        province.add(p);
        int departments = 18 + rnd.nextInt(5); // 18 to 22, about 20
        for (int s = 0; s < departments; s++) {
          receiving.add(units.size());
          // Departments that run a one-stop desk receive more than the others.
          weights.add(10 + rnd.nextInt(31));
          units.add(unit(String.format("%s-S%02d", pid, s + 1), DEPARTMENTS.get(s), OrgKind.DEPARTMENT, pid, from));
          province.add(p);
        }
        for (int x = 0; x < communes[p]; x++) {
          receiving.add(units.size());
          weights.add(5 + rnd.nextInt(11));
          String kind = rnd.nextInt(4) == 0 ? "Phường " : "Xã ";
          units.add(unit(String.format("%s-X%03d", pid, x + 1), kind + String.format("%03d", x + 1),
              OrgKind.COMMUNE, pid, from));
          province.add(p);
        }
      }
      Directory d = new Directory();
      d.directory = OrgDirectory.of(units);
      d.ids = units.stream().map(OrgUnit::id).toArray(String[]::new);
      d.provinceOfUnit = province.stream().mapToInt(Integer::intValue).toArray();
      d.provinceUnit = provinceUnit;
      d.receivingUnit = receiving.stream().mapToInt(Integer::intValue).toArray();
      d.cumulativeWeight = new int[weights.size()];
      int acc = 0;
      for (int i = 0; i < weights.size(); i++) {
        acc += weights.get(i);
        d.cumulativeWeight[i] = acc;
      }
      return d;
    }

    /** Splits the national commune total over the provinces, in proportion to random sizes, summing exactly. */
    private static int[] communesPerProvince(SplittableRandom rnd) {
      int[] size = new int[PROVINCES];
      int total = 0;
      for (int p = 0; p < PROVINCES; p++) {
        size[p] = 50 + rnd.nextInt(121);
        total += size[p];
      }
      int[] count = new int[PROVINCES];
      int assigned = 0;
      for (int p = 0; p < PROVINCES; p++) {
        count[p] = (int) ((long) size[p] * COMMUNES / total);
        assigned += count[p];
      }
      for (int p = 0; assigned < COMMUNES; p = (p + 1) % PROVINCES) {
        count[p]++;
        assigned++;
      }
      return count;
    }

    private static OrgUnit unit(String id, String name, OrgKind kind, String parent, LocalDate from) {
      OrgUnit.Builder b = OrgUnit.builder()
          .id(id)
          .name(Normalizer.normalize(name, Normalizer.Form.NFC))
          .kind(kind)
          .validFrom(from);
      if (parent != null) {
        b.parent(parent);
      }
      return b.build();
    }
  }
}
