package io.github.cchc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.ObservationSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rendered Phụ lục II against the seed's table, row by row: STT, name and unit, bold rows as headings. The seed is
 * read from a verbatim copy of its text ({@code seed/son-la-2024-phu-luc-ii.txt}).
 */
class PhuLucIILayoutTest {

  /** A row of the seed: its STT, name and unit without markup, and whether it is bold or italic (a heading). */
  record SeedRow(String stt, String name, String unit, boolean heading) {}

  static List<SeedRow> seed() throws IOException {
    String text;
    try (InputStream in = PhuLucIILayoutTest.class.getResourceAsStream("/seed/son-la-2024-phu-luc-ii.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<SeedRow> rows = new ArrayList<>();
    boolean afterPageHeader = false;
    for (String line : text.split("\n")) {
      if (!line.contains("\t")) {
        continue;
      }
      String[] raw = line.split("\t", -1);
      String stt = clean(raw[0]);
      String name = clean(raw[1]);
      String unit = raw.length > 2 ? clean(raw[2]) : "";
      if (stt.equals("STT") || stt.isEmpty() && name.isEmpty()) {
        afterPageHeader = true; // the header rows the seed repeats on every page
        continue;
      }
      boolean heading = unit.isEmpty() && !stt.isEmpty();
      if (stt.isEmpty() && unit.isEmpty() && afterPageHeader) {
        // A page break cut the name of the row before it: join the two lines.
        SeedRow previous = rows.remove(rows.size() - 1);
        rows.add(new SeedRow(previous.stt(), previous.name() + " " + name, previous.unit(), previous.heading()));
      } else {
        rows.add(new SeedRow(stt, name, unit, heading));
      }
      afterPageHeader = false;
    }
    return rows;
  }

  private static String clean(String cell) {
    return cell.replaceAll("</?[bi]>", "").strip();
  }

  /** The rendered table's rows as STT, name, unit, and whether each is a heading row. */
  static List<SeedRow> rendered() {
    Table table = StatisticsAppendix.table(ObservationSet.empty(), "TB", 2024, ReportLocale.VIETNAMESE);
    ReportLocale vi = ReportLocale.VIETNAMESE;
    return table.rows().stream().map(r -> new SeedRow(vi.format(r.cells().get(0)), vi.format(r.cells().get(1)),
        vi.format(r.cells().get(2)), r.kind() == RowKind.GROUP)).toList();
  }

  @Test
  @DisplayName("Phụ lục II giữ nguyên từng dòng của bảng mẫu Sơn La: STT, tên chỉ tiêu, đơn vị tính")
  void everyRowOfTheSeedIsRenderedWithItsNumberNameAndUnit() throws IOException {
    List<SeedRow> seed = new ArrayList<>(seed());
    List<SeedRow> expected = new ArrayList<>();
    String part = "";
    String heading = "";
    int position = 0;
    for (int i = 0; i < seed.size(); i++) {
      SeedRow s = seed.get(i);
      if (s.stt().equals("I") || s.stt().equals("II")) {
        part = s.stt();
        expected.add(s);
        continue;
      }
      if (s.heading()) {
        heading = s.stt();
        position = 0;
        expected.add(s);
        continue;
      }
      if (s.stt().isEmpty() && s.unit().isEmpty()) {
        // Under 4.5 the seed repeats the next heading's words on a line of its own, without unit.
        assertEquals("Tiếp nhận vào làm viên chức", s.name());
        assertEquals(new SeedRow("4.6", "Tiếp nhận vào làm viên chức", "", true), seed.get(i + 1));
        continue;
      }
      if (s.stt().isEmpty()) {
        position++;
        String code = (part.equals("I") ? "I." : "") + heading + "." + position;
        if (s.unit().equals("... hồ sơ = ...% ... hồ sơ = ...%")) {
          // The seed's district row holds two indicators: land, then construction.
          String land = "Đối với cấp huyện, báo cáo thêm về: Tổng số hồ sơ TTHC về lĩnh vực đất đai được giải quyết "
              + "đúng hạn";
          String construction = "Tổng số hồ sơ TTHC về lĩnh vực xây dựng được giải quyết đúng hạn";
          assertEquals(land + " " + construction, s.name());
          expected.add(new SeedRow(code, land, "... hồ sơ = ...%", false));
          position++;
          expected.add(new SeedRow(heading + "." + position, construction, "... hồ sơ = ...%", false));
        } else {
          expected.add(new SeedRow(code, s.name(), s.unit(), false));
        }
      } else {
        expected.add(s);
      }
    }
    List<SeedRow> rendered = rendered();
    for (int i = 0; i < Math.min(expected.size(), rendered.size()); i++) {
      assertEquals(expected.get(i), rendered.get(i), "row " + (i + 1));
    }
    assertEquals(expected.size(), rendered.size());
    assertEquals(139, rendered.size());
  }

  @Test
  @DisplayName("Hai phần, sáu mục của phần II, như bảng mẫu")
  void thePartsAndHeadingsAreTheSeeds() {
    List<String> groups = rendered().stream().filter(r -> r.heading() && !r.stt().contains("."))
        .map(r -> r.stt() + " " + r.name()).toList();
    assertEquals(List.of("I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "1 Kế hoạch cải cách hành chính",
        "2 Tự kiểm tra cải cách hành chính", "3 Tuyên truyền cải cách hành chính",
        "4 Thực hiện nhiệm vụ Chủ tịch UBND tỉnh, UBND tỉnh giao", "6 Cải thiện môi trường kinh doanh",
        "II KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "1 Cải cách thể chế", "2 Cải cách thủ tục hành chính",
        "3 Cải cách tổ chức bộ máy", "4 Cải cách công vụ", "5 Cải cách tài chính công",
        "6 Xây dựng và phát triển chính quyền điện tử, chính quyền số"), groups);
  }

  @Test
  void everyIndicatorOfTheCatalogueIsARowExactlyOnceAndTheFormFitsItsValueType() {
    Set<String> codes = new LinkedHashSet<>();
    for (PhuLucIILayout.Line line : PhuLucIILayout.lines()) {
      if (line.kind() == PhuLucIILayout.Kind.ROW) {
        Indicator i = line.indicator().orElseThrow();
        assertTrue(codes.add(i.code()), i.code());
        assertEquals(line.form().orElseThrow().valueType, i.valueType(), i.code());
        assertTrue(line.form().get() != PhuLucIILayout.Form.SHARE || !line.noun().isEmpty(), i.code());
      }
    }
    assertEquals(IndicatorCatalog.phuLucII().codes(), codes);
  }
}
