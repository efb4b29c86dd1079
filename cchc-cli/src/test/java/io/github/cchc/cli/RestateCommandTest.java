package io.github.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indicators --restate-as-of}: 2024 dossiers of Thái Bình restated onto Hưng Yên's units of 2026. */
class RestateCommandTest {
  private static final String ORG = Path.of("..", "docs", "examples", "org-two-tier.json").toString();
  private static final String HEADER =
      "id,unit,procedure,field,received,due,finished,channel,digitized,paidOnline,apology,supplementRequests\n";

  @TempDir Path dir;

  /** Ten dossiers of the old labour department, four of the old home-affairs one, two of a district. */
  private Path dossiers() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    int id = 1;
    for (int i = 0; i < 10; i++) {
      csv.append(id++).append(",TB-SLDTBXH,P1,Lao động,2024-03-05,2024-03-20,")
          .append(i < 9 ? "2024-03-18" : "2024-03-25").append(",DIRECT,true,false,false,0\n");
    }
    for (int i = 0; i < 4; i++) {
      csv.append(id++).append(",TB-SNV,P2,Nội vụ,2024-04-05,2024-04-20,2024-04-18,ONLINE_FULL,true,false,false,0\n");
    }
    for (int i = 0; i < 2; i++) {
      csv.append(id++).append(",TB-VT,P3,Hộ tịch,2024-05-05,2024-05-20,2024-05-18,DIRECT,true,false,false,0\n");
    }
    return Files.writeString(dir.resolve("ho-so-2024.csv"), csv, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("Số liệu 2024 quy về đơn vị năm 2026: mỗi đơn vị ghi rõ chuyển từ đơn vị cũ nào, phần chia bao nhiêu")
  void restatedFiguresListTheOldUnitsCarriedIntoEach() throws IOException {
    Run run = Run.of("indicators", dossiers().toString(), "--org", ORG, "--period", "2024",
        "--restate-as-of", "2026-01-01", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode json = run.json();
    assertEquals("2026-01-01", json.get("restatedAsOf").asText());
    JsonNode snv = unit(json, "HY-SNV");
    // 4 of its own predecessor and 0.8 of the labour department's 10.
    assertEquals(0, new BigDecimal("12").compareTo(snv.get("indicators").get("dossiers.received").decimalValue()));
    assertEquals(List.of("TB-SLDTBXH=0.8", "TB-SNV=1"), sources(snv));
    JsonNode syt = unit(json, "HY-SYT");
    assertEquals(0, BigDecimal.ONE.compareTo(syt.get("indicators").get("dossiers.received").decimalValue()));
    assertEquals(List.of("TB-SLDTBXH=0.1"), sources(syt));
    JsonNode rate = snv.get("indicators").get("dossiers.onTimeRate");
    assertEquals(0, new BigDecimal("11.2").compareTo(rate.get("numerator").decimalValue()), rate::toString);
    assertEquals(0, new BigDecimal("12").compareTo(rate.get("denominator").decimalValue()), rate::toString);
  }

  @Test
  @DisplayName("Huyện không có đơn vị kế thừa: một cảnh báo nêu tên huyện, các số liệu khác vẫn được chuyển")
  void aDistrictWithoutSuccessorIsAFindingAndTheRestIsCarried() throws IOException {
    Run run = Run.of("indicators", dossiers().toString(), "--org", ORG, "--period", "2024",
        "--restate-as-of", "2026-01-01", "--format", "json", "--lang", "en");
    assertEquals(0, run.exitCode(), run::toString);
    List<String> rules = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    run.json().get("findings").forEach(f -> {
      rules.add(f.get("ruleId").asText());
      messages.add(f.get("message").asText());
    });
    assertTrue(!rules.isEmpty() && rules.stream().allMatch("restate.no-successor"::equals), rules::toString);
    assertTrue(messages.stream().allMatch(m -> m.contains("'TB-VT'")), messages::toString);
    assertTrue(unit(run.json(), "HY-SNV") != null);
  }

  @Test
  void theTextTableSaysWhereEachFigureCameFrom() throws IOException {
    Run run = Run.of("indicators", dossiers().toString(), "--org", ORG, "--period", "2024",
        "--restate-as-of", "2026-01-01", "--rollup");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("chuyển từ:"), run::toString);
    assertTrue(run.out().contains("TB-SLDTBXH"), run::toString);
    assertTrue(run.out().contains("HY"), run::toString);
  }

  /** Dossiers of 2024 under Thái Bình's units, of 2025 under Thái Bình's until 1 July and Hưng Yên's after. */
  private Path twoYears() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    int id = 1;
    for (int i = 0; i < 10; i++) {
      csv.append(id++).append(",TB-SLDTBXH,P1,Lao động,2024-03-05,2024-03-20,")
          .append(i < 9 ? "2024-03-18" : "2024-03-25").append(",DIRECT,true,false,false,0\n");
    }
    for (int i = 0; i < 4; i++) {
      csv.append(id++).append(",TB-SNV,P2,Nội vụ,2024-04-05,2024-04-20,2024-04-18,ONLINE_FULL,true,false,false,0\n");
    }
    for (int i = 0; i < 3; i++) {
      csv.append(id++).append(",TB-SNV,P2,Nội vụ,2025-04-05,2025-04-20,2025-04-18,ONLINE_FULL,true,false,false,0\n");
    }
    for (int i = 0; i < 6; i++) {
      csv.append(id++).append(",HY-SNV,P2,Nội vụ,2025-09-05,2025-09-20,2025-09-18,ONLINE_FULL,true,false,false,0\n");
    }
    return Files.writeString(dir.resolve("ho-so.csv"), csv, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("Phụ lục II của tỉnh sau hợp nhất: năm trước gồm số liệu của các đơn vị cũ, ghi rõ nguồn từng chỉ tiêu")
  void theAppendixOfAMergedProvinceCountsItsOldUnitsAndTracesThem() throws IOException {
    Path out = dir.resolve("pl2.json");
    Run run = Run.of("report", "statistics", twoYears().toString(), "--org", ORG, "--unit", "HY", "--year", "2025",
        "--restate-as-of", "2026-01-01", "--format", "json", "-o", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    var rows = PhuLucIICommandTest.rows(out);
    JsonNode onTime = rows.get("2.4.1").get("cells");
    // 2024: 9 of 10 labour dossiers and 4 of 4 home-affairs ones, all carried into Hưng Yên; 2025: 3 + 6 on time.
    assertTrue(onTime.get(3).toString().contains("13"), onTime::toString);
    assertTrue(onTime.get(4).toString().contains("9"), onTime::toString);
    String report = Files.readString(out, StandardCharsets.UTF_8);
    // Below the province, the old labour department's shares add up to the whole of it.
    assertTrue(report.contains("2.4.1 (2024): TB-SLDTBXH Sở Lao động - Thương binh và Xã hội × 1, TB-SNV Sở Nội vụ × 1"),
        report);
    assertTrue(report.contains("2.4.1 (2025): TB-SNV Sở Nội vụ × 1\""), report);
  }

  @Test
  void withoutRestatingTheMergedProvinceHasNoPreviousYear() throws IOException {
    Path out = dir.resolve("pl2-plain.json");
    Run run = Run.of("report", "statistics", twoYears().toString(), "--org", ORG, "--unit", "HY", "--year", "2025",
        "--format", "json", "-o", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode onTime = PhuLucIICommandTest.rows(out).get("2.4.1").get("cells");
    assertTrue(!onTime.get(3).toString().contains("13"), onTime::toString);
  }

  @Test
  @DisplayName("Biên chế tinh giản so với năm 2015 của tỉnh sau hợp nhất: so với tổng năm 2015 của tỉnh tiền thân")
  void theSince2015RowsCompareWithTheBaselineRestatedOntoTodaysProvince() throws IOException {
    Path file = Files.writeString(dir.resolve("so-lieu.csv"), "code,unit,period,value,note\n"
        + "3.2.1,TB,2015,2000,\n3.2.1,HY,2025,1800,\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("pl2-2015.json");
    Run run = Run.of("report", "statistics", "--org", ORG, "--unit", "HY", "--year", "2025",
        "--observations", file.toString(), "--restate-as-of", "2026-01-01", "--format", "json", "-o", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode cells = PhuLucIICommandTest.rows(out).get("3.2.5").get("cells");
    assertTrue(cells.get(4).toString().contains("10%"), cells::toString);
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("3.2.1 (2015): TB Ủy ban nhân dân tỉnh Thái Bình × 1"));
  }

  @Test
  @DisplayName("Xếp hạng so với năm trước qua sáp nhập: kết quả của sở tiền thân được tính cho sở kế thừa")
  void aScorecardComparesAMergedUnitWithItsPredecessorGivenTheDirectory() throws IOException {
    Path y2024 = copy("assessments-2024.json", s -> s);
    Path y2023 = copy("assessments-2023.json", s -> s.replace("\"unit\": \"SNV\"", "\"unit\": \"SNV-OLD\""));
    Path org = Files.writeString(dir.resolve("org.json"), "{\"units\": ["
        + "{\"id\": \"SNV-OLD\", \"name\": \"Sở Nội vụ\", \"kind\": \"DEPARTMENT\", \"validTo\": \"2024-01-01\","
        + " \"successors\": [\"SNV\"]},"
        + "{\"id\": \"SNV\", \"name\": \"Sở Nội vụ\", \"kind\": \"DEPARTMENT\", \"validFrom\": \"2024-01-01\"},"
        + "{\"id\": \"STC\", \"name\": \"Sở Tài chính\", \"kind\": \"DEPARTMENT\"},"
        + "{\"id\": \"SYT\", \"name\": \"Sở Y tế\", \"kind\": \"DEPARTMENT\"}]}", StandardCharsets.UTF_8);
    Path with = dir.resolve("with.md");
    Path without = dir.resolve("without.md");
    assertEquals(0, Run.of("report", "scorecard", "builtin:example-department", y2024.toString(), "--previous",
        y2023.toString(), "--org", org.toString(), "-o", with.toString()).exitCode());
    assertEquals(0, Run.of("report", "scorecard", "builtin:example-department", y2024.toString(), "--previous",
        y2023.toString(), "-o", without.toString()).exitCode());
    String a = line(with, "| Sở Nội vụ |");
    String b = line(without, "| Sở Nội vụ |");
    // The change column is filled only when the predecessor's result is matched.
    assertTrue(a.matches(".*\\|\\s*[+−-]?[0-9][0-9,.]*\\s*\\|\\s*$"), a);
    assertTrue(b.matches(".*\\|\\s*\\|\\s*$"), b);
  }

  private Path copy(String resource, java.util.function.UnaryOperator<String> edit) throws IOException {
    try (var in = getClass().getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Files.writeString(dir.resolve(resource), edit.apply(text), StandardCharsets.UTF_8);
    }
  }

  private static String line(Path md, String unit) throws IOException {
    return Files.readAllLines(md).stream().filter(l -> l.contains(unit) && l.startsWith("|")).findFirst()
        .orElseThrow(() -> new AssertionError(unit + " not in " + md));
  }

  private static JsonNode unit(JsonNode json, String id) {
    for (JsonNode u : json.get("units")) {
      if (u.get("unit").asText().equals(id)) {
        return u;
      }
    }
    throw new AssertionError(id + " not in " + json);
  }

  private static List<String> sources(JsonNode unit) {
    List<String> list = new ArrayList<>();
    unit.get("carriedFrom").forEach(s -> list.add(s.get("unit").asText() + "=" + s.get("share").asText()));
    return list;
  }
}
