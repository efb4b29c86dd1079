package io.github.cchc.reporting;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.IncludeRule;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.inspection.DayCount;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.InspectionWindow;
import io.github.cchc.core.inspection.TimingRules;
import io.github.cchc.core.inspection.VisitLength;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.VisitScheduler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.threeten.extra.YearQuarter;

/**
 * A small example of Sơn La before July 2025 and an inspection plan after the seed: "Kiểm tra trực tiếp các đơn vị
 * sau: UBND các huyện: Mai Sơn, Mộc Châu …; Các sở: Tài chính, …", visits of 2 to 4 working days, notified 10 days
 * ahead, the unit's report 5 days ahead. Example data.
 */
final class InspectionFixtures {

  private InspectionFixtures() {}

  static OrgUnit unit(String id, String name, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name(name).kind(kind);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  static OrgDirectory directory(String financeName) {
    List<OrgUnit> units = new ArrayList<>();
    units.add(unit("SL", "UBND tỉnh Sơn La", OrgKind.PROVINCE, null));
    units.add(unit("SL-STC", financeName, OrgKind.DEPARTMENT, "SL"));
    units.add(unit("SL-SNV", "Sở Nội vụ", OrgKind.DEPARTMENT, "SL"));
    units.add(unit("SL-STP", "Sở Tư pháp", OrgKind.DEPARTMENT, "SL"));
    units.add(unit("SL-SKHCN", "Sở Khoa học và Công nghệ", OrgKind.DEPARTMENT, "SL"));
    units.add(unit("SL-MS", "UBND huyện Mai Sơn", OrgKind.DISTRICT, "SL"));
    units.add(unit("SL-MC", "UBND huyện Mộc Châu", OrgKind.DISTRICT, "SL"));
    units.add(unit("SL-STC-1", "Phòng Quản lý ngân sách", OrgKind.SUBORDINATE, "SL-STC"));
    units.add(unit("SL-STC-2", "Phòng Tài chính doanh nghiệp", OrgKind.SUBORDINATE, "SL-STC"));
    units.add(unit("SL-MS-1", "Phòng Nội vụ huyện Mai Sơn", OrgKind.SUBORDINATE, "SL-MS"));
    units.add(unit("SL-MS-X1", "UBND thị trấn Hát Lót", OrgKind.COMMUNE, "SL-MS"));
    return OrgDirectory.of(units);
  }

  static InspectionPlan plan() {
    return InspectionPlan.builder()
        .year(2024)
        .title("Kế hoạch kiểm tra công tác cải cách hành chính năm 2024")
        .addForms(InspectionForm.SELF, InspectionForm.DIRECT_ANNOUNCED)
        .window(InspectionWindow.ofQuarters(YearQuarter.of(2024, 2)))
        .timing(TimingRules.builder().visitLength(VisitLength.workingDays(2, 4))
            .noticeLead(DayCount.calendarDays(10)).reportLead(DayCount.calendarDays(5)).build())
        .selfInspectionReportDeadline(LocalDate.of(2024, 10, 30))
        .addCoverage(ShareRule.atLeast(new BigDecimal(50), Set.of(OrgKind.DEPARTMENT)))
        .addCoverage(IncludeRule.of("SL-STC", "SL-MS", "SL-MC"))
        .addTargets(
            InspectionTarget.of("SL-STC", List.of("SL-STC-1", "SL-STC-2")),
            InspectionTarget.of("SL-MS", List.of("SL-MS-1", "SL-MS-X1")),
            InspectionTarget.of("SL-SNV").withForm(InspectionForm.REPORTS))
        .build();
  }

  static CoverageVerdict verdict(OrgDirectory directory, InspectionPlan plan) {
    return CoverageCheck.check(directory, plan, LocalDate.of(2024, 4, 1));
  }

  static ScheduleResult schedule(InspectionPlan plan) {
    return VisitScheduler.schedule(ScheduleRequest.builderFor(plan, WorkingCalendar.standard()).build());
  }
}
