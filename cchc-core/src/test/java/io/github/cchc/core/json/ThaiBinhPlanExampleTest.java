package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The whole Thái Bình 2024 plan, as the seed document has it, with its real defects. */
class ThaiBinhPlanExampleTest {

  static final List<String> ITS_DEFECTS = List.of(
      "ERROR task.output-required tasks[32].outputs",
      "WARNING task.code-missing tasks[22].code",
      "WARNING task.code-duplicate tasks[32].code");

  private static Plan plan() {
    return PlanJson.read(Examples.example("thai-binh-2024-plan.json"));
  }

  private static List<String> summary(List<Finding> findings) {
    return findings.stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.path()).toList();
  }

  @Test
  @DisplayName("Kế hoạch số 175/KH-UBND ngày 29/12/2023: đầu văn bản, căn cứ, mục đích, yêu cầu")
  void theHeaderIsRead() {
    Plan plan = plan();
    assertEquals("Ủy ban nhân dân tỉnh Thái Bình", plan.issuer());
    assertEquals("Thái Bình", plan.place());
    assertEquals(LocalDate.of(2023, 12, 29), plan.issueDate().orElseThrow());
    assertEquals(2024, plan.year());
    assertEquals("Cải cách hành chính tỉnh Thái Bình năm 2024", plan.title());
    assertEquals(3, plan.legalBases().size());
    assertEquals(3, plan.purposes().size());
    assertEquals(3, plan.requirements().size());
  }

  @Test
  @DisplayName("Phụ lục có đủ 40 dòng nhiệm vụ trong 7 mục")
  void everyAppendixRowIsThere() {
    Plan plan = plan();
    assertEquals(40, plan.tasks().size());
    int[] perArea = {5, 5, 5, 8, 7, 6, 4};
    for (ReformArea area : ReformArea.values()) {
      assertEquals(perArea[area.ordinal()], plan.tasksOf(area).size(), area.name());
    }
    for (Task task : plan.tasks()) {
      assertTrue(task.timeframe().isPresent() && task.timeframeText().isPresent(), task.title());
    }
  }

  @Test
  @DisplayName("Kiểm tra kế hoạch chỉ nêu đúng các lỗi thật: dòng không có STT, STT 2 lặp ở mục VI, nhiệm vụ "
      + "không có sản phẩm")
  void theValidatorNamesExactlyItsDefects() {
    Plan plan = plan();
    List<Finding> findings = PlanValidator.validate(plan);

    assertEquals(ITS_DEFECTS, summary(findings));
    assertEquals(ReformArea.APPARATUS, plan.tasks().get(22).area());
    assertTrue(plan.tasks().get(22).title().startsWith("Phê duyệt số người hoạt động không chuyên trách"));
    Task noProduct = plan.tasks().get(32);
    assertEquals(ReformArea.PUBLIC_FINANCE, noProduct.area());
    assertEquals("2", noProduct.code().orElseThrow());
    assertTrue(noProduct.title().startsWith("Bảo đảm nguồn lực tài chính"));
  }

  @Test
  @DisplayName("Các cơ quan chủ trì, phối hợp đều có trong danh mục tổ chức của tỉnh")
  void itsUnitIdsAreAllInTheThreeTierDirectory() {
    OrgDirectory directory = OrgDirectoryJson.read(Examples.example("org-three-tier.json"));
    Plan plan = plan();

    assertEquals(ITS_DEFECTS, summary(PlanValidator.validate(plan, directory)));
    assertTrue(plan.tasks().get(13).leads().contains(AgencyRef.group("Các sở, ban, ngành")));
  }

  @Test
  void theFirstTaskIsDueWhenTheMinistrySaysSoAndTheSecondAtTheEndOfQuarterOne() {
    Plan plan = plan();
    assertTrue(plan.tasks().get(0).dueDate().isEmpty(), "Theo Kế hoạch của Bộ Nội vụ");
    assertEquals(LocalDate.of(2024, 3, 31), plan.tasks().get(1).dueDate().orElseThrow());
  }

  @Test
  void writingAndReadingItBackGivesTheSamePlan() {
    Plan plan = plan();
    assertEquals(plan, PlanJson.read(PlanJson.write(plan)));
  }

  @Test
  void theExampleFileIsInTheFormTheLibraryWrites() throws java.io.IOException {
    java.nio.file.Path file = Examples.example("thai-binh-2024-plan.json");
    assertEquals(java.nio.file.Files.readString(file), PlanJson.write(PlanJson.read(file)));
  }
}
