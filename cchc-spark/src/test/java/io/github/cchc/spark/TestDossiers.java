package io.github.cchc.spark;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Generated dossiers for the tests, deterministic for a seed: a province with departments, districts and communes,
 * dossiers received from late 2023 to early 2025 over every channel, some finished late, some pending, and about one
 * row in eight bad in one of the ways the row checks reject. The same rows are written as CSV text (for the CSV
 * reader and for Spark's CSV source) and as typed Spark rows (for Parquet).
 */
final class TestDossiers {
  private TestDossiers() {}

  static final OrgDirectory DIRECTORY = directory();

  private static OrgUnit unit(String id, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name("Đơn vị " + id).kind(kind);
    return parent == null ? b.build() : b.parent(parent).build();
  }

  private static OrgDirectory directory() {
    List<OrgUnit> units = new ArrayList<>();
    units.add(unit("P", OrgKind.PROVINCE, null));
    units.add(unit("Q", OrgKind.PROVINCE, null));
    for (int s = 1; s <= 3; s++) {
      units.add(unit("P-S" + s, OrgKind.DEPARTMENT, "P"));
    }
    for (int d = 1; d <= 2; d++) {
      units.add(unit("P-D" + d, OrgKind.DISTRICT, "P"));
      for (int x = 1; x <= 3; x++) {
        units.add(unit("P-D" + d + "-X" + x, OrgKind.COMMUNE, "P-D" + d));
      }
    }
    units.add(unit("Q-X1", OrgKind.COMMUNE, "Q"));
    return OrgDirectory.of(units);
  }

  static final List<String> UNITS = DIRECTORY.units().stream().map(OrgUnit::id).toList();
  static final String[] CHANNELS = {"DIRECT", "ONLINE_PARTIAL", "ONLINE_FULL", "POSTAL", "Trực tiếp",
      "trực tuyến toàn trình", "Bưu chính công ích", "online_full"};
  static final String[] FIELDS = {"Đất đai", "Xây dựng", "Hộ tịch", ""};
  static final String HEADER =
      "id,unit,procedure,field,received,due,finished,channel,digitized,paidOnline,apology,supplementRequests";

  /** One dossier row: text cells in the header's order, and the typed values where the text has them. */
  record Dossier(String id, String unit, String procedure, String field, LocalDate received, LocalDate due,
      LocalDate finished, String channel, Boolean digitized, Boolean paidOnline, Boolean apology,
      Integer supplements, String receivedText, String flagText) {

    String csv() {
      return String.join(",", id, unit == null ? "" : unit, procedure, field, receivedText, due.toString(),
          finished == null ? "" : finished.toString(), channel, flagText != null ? flagText : text(digitized),
          text(paidOnline), text(apology), supplements == null ? "" : supplements.toString());
    }

    Row typed() {
      return RowFactory.create(id, unit, procedure, field, received, due, finished, channel, digitized, paidOnline,
          apology, supplements);
    }

    private static String text(Boolean b) {
      return b == null ? "" : b ? "có" : "false";
    }
  }

  /** The schema of {@link Dossier#typed()}, in Vietnamese, as a lake's table may name its columns. */
  static final StructType TYPED_SCHEMA = new StructType()
      .add("Mã hồ sơ", DataTypes.StringType)
      .add("Đơn vị", DataTypes.StringType)
      .add("Thủ tục", DataTypes.StringType)
      .add("Lĩnh vực", DataTypes.StringType)
      .add("Ngày tiếp nhận", DataTypes.DateType)
      .add("Ngày hẹn trả", DataTypes.DateType)
      .add("Ngày hoàn thành", DataTypes.DateType)
      .add("Hình thức nộp", DataTypes.StringType)
      .add("Số hóa", DataTypes.BooleanType)
      .add("Thanh toán trực tuyến", DataTypes.BooleanType)
      .add("Xin lỗi", DataTypes.BooleanType)
      .add("Số lần bổ sung", DataTypes.IntegerType)
      .add("Ghi chú", DataTypes.StringType, true);

  /**
   * Generates dossiers.
   *
   * @param seed the seed
   * @param size how many rows
   * @param textFaults whether to include faults only text can have (an unparseable date, an unreadable yes/no)
   * @return the rows, in order
   */
  static List<Dossier> generate(long seed, int size, boolean textFaults) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Dossier> list = new ArrayList<>(size);
    LocalDate start = LocalDate.of(2023, 11, 1);
    for (int i = 0; i < size; i++) {
      String id = "H" + seed % 1000 + "-" + i;
      String unit = UNITS.get(r.nextInt(UNITS.size()));
      LocalDate received = start.plusDays(r.nextInt(480));
      LocalDate due = received.plusDays(1 + r.nextInt(20));
      int fate = r.nextInt(10);
      LocalDate finished = fate == 0 ? null : fate == 1 ? due.plusDays(1 + r.nextInt(30))
          : received.plusDays(r.nextInt((int) (due.toEpochDay() - received.toEpochDay()) + 1));
      String channel = CHANNELS[r.nextInt(CHANNELS.length)];
      Boolean digitized = r.nextInt(5) == 0 ? null : r.nextBoolean();
      Boolean paid = r.nextBoolean();
      Boolean apology = fate == 1 && r.nextBoolean();
      Integer supplements = r.nextInt(6) == 0 ? null : r.nextInt(4);
      boolean iso = r.nextBoolean() || !textFaults;
      String receivedText = iso ? received.toString()
          : String.format("%02d/%02d/%d", received.getDayOfMonth(), received.getMonthValue(), received.getYear());
      String flagText = null;
      int fault = size > 0 ? r.nextInt(8 * 9) : 99;
      switch (fault) {
        case 0 -> unit = null;
        case 1 -> unit = "NOPE-" + r.nextInt(3);
        case 2 -> channel = "fax";
        case 3 -> finished = received.minusDays(1 + r.nextInt(3));
        case 4 -> id = i > 0 ? list.get(r.nextInt(i)).id() : id;
        case 5 -> supplements = -1;
        case 6 -> {
          if (textFaults) {
            receivedText = "2024-13-0" + (1 + r.nextInt(9));
          }
        }
        case 7 -> {
          if (textFaults) {
            flagText = "maybe";
          }
        }
        default -> { }
      }
      list.add(new Dossier(id, unit, "1.00" + r.nextInt(9), FIELDS[r.nextInt(FIELDS.length)], received, due,
          finished, channel, digitized, paid, apology, supplements, receivedText, flagText));
    }
    return list;
  }

  static String csv(List<Dossier> dossiers) {
    return csv(dossiers, HEADER);
  }

  /** The rows as CSV under the typed schema's Vietnamese header, for comparing with the typed rows. */
  static String vietnameseCsv(List<Dossier> dossiers) {
    List<String> names = new ArrayList<>(List.of(TYPED_SCHEMA.fieldNames()));
    names.remove(names.size() - 1);
    return csv(dossiers, String.join(",", names));
  }

  private static String csv(List<Dossier> dossiers, String header) {
    StringBuilder sb = new StringBuilder(header).append('\n');
    for (Dossier d : dossiers) {
      sb.append(d.csv()).append('\n');
    }
    return sb.toString();
  }

  static List<Row> typed(List<Dossier> dossiers) {
    List<Row> rows = new ArrayList<>(dossiers.size());
    for (Dossier d : dossiers) {
      Row t = d.typed();
      Object[] v = new Object[t.size() + 1];
      for (int i = 0; i < t.size(); i++) {
        v[i] = t.get(i);
      }
      v[t.size()] = "x";
      rows.add(RowFactory.create(v));
    }
    return rows;
  }
}
