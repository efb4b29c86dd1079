package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.core.coverage.IncludeRule;
import io.github.cchc.core.inspection.FindingStatus;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.VisitFinding;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InspectionIndicatorsTest {

  private static VisitFinding finding(String unit, LocalDate visit, FindingStatus status) {
    return new VisitFinding(unit, Optional.ofNullable(visit), "Chưa niêm yết công khai TTHC đầy đủ", "Niêm yết đầy đủ",
        Optional.empty(), status);
  }

  /** The Sơn La plan's direct list in small: two departments and a district, one inspected through reports. */
  static InspectionPlan plan() {
    return InspectionPlan.builder()
        .year(2024)
        .addCoverage(IncludeRule.of("SL-STC", "SL-MS", "SL-SNV"))
        .addTargets(
            InspectionTarget.of("SL-STC", List.of("SL-STC-1")),
            InspectionTarget.of("SL-MS"),
            InspectionTarget.of("SL-SNV").withForm(InspectionForm.REPORTS))
        .addFindings(
            finding("SL-STC", LocalDate.of(2024, 5, 6), FindingStatus.REMEDIATED),
            finding("SL-STC", LocalDate.of(2024, 5, 6), FindingStatus.OPEN),
            finding("SL-MS", LocalDate.of(2024, 9, 10), FindingStatus.REMEDIATION_REPORTED),
            finding("SL-MC", null, FindingStatus.REMEDIATED)) // a surprise visit outside the list
        .build();
  }

  @Test
  @DisplayName("Số đơn vị đề ra, đã kiểm tra, số vấn đề phát hiện và đã xử lý xong, đến cuối năm")
  void byTheYearsEndEveryFindingIsKnown() {
    InspectionIndicators i = InspectionIndicators.of(plan(), LocalDate.of(2024, 12, 31));
    assertEquals(3, i.planned());
    assertEquals(2, i.inspected(), "SL-SNV has no finding on record; SL-MC is not in the plan's list");
    assertEquals(4, i.issues());
    assertEquals(2, i.resolved(), "a remediation reported but not confirmed is not remediated");
  }

  @Test
  void aVisitAfterTheDateIsNotYetOnRecord() {
    InspectionIndicators i = InspectionIndicators.of(plan(), LocalDate.of(2024, 6, 30));
    assertEquals(1, i.inspected());
    assertEquals(3, i.issues(), "the undated finding counts, the September one does not");
    assertEquals(2, i.resolved());
  }

  @Test
  void theCountsAreRowsI21ToI24OfPhuLucII() {
    ReportPeriod y = ReportPeriod.ofYear(2024);
    ObservationSet o = InspectionIndicators.of(plan(), LocalDate.of(2024, 12, 31)).toPhuLucII("SL", y);
    assertEquals(Optional.of(IndicatorValue.count(3)), o.value("I.2.1", "SL", y));
    assertEquals(Optional.of(IndicatorValue.count(2)), o.value("I.2.2", "SL", y));
    assertEquals(Optional.of(IndicatorValue.count(4)), o.value("I.2.3", "SL", y));
    assertEquals(Optional.of(IndicatorValue.count(2)), o.value("I.2.4", "SL", y));
    assertEquals(4, o.size());
  }

  @Test
  void aPlanWithoutTargetsOrFindingsCountsZero() {
    InspectionPlan empty = InspectionPlan.builder().year(2024).build();
    InspectionIndicators i = InspectionIndicators.of(empty, LocalDate.of(2024, 12, 31));
    assertEquals(0, i.planned() + i.inspected() + i.issues() + i.resolved());
  }
}
