package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic, small directory of Đồng Tháp province before 1 July 2025: the provincial committee, 20 departments
 * and boards, the 12 district-level units (3 cities and 9 districts, their real names), three communes or wards in
 * each (real names, a sample: not every commune), a few offices under some departments and districts, two public
 * service units and the provincial police. Example data.
 */
public final class DongThapFixture {

  private DongThapFixture() {}

  /** The 20 departments and boards under the provincial committee: id suffix and name. */
  static final String[][] DEPARTMENTS = {
    {"VP", "Văn phòng UBND tỉnh"},
    {"SNV", "Sở Nội vụ"},
    {"STP", "Sở Tư pháp"},
    {"SKHDT", "Sở Kế hoạch và Đầu tư"},
    {"STC", "Sở Tài chính"},
    {"SCT", "Sở Công Thương"},
    {"SNN", "Sở Nông nghiệp và Phát triển nông thôn"},
    {"SGTVT", "Sở Giao thông vận tải"},
    {"SXD", "Sở Xây dựng"},
    {"STNMT", "Sở Tài nguyên và Môi trường"},
    {"STTTT", "Sở Thông tin và Truyền thông"},
    {"SLDTBXH", "Sở Lao động - Thương binh và Xã hội"},
    {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"},
    {"SKHCN", "Sở Khoa học và Công nghệ"},
    {"SGDDT", "Sở Giáo dục và Đào tạo"},
    {"SYT", "Sở Y tế"},
    {"TTR", "Thanh tra tỉnh"},
    {"BDT", "Ban Dân tộc"},
    {"BQLKKT", "Ban Quản lý Khu kinh tế"},
    {"SNGV", "Sở Ngoại vụ"},
  };

  /** The 12 district-level units, each with three of its communes or wards: id suffix, name, communes. */
  static final String[][] DISTRICTS = {
    {"CL", "Thành phố Cao Lãnh", "Phường 1", "Phường 2", "Xã Mỹ Tân"},
    {"SD", "Thành phố Sa Đéc", "Phường 1", "Phường An Hòa", "Xã Tân Khánh Đông"},
    {"HNG", "Thành phố Hồng Ngự", "Phường An Thạnh", "Phường An Lạc", "Xã Tân Hội"},
    {"TH", "Huyện Tân Hồng", "Thị trấn Sa Rài", "Xã Tân Hộ Cơ", "Xã Thông Bình"},
    {"HN", "Huyện Hồng Ngự", "Thị trấn Thường Thới Tiền", "Xã Thường Phước 1", "Xã Long Khánh A"},
    {"TN", "Huyện Tam Nông", "Thị trấn Tràm Chim", "Xã Phú Cường", "Xã An Long"},
    {"TB", "Huyện Thanh Bình", "Thị trấn Thanh Bình", "Xã Tân Thạnh", "Xã Bình Thành"},
    {"TM", "Huyện Tháp Mười", "Thị trấn Mỹ An", "Xã Mỹ Hòa", "Xã Trường Xuân"},
    {"CLH", "Huyện Cao Lãnh", "Thị trấn Mỹ Thọ", "Xã Mỹ Hội", "Xã Phương Trà"},
    {"LV", "Huyện Lấp Vò", "Thị trấn Lấp Vò", "Xã Mỹ An Hưng A", "Xã Tân Mỹ"},
    {"LVU", "Huyện Lai Vung", "Thị trấn Lai Vung", "Xã Tân Dương", "Xã Long Hậu"},
    {"CT", "Huyện Châu Thành", "Thị trấn Cái Tàu Hạ", "Xã An Nhơn", "Xã Tân Nhuận Đông"},
  };

  /**
   * Returns the directory.
   *
   * @return Đồng Tháp with 20 departments, 12 districts and 36 communes
   */
  public static OrgDirectory directory() {
    List<OrgUnit> units = new ArrayList<>();
    units.add(unit("DT", "UBND tỉnh Đồng Tháp", OrgKind.PROVINCE, null));
    for (String[] d : DEPARTMENTS) {
      units.add(unit("DT-" + d[0], d[1], OrgKind.DEPARTMENT, "DT"));
    }
    units.add(unit("DT-SNV-BTDKT", "Ban Thi đua - Khen thưởng", OrgKind.SUBORDINATE, "DT-SNV"));
    units.add(unit("DT-SNV-BTG", "Ban Tôn giáo", OrgKind.SUBORDINATE, "DT-SNV"));
    units.add(unit("DT-SNN-CCTL", "Chi cục Thủy lợi", OrgKind.SUBORDINATE, "DT-SNN"));
    units.add(unit("DT-SNN-CCKL", "Chi cục Kiểm lâm", OrgKind.SUBORDINATE, "DT-SNN"));
    units.add(unit("DT-CA", "Công an tỉnh Đồng Tháp", OrgKind.CENTRAL_AGENCY, "DT"));
    units.add(unit("DT-PTTH", "Đài Phát thanh và Truyền hình Đồng Tháp", OrgKind.PUBLIC_SERVICE_UNIT, "DT"));
    units.add(unit("DT-BAO", "Báo Đồng Tháp", OrgKind.PUBLIC_SERVICE_UNIT, "DT"));
    for (String[] d : DISTRICTS) {
      String id = "DT-" + d[0];
      units.add(unit(id, d[1], OrgKind.DISTRICT, "DT"));
      for (int c = 2; c < d.length; c++) {
        units.add(unit(id + "-" + communeCode(d[c]), d[c], OrgKind.COMMUNE, id));
      }
      units.add(unit(id + "-PNV", "Phòng Nội vụ " + d[1].replace("Thành phố ", "thành phố ")
          .replace("Huyện ", "huyện "), OrgKind.SUBORDINATE, id));
    }
    return OrgDirectory.of(units);
  }

  /** "Phường 1" → P1, "Xã Mỹ Tân" → XMT, "Thị trấn Sa Rài" → TTSR. */
  static String communeCode(String name) {
    String[] words = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').split(" ");
    StringBuilder code = new StringBuilder();
    for (String w : words) {
      code.append(Character.isDigit(w.charAt(0)) ? w : w.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
    }
    return code.toString();
  }

  private static OrgUnit unit(String id, String name, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder();
    b.id(id).name(name).kind(kind);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }
}
