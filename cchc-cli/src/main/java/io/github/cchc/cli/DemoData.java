package io.github.cchc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.coverage.PastInspection;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.inspection.FindingStatus;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.VisitFinding;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.json.PlanJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.plan.TaskStatus;
import io.github.cchc.core.schedule.Visit;
import io.github.cchc.scoring.scorecard.Criterion;
import io.github.cchc.scoring.scorecard.Scorecard;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo's data, generated from fixed seeds so that every run gives the same figures: a Thái Bình-like three-tier
 * province (its real departments and district-level units, and 150 generated communes), the Thái Bình 2024 plan with
 * task statuses, an inspection plan and history, procedure dossiers and scorecard assessments. All of it is
 * illustrative: only the plan's text is a real document.
 */
final class DemoData {

  static final String PROVINCE = "TB";
  static final int YEAR = 2024;
  static final LocalDate AS_OF = LocalDate.of(YEAR, 12, 31);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String[][] DEPARTMENTS = {
    {"VP", "Văn phòng Ủy ban nhân dân tỉnh"}, {"SNV", "Sở Nội vụ"}, {"STP", "Sở Tư pháp"}, {"STC", "Sở Tài chính"},
    {"SKHDT", "Sở Kế hoạch và Đầu tư"}, {"STTTT", "Sở Thông tin và Truyền thông"},
    {"SKHCN", "Sở Khoa học và Công nghệ"}, {"SLDTBXH", "Sở Lao động - Thương binh và Xã hội"},
    {"STNMT", "Sở Tài nguyên và Môi trường"}, {"SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"},
    {"SYT", "Sở Y tế"}, {"TTR", "Thanh tra tỉnh"}, {"SCT", "Sở Công Thương"}, {"SXD", "Sở Xây dựng"},
    {"SGTVT", "Sở Giao thông vận tải"}, {"SGDDT", "Sở Giáo dục và Đào tạo"},
    {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"}, {"BQLKKT", "Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh"}
  };

  private static final String[][] SUBORDINATES = {
    {"SNV", "BTG", "Ban Tôn giáo"}, {"SNV", "CCVTLT", "Chi cục Văn thư - Lưu trữ"},
    {"SYT", "CCDS", "Chi cục Dân số - Kế hoạch hóa gia đình"},
    {"SYT", "CCATTP", "Chi cục An toàn vệ sinh thực phẩm"},
    {"SNNPTNT", "CCTL", "Chi cục Thủy lợi"}, {"SNNPTNT", "CCCNTY", "Chi cục Chăn nuôi và Thú y"},
    {"STNMT", "CCBVMT", "Chi cục Bảo vệ môi trường"}, {"VP", "TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh"}
  };

  /** The eight district-level units of Thái Bình before 1 July 2025, with their seat towns. */
  private static final String[][] DISTRICTS = {
    {"TP", "thành phố Thái Bình", ""}, {"VT", "huyện Vũ Thư", "Vũ Thư"}, {"KX", "huyện Kiến Xương", "Thanh Nê"},
    {"DH", "huyện Đông Hưng", "Đông Hưng"}, {"HH", "huyện Hưng Hà", "Hưng Hà"},
    {"QP", "huyện Quỳnh Phụ", "Quỳnh Côi"}, {"TT", "huyện Thái Thụy", "Diêm Điền"},
    {"TH", "huyện Tiền Hải", "Tiền Hải"}
  };

  private static final String[] FIRST = {
    "An", "Bình", "Đông", "Tây", "Nam", "Bắc", "Hồng", "Minh", "Quang", "Tân", "Thanh", "Hòa", "Phú", "Vũ", "Đức",
    "Việt", "Trung", "Thượng", "Hải", "Hưng"
  };
  private static final String[] SECOND = {
    "Lạc", "Hòa", "Tiến", "Phong", "Sơn", "Lâm", "Thịnh", "Lợi", "Xuân", "Châu", "Định", "Hà", "Long", "Mỹ", "Ninh",
    "Quý", "Tảo", "Vinh", "Khê", "Trạch"
  };

  private static final int COMMUNES = 150;

  private DemoData() {}

  /** The province: 1 province, 18 departments with 8 subordinate units, 8 districts with 150 communes. */
  static OrgDirectory province() {
    List<OrgUnit> units = new ArrayList<>();
    units.add(unit(PROVINCE, "Ủy ban nhân dân tỉnh Thái Bình", OrgKind.PROVINCE, null));
    for (String[] d : DEPARTMENTS) {
      units.add(unit(PROVINCE + "-" + d[0], d[1], OrgKind.DEPARTMENT, PROVINCE));
    }
    for (String[] s : SUBORDINATES) {
      units.add(unit(PROVINCE + "-" + s[0] + "-" + s[1], s[2], OrgKind.SUBORDINATE, PROVINCE + "-" + s[0]));
    }
    Iterator<String> names = communeNames().iterator();
    int perDistrict = COMMUNES / DISTRICTS.length;
    int extra = COMMUNES % DISTRICTS.length;
    for (int i = 0; i < DISTRICTS.length; i++) {
      String[] d = DISTRICTS[i];
      String districtId = PROVINCE + "-" + d[0];
      units.add(unit(districtId, "Ủy ban nhân dân " + d[1], OrgKind.DISTRICT, PROVINCE));
      int count = perDistrict + (i < extra ? 1 : 0);
      for (int c = 1; c <= count; c++) {
        String name;
        if (d[2].isEmpty()) {
          name = (c <= 10 ? "phường " : "xã ") + names.next();
        } else {
          name = c == 1 ? "thị trấn " + d[2] : "xã " + names.next();
        }
        units.add(unit(String.format("%s-%02d", districtId, c), "Ủy ban nhân dân " + name, OrgKind.COMMUNE,
            districtId));
      }
    }
    return OrgDirectory.of(units);
  }

  private static OrgUnit unit(String id, String name, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name(name).kind(kind);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  /** Commune names from two fixed syllable lists, in a seeded order, without repeats. */
  private static List<String> communeNames() {
    List<String> all = new ArrayList<>();
    for (String a : FIRST) {
      for (String b : SECOND) {
        if (!a.equals(b)) {
          all.add(a + " " + b);
        }
      }
    }
    Collections.shuffle(all, new Random(7));
    return all.subList(0, COMMUNES);
  }

  static Plan plan() {
    try (InputStream in = resource("thai-binh-2024-plan.json")) {
      return PlanJson.read(in, "thai-binh-2024-plan.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InspectionPlan inspectionRules() {
    try (InputStream in = resource("inspection-plan-2024.json")) {
      return InspectionPlanJson.read(in, "inspection-plan-2024.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = DemoData.class.getResourceAsStream("demo/" + name);
    if (in == null) {
      throw new IllegalStateException("The demo resource " + name + " is missing from the jar");
    }
    return in;
  }

  /**
   * Sets task statuses as of the end of the year: most tasks due by then are done (some late), a few are in
   * progress, not started or cancelled; tasks without a due date are done or ongoing.
   */
  static Plan tracked(Plan plan, long seed) {
    Random random = new Random(seed);
    List<Task> tasks = new ArrayList<>();
    int i = 0;
    for (Task task : plan.tasks()) {
      i++;
      int roll = random.nextInt(100);
      Task.Builder b = Task.builder().from(task);
      LocalDate due = task.dueDate().filter(d -> !d.isAfter(AS_OF)).orElse(null);
      LocalDate done = null;
      if (due != null && roll < 80) {
        boolean late = random.nextInt(100) < 18;
        done = late ? due.plusDays(1 + random.nextInt(30)) : due.minusDays(random.nextInt(20));
      } else if (due == null && task.dueDate().isEmpty() && roll < 50) {
        done = LocalDate.of(YEAR, 1, 15).plusDays(random.nextInt(330));
      }
      if (done != null && done.isAfter(AS_OF)) {
        done = null;
      }
      if (done != null) {
        if (done.getYear() < YEAR) {
          done = LocalDate.of(YEAR, 1, 2);
        }
        String symbol = switch (task.area()) {
          case DIRECTION, CIVIL_SERVICE -> "KH-UBND";
          case INSTITUTIONS, APPARATUS -> "QĐ-UBND";
          default -> "BC-UBND";
        };
        String summary = task.outputs().isEmpty() ? task.title() : task.outputs().get(0);
        b.status(TaskStatus.DONE).completionDate(done)
            .completion(Completion.of(DocumentNumber.of(100 + 7 * i, symbol), done, summary));
      } else {
        b.status(roll >= 97 ? TaskStatus.CANCELLED : roll >= 90 ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS);
      }
      tasks.add(b.build());
    }
    return Plan.builder().from(plan).tasks(tasks).build();
  }

  /** Past inspections: about a third of the departments and districts in each of the two previous years. */
  static List<PastInspection> history(OrgDirectory directory, long seed) {
    Random random = new Random(seed);
    List<PastInspection> history = new ArrayList<>();
    for (OrgUnit u : directory.unitsOfKind(OrgKind.DEPARTMENT, OrgKind.DISTRICT)) {
      int roll = random.nextInt(3);
      if (roll < 2) {
        history.add(PastInspection.of(u.id(), YEAR - 1 - roll));
      }
    }
    return history;
  }

  private static final String[][] FINDINGS = {
    {"Chưa niêm yết công khai đầy đủ thủ tục hành chính tại bộ phận một cửa",
        "Niêm yết đầy đủ, đúng quy định các thủ tục hành chính đang có hiệu lực"},
    {"Một số hồ sơ giải quyết trễ hạn chưa có văn bản xin lỗi", "Thực hiện xin lỗi người dân theo quy định"},
    {"Chưa ban hành kế hoạch tự kiểm tra công tác cải cách hành chính", "Ban hành và tổ chức tự kiểm tra"},
    {"Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn thấp", "Đẩy mạnh số hóa hồ sơ khi tiếp nhận"},
    {"Chưa cập nhật đầy đủ văn bản quy phạm pháp luật trên cổng thông tin điện tử", "Cập nhật đầy đủ, kịp thời"}
  };

  /**
   * The findings of the visits made by the demo's date: one to three per visit, drawn from a few typical ones, due
   * for remediation 30 days after the visit; a little more than half of them remediated, some reported, the rest open.
   */
  static List<VisitFinding> findings(List<Visit> visits, long seed) {
    Random random = new Random(seed);
    List<VisitFinding> findings = new ArrayList<>();
    for (Visit v : visits) {
      if (v.end().isAfter(AS_OF)) {
        continue;
      }
      int n = 1 + random.nextInt(3);
      int first = random.nextInt(FINDINGS.length);
      for (int i = 0; i < n; i++) {
        String[] f = FINDINGS[(first + i) % FINDINGS.length];
        int roll = random.nextInt(100);
        FindingStatus status = roll < 55 ? FindingStatus.REMEDIATED
            : roll < 75 ? FindingStatus.REMEDIATION_REPORTED : FindingStatus.OPEN;
        findings.add(new VisitFinding(v.unit(), Optional.of(v.end()), f[0], f[1], Optional.of(v.end().plusDays(30)),
            status));
      }
    }
    return findings;
  }

  /**
   * An observations file of the province's figures that no other demo input gives, one of each kind of value: counts,
   * a pair, flags, a percentage, counts with their totals. The figures are examples, not official data.
   */
  static String observations() {
    String p = PROVINCE;
    return String.join("\n",
        "code,unit,period,value,note",
        "I.1.3," + p + ",2023,38,văn bản chỉ đạo CCHC (số liệu minh họa)",
        "I.1.3," + p + ",2024,42,văn bản chỉ đạo CCHC (số liệu minh họa)",
        "I.3.3," + p + ",2024,126,tin/bài trên Cổng thông tin điện tử tỉnh (số liệu minh họa)",
        "I.5," + p + ",2024,4,(số liệu minh họa)",
        "2.1.4," + p + ",2024,1.812,(số liệu minh họa)",
        "2.4.4," + p + ",2024,6/410,cuộc đối thoại / người tham gia (số liệu minh họa)",
        "2.4.5," + p + ",2024,có,(số liệu minh họa)",
        "2.4.6," + p + ",2024,có,(số liệu minh họa)",
        "6.3.2," + p + ",2024,\"96,5%\",(số liệu minh họa)",
        "6.5.1," + p + ",2024,18/18,(số liệu minh họa)",
        "6.7.1," + p + ",2024,240/185,TTHC / kết quả trả qua BCCI (số liệu minh họa)",
        "");
  }

  private record Procedure(String field, String name, int days) {}

  private static final Procedure[] COMMUNE_PROCEDURES = {
    new Procedure("Hộ tịch", "Đăng ký khai sinh", 1), new Procedure("Hộ tịch", "Đăng ký kết hôn", 3),
    new Procedure("Chứng thực", "Chứng thực bản sao từ bản chính", 1),
    new Procedure("Đất đai", "Xác nhận nguồn gốc đất", 10)
  };
  private static final Procedure[] DISTRICT_PROCEDURES = {
    new Procedure("Đất đai", "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", 15),
    new Procedure("Xây dựng", "Cấp giấy phép xây dựng nhà ở riêng lẻ", 15),
    new Procedure("Đăng ký kinh doanh", "Đăng ký hộ kinh doanh", 3),
    new Procedure("Hộ tịch", "Đăng ký khai sinh có yếu tố nước ngoài", 10)
  };
  private static final Procedure[] PROVINCE_PROCEDURES = {
    new Procedure("Đăng ký kinh doanh", "Đăng ký thành lập doanh nghiệp", 3),
    new Procedure("Xây dựng", "Cấp chứng chỉ hành nghề xây dựng", 20),
    new Procedure("Lao động - Việc làm", "Cấp giấy phép lao động cho người nước ngoài", 5),
    new Procedure("Y tế", "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", 20),
    new Procedure("Giao thông vận tải", "Cấp đổi giấy phép lái xe", 5),
    new Procedure("Tư pháp", "Cấp phiếu lý lịch tư pháp", 10)
  };

  /**
   * Writes {@code count} dossiers received over {@code YEAR - 1} and {@code YEAR}: each unit has its own rate of
   * lateness and of online submission, so that units differ as real ones do.
   */
  static void writeDossiers(Path csv, OrgDirectory directory, WorkingCalendar calendar, int count, long seed) {
    List<LocalDate> workingDays = new ArrayList<>();
    for (LocalDate d = LocalDate.of(YEAR - 1, 1, 1); d.isBefore(LocalDate.of(YEAR + 1, 3, 1)); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        workingDays.add(d);
      }
    }
    int lastReceivable = 0;
    while (lastReceivable + 1 < workingDays.size() && !workingDays.get(lastReceivable + 1).isAfter(AS_OF)) {
      lastReceivable++;
    }
    List<OrgUnit> units = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (OrgUnit u : directory.units()) {
      int w = switch (u.kind()) {
        case DEPARTMENT -> 12;
        case DISTRICT -> 20;
        case COMMUNE -> 4;
        default -> 0;
      };
      if (w > 0) {
        units.add(u);
        weights.add(w);
      }
    }
    int[] cumulative = new int[units.size()];
    int total = 0;
    for (int i = 0; i < units.size(); i++) {
      total += weights.get(i);
      cumulative[i] = total;
    }
    Random random = new Random(seed);
    int[] latePermille = new int[units.size()];
    int[] onlinePercent = new int[units.size()];
    for (int i = 0; i < units.size(); i++) {
      latePermille[i] = 5 + random.nextInt(75);
      onlinePercent[i] = units.get(i).kind() == OrgKind.COMMUNE ? 20 + random.nextInt(40) : 45 + random.nextInt(45);
    }
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("id,unit,procedure,field,received,due,finished,channel,digitized,paidOnline,apology,"
          + "supplementRequests\n");
      StringBuilder line = new StringBuilder(160);
      for (int n = 1; n <= count; n++) {
        int pick = random.nextInt(total);
        int u = 0;
        while (cumulative[u] <= pick) {
          u++;
        }
        OrgUnit unit = units.get(u);
        Procedure[] procedures = switch (unit.kind()) {
          case COMMUNE -> COMMUNE_PROCEDURES;
          case DISTRICT -> DISTRICT_PROCEDURES;
          default -> PROVINCE_PROCEDURES;
        };
        Procedure p = procedures[random.nextInt(procedures.length)];
        int r = random.nextInt(lastReceivable + 1);
        LocalDate received = workingDays.get(r);
        LocalDate due = workingDays.get(r + p.days());
        int supplements = random.nextInt(100) < 88 ? 0 : random.nextInt(100) < 75 ? 1 : 2;
        boolean late = random.nextInt(1000) < latePermille[u];
        int finishedIndex = late ? r + p.days() + 1 + random.nextInt(8) : r + 1 + random.nextInt(p.days());
        if (random.nextInt(1000) < 4) {
          finishedIndex = Integer.MAX_VALUE; // still pending, whatever its due date
        }
        LocalDate finished = finishedIndex < workingDays.size() ? workingDays.get(finishedIndex) : null;
        if (finished != null && finished.isAfter(AS_OF)) {
          finished = null;
        }
        int channelRoll = random.nextInt(100);
        String channel = channelRoll < 3 ? "POSTAL" : channelRoll < 3 + onlinePercent[u] / 2 ? "ONLINE_FULL"
            : channelRoll < 3 + onlinePercent[u] ? "ONLINE_PARTIAL" : "DIRECT";
        boolean online = channel.startsWith("ONLINE");
        line.setLength(0);
        line.append("HS").append(received.getYear()).append('-').append(1_000_000 + n).append(',')
            .append(unit.id()).append(",\"").append(p.name()).append("\",\"").append(p.field()).append("\",")
            .append(received).append(',').append(due).append(',').append(finished == null ? "" : finished)
            .append(',').append(channel).append(',').append(random.nextInt(100) < 78 ? "true" : "false")
            .append(',').append(online && random.nextInt(100) < 40 ? "true" : "false")
            .append(',').append(late && finished != null && random.nextInt(100) < 70 ? "true" : "false")
            .append(',').append(supplements).append('\n');
        w.append(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + csv, e);
    }
  }

  /**
   * Writes the assessments of the departments on a scorecard for a year, as the JSON that {@code score} reads:
   * answers varied from a template by a seeded draw, and the on-time dossier rate taken from the real counts.
   *
   * @param onTime each department's finished-on-time and finished counts for the year
   */
  static String assessments(Scorecard scorecard, OrgDirectory directory, int year, Map<String, long[]> onTime,
      long seed) {
    JsonNode template;
    try (InputStream in = resource("assessment-template.json")) {
      template = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Random random = new Random(seed);
    ArrayNode list = MAPPER.createArrayNode();
    for (OrgUnit dept : directory.unitsOfKind(OrgKind.DEPARTMENT)) {
      ObjectNode a = template.deepCopy();
      a.put("unit", dept.id());
      a.put("unitName", dept.name());
      a.put("period", String.valueOf(year));
      ObjectNode answers = (ObjectNode) a.get("answers");
      for (Map.Entry<String, JsonNode> e : answers.properties()) {
        e.setValue(vary(e.getKey(), (ObjectNode) e.getValue(), scorecard, random));
      }
      ObjectNode appraisals = (ObjectNode) a.get("appraisals");
      if (random.nextInt(100) < 60) {
        appraisals.removeAll();
      }
      ObjectNode indicators = (ObjectNode) a.get("indicators");
      for (Map.Entry<String, JsonNode> e : indicators.properties()) {
        long[] counts = onTime.get(dept.id());
        if (e.getKey().equals("dossiers.onTimeRate") && counts != null && counts[1] > 0) {
          e.setValue(MAPPER.getNodeFactory().textNode(counts[0] + "/" + counts[1]));
        } else {
          e.setValue(MAPPER.getNodeFactory().textNode(varyRate(e.getValue().asText(), random)));
        }
      }
      list.add(a);
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.set("assessments", list);
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode vary(String code, ObjectNode answer, Scorecard scorecard, Random random) {
    ObjectNode out = MAPPER.createObjectNode();
    if (answer.has("yes")) {
      out.put("yes", random.nextInt(100) < 85);
    } else if (answer.has("deadline")) {
      int roll = random.nextInt(100);
      out.put("deadline", roll < 78 ? "MET" : roll < 95 ? "LATE" : "MISSING");
    } else if (answer.has("points")) {
      BigDecimal max = scorecard.criterion(code).map(Criterion::maxPoints).orElse(BigDecimal.ONE);
      // Quarters of the maximum, from half to full marks.
      out.put("points", max.multiply(BigDecimal.valueOf(2 + random.nextInt(3))).divide(BigDecimal.valueOf(4)));
    } else if (answer.has("rate")) {
      out.put("rate", varyRate(answer.get("rate").asText(), random));
    } else if (answer.has("survey")) {
      List<String> options = new ArrayList<>();
      answer.get("survey").fieldNames().forEachRemaining(options::add);
      ObjectNode survey = out.putObject("survey");
      int left = 100;
      for (int i = 0; i < options.size(); i++) {
        int share = i == options.size() - 1 ? left : i == 0 ? 50 + random.nextInt(30) : random.nextInt(left + 1);
        if (i == 1 && options.size() > 2) {
          share = left - random.nextInt(Math.max(1, left / 3));
        }
        share = Math.min(share, left);
        survey.put(options.get(i), share);
        left -= share;
      }
    } else {
      return answer;
    }
    return out;
  }

  private static String varyRate(String rate, Random random) {
    if (rate.endsWith("%")) {
      return (80 + random.nextInt(21)) + "%";
    }
    int slash = rate.indexOf('/');
    if (slash < 0) {
      return rate;
    }
    long denominator = Long.parseLong(rate.substring(slash + 1).strip());
    long numerator = Math.max(0, denominator - random.nextInt((int) Math.max(1, denominator / 4) + 1));
    return numerator + "/" + denominator;
  }

  /** The ids of units named as lead agencies of the plan's tasks, for the summary. */
  static Set<String> leadUnits(Plan plan) {
    Set<String> ids = new LinkedHashSet<>();
    for (Task t : plan.tasks()) {
      for (AgencyRef a : t.leads()) {
        a.unitId().ifPresent(ids::add);
      }
    }
    return ids;
  }
}
