package io.github.cchc.core.testing;

import io.github.cchc.core.calendar.LunarDate;
import io.github.cchc.core.calendar.NonWorkingDay;
import io.github.cchc.core.calendar.ReportDue;
import io.github.cchc.core.calendar.ReportingSchedule;
import io.github.cchc.core.calendar.Notice;
import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.calendar.YearSchedule;
import io.github.cchc.core.coverage.CountRule;
import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.IncludeRule;
import io.github.cchc.core.coverage.ParentSelection;
import io.github.cchc.core.coverage.PastInspection;
import io.github.cchc.core.coverage.PerParentRule;
import io.github.cchc.core.coverage.Pick;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.PlanningResult;
import io.github.cchc.core.coverage.RuleConflict;
import io.github.cchc.core.coverage.RuleResult;
import io.github.cchc.core.coverage.SelfInspectionRule;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.coverage.SubordinatesRule;
import io.github.cchc.core.coverage.TargetPlanner;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.inspection.DayCount;
import io.github.cchc.core.inspection.DayType;
import io.github.cchc.core.inspection.FindingStatus;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.inspection.InspectionTeam;
import io.github.cchc.core.inspection.InspectionWindow;
import io.github.cchc.core.inspection.SubTeam;
import io.github.cchc.core.inspection.TeamMember;
import io.github.cchc.core.inspection.TimingRules;
import io.github.cchc.core.inspection.VisitFinding;
import io.github.cchc.core.inspection.VisitLength;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.schedule.ScheduleProblem;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.Visit;
import io.github.cchc.core.schedule.VisitScheduler;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.core.timeframe.Timeframe;
import io.github.cchc.testing.Gens;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.plan.TaskStatus;
import java.nio.file.Files;
import java.util.Map;
import org.quicktheories.api.Pair;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Generators of every core model and value type that has a JSON form, keyed by type: the round-trip properties of
 * the Jackson 2 and Jackson 3 modules run over {@link #all()} and fail for a mapped type without a generator.
 *
 * <p>Values the library computes (coverage verdicts, planning and schedule results, calendars) are computed from
 * generated inputs over the Đồng Tháp example, as a user of the library would get them.
 */
public final class CoreModelGens {

  private static final String IDS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ-";

  /** Timeframe cells of every kind, as plans write them. */
  public static final List<String> TIMEFRAMES = List.of(
      "Quý I/2024", "Tháng 01/2024", "Tháng 12/2023", "Thường xuyên", "Quý II, Quý III/2024",
      "Hàng quý, tháng 6 và tháng 12/2024", "Theo Kế hoạch của Bộ Nội vụ", "chậm nhất ngày 31/3/2024",
      "Từ tháng 3/2023 đến tháng 12/2023",
      "- Kế hoạch ban hành trong tháng 01/2024 - Báo cáo kết quả rà soát, đánh giá, trong quý IV/2024");

  /** Document numbers of plans and decisions. */
  public static final List<String> NUMBERS = List.of("175/KH-UBND", "60/2021/NĐ-CP", "5673/BNV-CCVC", "12/QĐ-UBND");

  /** Letters with their diacritics, capitals, digits, spaces and the punctuation of plans. */
  private static final String ALPHABET =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
          + "ABCĐHKLNQSTUVX0123456789 ,;-/().";

  private CoreModelGens() {}

  /** The generators, by model type. */
  public static Map<Class<?>, Gen<?>> all() {
    Map<Class<?>, Gen<?>> all = new LinkedHashMap<>();
    all.put(Plan.class, plans());
    all.put(Task.class, tasks());
    all.put(AgencyRef.class, agencies());
    all.put(Completion.class, completions());
    all.put(OrgDirectory.class, directories());
    all.put(OrgUnit.class, directories().map(d -> d.units().get(0)));
    all.put(InspectionPlan.class, inspectionPlans());
    all.put(CoverageRule.class, rules());
    all.put(InspectionTarget.class, targets());
    all.put(InspectionWindow.class, windows());
    all.put(DayCount.class, dayCounts());
    all.put(VisitLength.class, visitLengths());
    all.put(InspectionTeam.class, teams());
    all.put(TeamMember.class, members());
    all.put(SubTeam.class, subTeams());
    all.put(TimingRules.class, timings());
    all.put(VisitFinding.class, visitFindings());
    all.put(Finding.class, findings());
    all.put(CoverageVerdict.class, verdicts());
    all.put(RuleResult.class, verdicts().zip(Generate.range(0, 100), (v, i) -> v.rules().get(i % v.rules().size())));
    all.put(PastInspection.class, pastInspections());
    all.put(PlanningRequest.class, planningRequests());
    all.put(PlanningResult.class, planningResults());
    all.put(Pick.class, planningResults().assuming(r -> !r.picks().isEmpty())
        .zip(Generate.range(0, 1_000), (r, i) -> r.picks().get(i % r.picks().size())));
    all.put(RuleConflict.class, conflicts());
    all.put(ScheduleRequest.class, scheduleRequests());
    all.put(ScheduleResult.class, scheduleRequests().map(VisitScheduler::schedule));
    all.put(Visit.class, scheduleRequests().map(r -> VisitScheduler.schedule(ScheduleRequest.builder().from(r)
            .visitDays(1 + r.visitDays() % 3).build()))
        .assuming(r -> !r.visits().isEmpty())
        .zip(Generate.range(0, 1_000), (r, i) -> r.visits().get(i % r.visits().size())));
    all.put(ScheduleProblem.class, scheduleProblems());
    all.put(WorkingCalendar.class, Gens.oneOf(WorkingCalendar.standard(), WorkingCalendar.statutory()));
    all.put(YearSchedule.class, years().map(y -> WorkingCalendar.standard().schedule(y)));
    all.put(Notice.class, Gens.oneOf(java.util.stream.IntStream.rangeClosed(WorkingCalendar.MIN_YEAR,
            WorkingCalendar.MAX_YEAR).boxed().flatMap(y -> WorkingCalendar.standard().schedule(y).notices().stream())
        .toList()));
    all.put(NonWorkingDay.class, years().map(y -> WorkingCalendar.standard().nonWorkingDays(y))
        .assuming(n -> !n.isEmpty()).zip(Generate.range(0, 100), (n, i) -> n.get(i % n.size())));
    all.put(LunarDate.class, Gens.datesWithEdges(LocalDate.of(1900, 2, 1), LocalDate.of(2100, 12, 31))
        .map(LunarDate::from));
    all.put(ReportDue.class, Generate.range(2000, 2100).map(y -> ReportingSchedule.standard().dueIn(y))
        .assuming(d -> !d.isEmpty()).zip(Generate.range(0, 100), (d, i) -> d.get(i % d.size())));
    all.put(Timeframe.class, Gens.oneOf(TIMEFRAMES).map(t -> Timeframe.parse(t)));
    all.put(ReportPeriod.class, periods());
    all.put(DocumentNumber.class, numbers());
    all.put(DocumentReference.class, references());
    return all;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Plans and directories

  /** Plans of any year around the supported ones (the validator's concern), with up to eight tasks. */
  public static Gen<Plan> plans() {
    Gen<DocumentReference> legalBases = Gens.oneOf(
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
            "Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban nhân dân tỉnh",
            "Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ")
        .map(DocumentReference::parse);
    return Gens.built(Plan::builder, Plan.Builder::build, List.of(
        Gens.step(numbers(), Plan.Builder::number),
        Gens.step(text(), Plan.Builder::issuer),
        Gens.step(text(), Plan.Builder::place),
        Gens.step(dates().toOptionals(20), Plan.Builder::issueDate),
        Gens.step(Gens.intsWithEdges(Plan.MIN_YEAR - 5, Plan.MAX_YEAR + 5), Plan.Builder::year),
        Gens.step(text(), Plan.Builder::title),
        Gens.step(Gens.listsOf(legalBases, 0, 3), Plan.Builder::addAllLegalBases),
        Gens.step(Gens.listsOf(text(), 0, 3), Plan.Builder::addAllPurposes),
        Gens.step(Gens.listsOf(text(), 0, 3), Plan.Builder::addAllRequirements),
        Gens.step(Gens.listsOf(tasks(), 0, 8), Plan.Builder::addAllTasks)));
  }

  public static Gen<Task> tasks() {
    Gen<AgencyRef> agencies = Generate.oneOf(
        Gens.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ-", 1, 8).map(AgencyRef::unit),
        text().map(AgencyRef::group));
    Gen<Completion> completions = numbers().zip(dates(), text(), Completion::of);
    Gen<Optional<String>> timeframes = Gens.oneOf(TIMEFRAMES).toOptionals(20);
    return Gens.built(Task::builder, Task.Builder::build, List.of(
        Gens.step(Gens.strings("0123456789", 1, 2).toOptionals(20), Task.Builder::code),
        Gens.step(Generate.enumValues(ReformArea.class), Task.Builder::area),
        Gens.step(text(), Task.Builder::title),
        Gens.step(Gens.listsOf(text(), 0, 3), Task.Builder::addAllOutputs),
        Gens.step(Gens.listsOf(agencies, 0, 2), Task.Builder::addAllLeads),
        Gens.step(Gens.listsOf(agencies, 0, 3), Task.Builder::addAllCoordinators),
        Gens.step(timeframes, (b, text) -> text.ifPresent(t -> b.timeframe(Timeframe.parse(t)).timeframeText(t))),
        Gens.step(Generate.enumValues(TaskStatus.class), Task.Builder::status),
        Gens.step(dates().toOptionals(20), Task.Builder::completionDate),
        Gens.step(completions.toOptionals(20), Task.Builder::completion)));
  }

  public static Gen<DocumentNumber> numbers() {
    return Gens.oneOf(NUMBERS).map(DocumentNumber::parse);
  }

  /**
   * Text as plans hold it, stripped and not empty: letters, digits and punctuation in any order; Vietnamese words in
   * NFC or NFD (the model keeps NFC); hostile text with controls, bidirectional overrides and lone surrogates.
   */
  public static Gen<String> text() {
    return Generate.frequency(
            Pair.of(2, Gens.strings(ALPHABET, 1, 40)),
            Pair.of(2, Gens.vietnameseTextNfcOrNfd(1, 8)),
            Pair.of(1, Gens.hostileText(8)))
        .map(String::strip)
        .assuming(s -> !s.isEmpty());
  }

  /** Days of 2020-2029, the years of real plans, and one in three from 1900 to 2199. */
  public static Gen<LocalDate> dates() {
    return Generate.frequency(
        Pair.of(2, Gens.datesWithEdges(LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31))),
        Pair.of(1, Gens.datesWithEdges(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31))));
  }

  private static Gen<AgencyRef> agencies() {
    return Generate.oneOf(Gens.strings(IDS, 1, 8).map(AgencyRef::unit),
        text().map(AgencyRef::group));
  }

  private static Gen<Completion> completions() {
    return numbers().zip(dates(), text(), Completion::of);
  }

  private static Gen<DocumentReference> references() {
    return Gens.oneOf(
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
            "Quyết định số 3486/QĐ-UBND ngày 31/12/2021 của Ủy ban nhân dân tỉnh",
            "Kế hoạch số 175/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh Thái Bình về cải cách hành chính",
            "Công văn số 5673/BNV-CCVC ngày 03/10/2023 của Bộ Nội vụ")
        .map(DocumentReference::parse);
  }

  /**
   * Directories of 1 to 30 units: unit i has no parent or one among the units before it, is valid from or to a day
   * now and then, and a unit that ends on 1 July 2025 may name a successor that begins that day.
   */
  public static Gen<OrgDirectory> directories() {
    Gen<int[]> draws = Gens.intsWithEdges(-1, 1_000).zip(Generate.range(0, 7), Generate.range(0, 9),
        (parent, kind, dates) -> new int[] {parent, kind, dates});
    return Gens.listsOf(draws, 1, 30).zip(text(), (drawn, name) -> {
      List<OrgUnit> units = new ArrayList<>();
      for (int i = 0; i < drawn.size(); i++) {
        int[] d = drawn.get(i);
        OrgUnit.Builder b = OrgUnit.builder().id("U" + i).name(i == 0 ? name : "Đơn vị " + i)
            .kind(OrgKind.values()[d[1] % OrgKind.values().length]);
        if (i > 0 && d[0] >= 0) {
          b.parent("U" + (d[0] % i));
        }
        if (d[2] == 1) {
          b.validFrom(LocalDate.of(2020, 1, 1));
        } else if (d[2] == 2) {
          b.validTo(LocalDate.of(2030, 1, 1));
        }
        units.add(b.build());
      }
      return OrgDirectory.of(units);
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Inspection plans and their parts

  private static Gen<Set<OrgKind>> kinds() {
    return Gens.listsOf(Generate.enumValues(OrgKind.class), 1, 3).map(k -> (Set<OrgKind>) EnumSet.copyOf(k));
  }

  private static Gen<BigDecimal> percents() {
    return Gens.decimals(4, 0, 2).map(d -> d.abs()).assuming(p -> p.compareTo(BigDecimal.valueOf(100)) <= 0);
  }

  /** Every kind of coverage rule. */
  public static Gen<CoverageRule> rules() {
    Gen<Optional<String>> scopes = Gens.strings(IDS, 1, 6).toOptionals(30);
    Gen<CoverageRule> share = kinds().zip(scopes, percents(), Generate.booleans(),
        (k, s, p, strict) -> new ShareRule(k, s, p, strict));
    Gen<CoverageRule> count = kinds().zip(scopes, Generate.range(0, 40), (k, s, n) -> new CountRule(k, s, n));
    Gen<CoverageRule> perParent = kinds().zip(kinds(), Generate.range(0, 5), Generate.range(0, 5),
        (k, p, a, b) -> new PerParentRule(k, p, Math.min(a, b), Math.max(a, b), ParentSelection.ALL));
    Gen<CoverageRule> include = Gens.listsOf(Gens.strings(IDS, 1, 6), 1, 4)
        .map(u -> new IncludeRule(u.stream().distinct().toList()));
    Gen<CoverageRule> subordinates = Generate.range(0, 5).zip(Generate.range(0, 5), kinds(),
        (a, b, k) -> new SubordinatesRule(Math.min(a, b), Math.max(a, b), k));
    Gen<CoverageRule> self = kinds().zip(percents(), SelfInspectionRule::new);
    return Generate.oneOf(share, count, perParent, include, subordinates, self);
  }

  private static Gen<InspectionTarget> targets() {
    return Gens.strings(IDS, 1, 8).zip(Generate.enumValues(InspectionForm.class),
        Gens.listsOf(Gens.strings(IDS, 1, 8), 0, 3),
        (unit, form, subs) -> new InspectionTarget(unit, form,
            subs.stream().distinct().filter(s -> !s.equals(unit)).toList()));
  }

  private static Gen<InspectionWindow> windows() {
    Gen<InspectionWindow> quarters = Generate.range(2020, 2030).zip(Generate.range(1, 4), Generate.range(1, 4),
        (year, a, b) -> {
          List<YearQuarter> qs = new ArrayList<>();
          for (int q = Math.min(a, b); q <= Math.max(a, b); q++) {
            qs.add(YearQuarter.of(year, q));
          }
          return InspectionWindow.ofQuarters(qs);
        });
    Gen<InspectionWindow> range = dates().zip(Generate.range(0, 200),
        (from, days) -> InspectionWindow.ofRange(LocalDateRange.ofClosed(from, from.plusDays(days))));
    return Generate.oneOf(quarters, range);
  }

  private static Gen<DayCount> dayCounts() {
    return Generate.range(0, 60).zip(Generate.enumValues(DayType.class), DayCount::new);
  }

  private static Gen<VisitLength> visitLengths() {
    return Generate.range(1, 10).zip(Generate.range(1, 10), Generate.enumValues(DayType.class),
        (a, b, type) -> new VisitLength(Math.min(a, b), Math.max(a, b), type));
  }

  private static Gen<TeamMember> members() {
    return text().zip(text().toOptionals(40),
        (agency, what) -> new TeamMember(agency, what.orElse("")));
  }

  private static Gen<SubTeam> subTeams() {
    return text().zip(Gens.listsOf(text(), 0, 3), SubTeam::new);
  }

  private static Gen<InspectionTeam> teams() {
    return text().toOptionals(30).zip(Gens.listsOf(members(), 0, 3),
        Gens.listsOf(text(), 0, 2), Gens.listsOf(subTeams(), 0, 3), (head, ms, obs, subs) -> {
          InspectionTeam.Builder b = InspectionTeam.builder();
          head.ifPresent(b::headAgency);
          ms.forEach(b::addMember);
          b.addAllObservers(obs);
          for (int i = 0; i < subs.size(); i++) {
            // Sub-team names are unique in a team.
            b.addSubTeam(new SubTeam("Tổ " + (i + 1), subs.get(i).members()));
          }
          return b.build();
        });
  }

  private static Gen<TimingRules> timings() {
    return visitLengths().toOptionals(30).zip(dayCounts().toOptionals(30), dayCounts().toOptionals(30),
        (length, notice, report) -> {
          TimingRules.Builder b = TimingRules.builder();
          length.ifPresent(b::visitLength);
          notice.ifPresent(b::noticeLead);
          report.ifPresent(b::reportLead);
          return b.build();
        });
  }

  private static Gen<VisitFinding> visitFindings() {
    return Gens.strings(IDS, 1, 8).zip(dates().toOptionals(40), text(),
        text().toOptionals(40), (unit, visit, finding, recommendation) -> new VisitFinding(unit,
            visit, finding, recommendation.orElse(""), visit.map(d -> d.plusDays(30)), FindingStatus.OPEN))
        .zip(Generate.enumValues(FindingStatus.class), (f, status) -> new VisitFinding(f.unit(), f.visitDate(),
            f.finding(), f.recommendation(), f.remediationDue(), status));
  }

  /** Inspection plans built from every generated part. */
  public static Gen<InspectionPlan> inspectionPlans() {
    Gen<InspectionPlan> header = Generate.range(InspectionPlan.MIN_YEAR, InspectionPlan.MAX_YEAR)
        .zip(numbers().toOptionals(40), text().toOptionals(40),
            dates().toOptionals(40), (year, number, title, issued) -> {
              InspectionPlan.Builder b = InspectionPlan.builder().year(year);
              number.ifPresent(b::number);
              title.ifPresent(t -> b.title(t).issuer(t).place(t));
              issued.ifPresent(b::issueDate);
              return b.addCoverage(CountRule.atLeast(1, List.of(OrgKind.DEPARTMENT))).build();
            });
    return header.zip(Gens.listsOf(rules(), 1, 4), Gens.listsOf(targets(), 0, 5), teams().toOptionals(40),
            (plan, rules, targets, team) -> {
              InspectionPlan.Builder b = InspectionPlan.builder().from(plan).coverage(rules)
                  .targets(distinctUnits(targets));
              team.ifPresent(b::team);
              return b.build();
            })
        .zip(windows().toOptionals(40), timings().toOptionals(40), Gens.listsOf(visitFindings(), 0, 3),
            (plan, window, timing, found) -> {
              InspectionPlan.Builder b = InspectionPlan.builder().from(plan).findings(found)
                  .addAllLegalBases(plan.year() % 2 == 0 ? List.of(DocumentReference.parse(
                      "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ")) : List.of())
                  .addForms(InspectionForm.values()[plan.year() % InspectionForm.values().length])
                  .addContentAreas(ReformArea.values()[plan.year() % ReformArea.values().length]);
              window.ifPresent(b::window);
              timing.ifPresent(b::timing);
              if (plan.year() % 3 == 0) {
                b.selfInspectionReportDeadline(LocalDate.of(plan.year(), 6, 30)).addFunding("Ngân sách tỉnh");
              }
              return b.build();
            });
  }

  private static List<InspectionTarget> distinctUnits(List<InspectionTarget> targets) {
    Map<String, InspectionTarget> byUnit = new LinkedHashMap<>();
    targets.forEach(t -> byUnit.putIfAbsent(t.unit(), t));
    return List.copyOf(byUnit.values());
  }

  private static Gen<Finding> findings() {
    return Generate.enumValues(Severity.class).zip(Gens.strings("abcdefghijklmnopqrstuvwxyz.[]0123456789", 1, 20),
        text(), text(),
        (severity, path, vi, en) -> new Finding(severity, path, "rule." + path.length(), vi, en));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Computed over the Đồng Tháp example

  /** The day at which the example's units must be active. */
  public static final LocalDate DONG_THAP_AS_OF = LocalDate.of(2024, 4, 1);

  /** The planning request of the example: example priorities and history, labelled so in the docs. */
  public static PlanningRequest request(InspectionPlan plan, OrgDirectory directory) {
    PlanningRequest.Builder b = PlanningRequest.builder().asOf(DONG_THAP_AS_OF).addAllRules(plan.coverage()).seed(2024)
        .putWeight("procedures", BigDecimal.ONE).putWeight("openFindings", BigDecimal.TEN);
    List<OrgUnit> departments = directory.unitsOfKind(OrgKind.DEPARTMENT);
    for (int i = 0; i < departments.size(); i++) {
      // Example signals: procedures handled (a made-up spread) and open findings for a few departments.
      b.putSignal(departments.get(i).id(), Map.of("procedures", BigDecimal.valueOf(40 + (i * 37) % 150),
          "openFindings", BigDecimal.valueOf(i % 4 == 0 ? 2 : 0)));
    }
    for (String id : List.of("DT-SNV", "DT-STC", "DT-SYT", "DT-SGDDT", "DT-SXD", "DT-CL-P1", "DT-SD-P1")) {
      b.addHistory(PastInspection.of(id, 2023));
    }
    return b.build();
  }

  public static ScheduleRequest schedule(InspectionPlan proposed, OrgDirectory directory) {
    ScheduleRequest.Builder b = ScheduleRequest.builderFor(proposed, WorkingCalendar.standard());
    // Example lengths: two working days at a district, one at a department or a commune.
    directory.unitsOfKind(OrgKind.DISTRICT).forEach(d -> b.putVisitDaysByUnit(d.id(), 2));
    return b
        .planIssued(LocalDate.of(2024, 3, 15))
        .noticeLead(DayCount.calendarDays(10))
        .reportLead(DayCount.calendarDays(5))
        .visitDays(1)
        .subTeams(2)
        .build();
  }


  private static final class DongThap {
    static final OrgDirectory DIRECTORY = OrgDirectoryJson.read(example("org-dong-thap-2024.json"));
    static final InspectionPlan DRAFT = InspectionPlanJson.read(example("dong-thap-2024-inspection-plan.json"));
    static final PlanningRequest REQUEST = request(DRAFT, DIRECTORY);
  }

  /** The draft's targets, a random part of them kept, checked against the example's directory. */
  private static Gen<CoverageVerdict> verdicts() {
    return Gens.randoms(100).map(random -> {
      List<InspectionTarget> kept = DongThap.DRAFT.targets().stream().filter(t -> random.nextInt(3) > 0).toList();
      InspectionPlan plan = InspectionPlan.builder().from(DongThap.DRAFT).targets(kept).build();
      return CoverageCheck.check(DongThap.DIRECTORY, plan, DONG_THAP_AS_OF);
    });
  }

  private static Gen<PastInspection> pastInspections() {
    return Gens.strings(IDS, 1, 8).zip(Generate.range(2000, 2100), Generate.enumValues(InspectionForm.class),
        PastInspection::new);
  }

  private static Gen<PlanningRequest> planningRequests() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).zip(Gens.listsOf(pastInspections(), 0, 3),
        Generate.booleans(), (seed, history, weigh) -> {
          PlanningRequest.Builder b = PlanningRequest.builder().from(DongThap.REQUEST).seed(seed)
              .addAllHistory(history);
          if (weigh) {
            b.putWeight("procedures", new BigDecimal("2.5"));
          }
          return b.build();
        });
  }

  private static Gen<PlanningResult> planningResults() {
    return planningRequests().map(r -> TargetPlanner.propose(DongThap.DIRECTORY, r));
  }

  private static Gen<RuleConflict> conflicts() {
    return Gens.oneOf(DongThap.DIRECTORY.unitsOfKind(OrgKind.DEPARTMENT)).map(unit -> TargetPlanner.propose(
            DongThap.DIRECTORY, PlanningRequest.builder().from(DongThap.REQUEST).addMustInclude(unit.id())
                .addMustExclude(unit.id()).build()))
        .map(r -> r.conflicts().get(0));
  }

  private static Gen<ScheduleRequest> scheduleRequests() {
    PlanningResult proposal = TargetPlanner.propose(DongThap.DIRECTORY, DongThap.REQUEST);
    InspectionPlan proposed = InspectionPlan.builder().from(DongThap.DRAFT).targets(proposal.targets()).build();
    ScheduleRequest base = schedule(proposed, DongThap.DIRECTORY);
    return Generate.range(1, 40).zip(Generate.range(1, 4), Gens.listsOf(
        Gens.datesWithEdges(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30)), 0, 4), Generate.booleans(),
        (days, teams, blackouts, statutory) -> ScheduleRequest.builder().from(base).visitDays(days).subTeams(teams)
            .subTeamNames(List.of()).addAllBlackouts(blackouts)
            .calendar(statutory ? WorkingCalendar.statutory() : WorkingCalendar.standard()).build());
  }

  private static Gen<ScheduleProblem> scheduleProblems() {
    return scheduleRequests().map(r -> VisitScheduler.schedule(ScheduleRequest.builder().from(r).visitDays(40)
            .build()))
        .assuming(r -> !r.problems().isEmpty())
        .map(r -> r.problems().get(0));
  }

  /**
   * Returns a file of {@code docs/examples}, found from the module folder the tests run in.
   *
   * @param name the file name
   * @return the file
   */
  public static Path example(String name) {
    for (Path docs : new Path[] {Path.of("..", "docs"), Path.of("docs")}) {
      if (Files.isDirectory(docs.resolve("examples"))) {
        return docs.resolve("examples").resolve(name);
      }
    }
    throw new IllegalStateException("No docs/examples folder beside " + Path.of("").toAbsolutePath());
  }

  private static Gen<Integer> years() {
    return Gens.intsWithEdges(WorkingCalendar.MIN_YEAR, WorkingCalendar.MAX_YEAR);
  }

  private static Gen<ReportPeriod> periods() {
    return Generate.enumValues(ReportPeriod.Type.class).zip(Generate.range(2000, 2100), Generate.range(1, 12),
        (type, year, n) -> ReportPeriod.of(type, year, type == ReportPeriod.Type.YEAR ? 1 : 1 + (n - 1)
            % (12 / type.months())));
  }
}
