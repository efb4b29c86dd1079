package io.github.cchc.core.json.internal;

import io.github.cchc.core.coverage.CountRule;
import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.IncludeRule;
import io.github.cchc.core.coverage.ParentSelection;
import io.github.cchc.core.coverage.PastInspection;
import io.github.cchc.core.coverage.PerParentRule;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.SelfInspectionRule;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.coverage.SubordinatesRule;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.TextParseException;
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
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.plan.ReformArea;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The mapping of inspection plans, coverage rules, planning requests and coverage verdicts to their documents
 * ({@code docs/inspection.md}).
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class InspectionPlanMapping {

  /** The mapping of an inspection plan. */
  public static final JsonMapping<InspectionPlan, InspectionPlanDocument> PLAN = JsonMapping.of(InspectionPlan.class,
      InspectionPlanDocument.class, InspectionPlanMapping::toDocument, InspectionPlanMapping::toPlan);

  /** The mapping of a coverage rule, chosen by its {@code rule} name. */
  public static final JsonMapping<CoverageRule, CoverageRuleDocument> RULE = JsonMapping.of(CoverageRule.class,
      CoverageRuleDocument.class, InspectionPlanMapping::ruleDocument, InspectionPlanMapping::toRule);

  /** The mapping of an inspection target, as a plan lists it. */
  public static final JsonMapping<InspectionTarget, InspectionTargetDocument> TARGET = JsonMapping.of(
      InspectionTarget.class, InspectionTargetDocument.class, InspectionPlanMapping::targetDocument,
      InspectionPlanMapping::toTarget);

  /** The mapping of an inspection window. */
  public static final JsonMapping<InspectionWindow, InspectionWindowDocument> WINDOW = JsonMapping.of(
      InspectionWindow.class, InspectionWindowDocument.class, InspectionPlanMapping::windowDocument,
      InspectionPlanMapping::toWindow);

  /** The mapping of a day count. */
  public static final JsonMapping<DayCount, InspectionDaysDocument> DAYS = JsonMapping.of(DayCount.class,
      InspectionDaysDocument.class, InspectionPlanMapping::daysDocument, InspectionPlanMapping::toDays);

  /** The mapping of the bounds of a visit's length. */
  public static final JsonMapping<VisitLength, InspectionVisitLengthDocument> VISIT_LENGTH = JsonMapping.of(
      VisitLength.class, InspectionVisitLengthDocument.class, InspectionPlanMapping::visitLengthDocument,
      InspectionPlanMapping::toVisitLength);

  /** The mapping of an inspection team. */
  public static final JsonMapping<InspectionTeam, InspectionTeamDocument> TEAM = JsonMapping.of(
      InspectionTeam.class, InspectionTeamDocument.class, InspectionPlanMapping::teamDocument,
      InspectionPlanMapping::toTeam);

  /** The mapping of a member agency of a team. */
  public static final JsonMapping<TeamMember, InspectionTeamMemberDocument> TEAM_MEMBER = JsonMapping.of(
      TeamMember.class, InspectionTeamMemberDocument.class, InspectionPlanMapping::memberDocument,
      InspectionPlanMapping::toMember);

  /** The mapping of a sub-team. */
  public static final JsonMapping<SubTeam, InspectionSubTeamDocument> SUB_TEAM = JsonMapping.of(SubTeam.class,
      InspectionSubTeamDocument.class, InspectionPlanMapping::subTeamDocument, InspectionPlanMapping::toSubTeam);

  /** The mapping of the timing rules. */
  public static final JsonMapping<TimingRules, InspectionTimingDocument> TIMING = JsonMapping.of(TimingRules.class,
      InspectionTimingDocument.class, InspectionPlanMapping::timingDocument, InspectionPlanMapping::toTiming);

  /** The mapping of a finding after a visit. */
  public static final JsonMapping<VisitFinding, InspectionFindingDocument> VISIT_FINDING = JsonMapping.of(
      VisitFinding.class, InspectionFindingDocument.class, InspectionPlanMapping::findingDocument,
      InspectionPlanMapping::toFinding);

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

  private InspectionPlanMapping() {}

  /**
   * Converts the planner's inputs beside the rules.
   *
   * @param d the document
   * @param root its trail
   * @param rules the rules
   * @param asOf the day at which units must be active
   * @return the request
   */
  public static PlanningRequest toPlanningRequest(InspectionPlanningDocument d, Trail root,
      List<CoverageRule> rules, LocalDate asOf) {
    PlanningRequest.Builder b = PlanningRequest.builder().asOf(asOf).addAllRules(rules);
    fillPlanning(b, root, d.history(), d.signals(), d.weights(), d.mustInclude(), d.mustExclude(),
        d.recentInspectionPenalty(), d.seed());
    return buildPlanning(b, root);
  }

  /**
   * Fills a planning request with the inputs that both of its documents share.
   *
   * @param b the builder
   * @param root the trail of the document
   * @param historyDocs the past inspections, or null
   * @param signals the signals, or null
   * @param weights the weights, or null
   * @param mustInclude the units to include, or null
   * @param mustExclude the units to exclude, or null
   * @param penalty the recent-inspection penalty, or null
   * @param seed the seed, or null
   */
  static void fillPlanning(PlanningRequest.Builder b, Trail root, List<InspectionPastDocument> historyDocs,
      Map<String, Map<String, BigDecimal>> signals, Map<String, BigDecimal> weights, List<String> mustInclude,
      List<String> mustExclude, BigDecimal penalty, Long seed) {
    List<InspectionPastDocument> history = Convert.orEmpty(historyDocs);
    for (int i = 0; i < history.size(); i++) {
      b.addHistory(toPast(history.get(i), root.field("history").index(i)));
    }
    if (signals != null) {
      signals.forEach((unit, values) -> {
        if (values == null) {
          throw new MappingProblem(root.field("signals").field(unit), Problems.nullNotAllowed());
        }
        b.putSignal(unit, values);
      });
    }
    if (weights != null) {
      b.putAllWeights(weights);
    }
    b.addAllMustInclude(Convert.orEmpty(mustInclude));
    b.addAllMustExclude(Convert.orEmpty(mustExclude));
    if (penalty != null) {
      b.recentInspectionPenalty(penalty);
    }
    if (seed != null) {
      b.seed(seed);
    }
  }

  static PlanningRequest buildPlanning(PlanningRequest.Builder b, Trail root) {
    try {
      return b.build();
    } catch (ModelRuleException e) {
      throw new MappingProblem(root, Problems.refused(e), e);
    }
  }

  /**
   * Converts the document of a past inspection.
   *
   * @param h the document
   * @param t its trail
   * @return the past inspection
   */
  static PastInspection toPast(InspectionPastDocument h, Trail t) {
    InspectionForm form = h.form() == null ? InspectionForm.DIRECT_ANNOUNCED
        : Convert.constant(InspectionForm.class, h.form(), t.field("form"));
    try {
      return new PastInspection(Convert.required(h.unit(), t.field("unit")), Convert.required(h.year(),
          t.field("year")), form);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(t, Problems.refused(e), e);
    }
  }

  public static InspectionPlan toPlan(InspectionPlanDocument d, Trail root) {
    InspectionPlan.Builder b = InspectionPlan.builder();
    b.year(Convert.required(d.year(), root.field("year")));
    if (d.number() != null) {
      try {
        b.number(DocumentNumber.parse(d.number()));
      } catch (TextParseException e) {
        throw new MappingProblem(root.field("number"), Problems.refused(e), e);
      }
    }
    List<String> bases = Convert.orEmpty(d.legalBases());
    for (int i = 0; i < bases.size(); i++) {
      try {
        b.addLegalBase(DocumentReference.parse(bases.get(i)));
      } catch (TextParseException e) {
        throw new MappingProblem(root.field("legalBases").index(i), Problems.refused(e), e);
      }
    }
    // The model keeps text in NFC: no normalising here.
    Optional.ofNullable(d.issuer()).ifPresent(b::issuer);
    Optional.ofNullable(d.place()).ifPresent(b::place);
    Optional.ofNullable(d.title()).ifPresent(b::title);
    if (d.issueDate() != null) {
      b.issueDate(Convert.date(d.issueDate(), root.field("issueDate")));
    }
    List<String> forms = Convert.orEmpty(d.forms());
    for (int i = 0; i < forms.size(); i++) {
      b.addForm(Convert.constant(InspectionForm.class, forms.get(i), root.field("forms").index(i)));
    }
    List<String> areas = Convert.orEmpty(d.contentAreas());
    for (int i = 0; i < areas.size(); i++) {
      b.addContentArea(Convert.constant(ReformArea.class, areas.get(i), root.field("contentAreas").index(i)));
    }
    if (d.team() != null) {
      b.team(toTeam(d.team(), root.field("team")));
    }
    if (d.window() != null) {
      b.window(toWindow(d.window(), root.field("window")));
    }
    if (d.timing() != null) {
      b.timing(toTiming(d.timing(), root.field("timing")));
    }
    if (d.selfInspectionReportDeadline() != null) {
      b.selfInspectionReportDeadline(
          Convert.date(d.selfInspectionReportDeadline(), root.field("selfInspectionReportDeadline")));
    }
    b.addAllFunding(Convert.orEmpty(d.funding()));
    List<CoverageRuleDocument> rules = Convert.required(d.coverage(), root.field("coverage"));
    for (int i = 0; i < rules.size(); i++) {
      b.addCoverage(toRule(rules.get(i), root.field("coverage").index(i)));
    }
    List<InspectionTargetDocument> targets = Convert.required(d.targets(), root.field("targets"));
    for (int i = 0; i < targets.size(); i++) {
      b.addTarget(toTarget(targets.get(i), root.field("targets").index(i)));
    }
    List<InspectionFindingDocument> findings = Convert.orEmpty(d.findings());
    for (int i = 0; i < findings.size(); i++) {
      b.addFinding(toFinding(findings.get(i), root.field("findings").index(i)));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(root, Problems.refused(e), e);
    }
  }

  /**
   * Converts the document of a coverage rule.
   *
   * @param r the document
   * @param t its trail
   * @return the rule
   */
  public static CoverageRule toRule(CoverageRuleDocument r, Trail t) {
    try {
      if (r instanceof CoverageRuleDocument.Share s) {
        if (s.atLeastPercent() != null && s.moreThanPercent() != null) {
          throw new MappingProblem(t.field("moreThanPercent"), new Message(
              "quy tắc share có atLeastPercent hoặc moreThanPercent, không có cả hai",
              "a share rule takes atLeastPercent or moreThanPercent, not both"));
        }
        if (s.atLeastPercent() == null && s.moreThanPercent() == null) {
          throw new MappingProblem(t, new Message("quy tắc share cần atLeastPercent hoặc moreThanPercent",
              "a share rule needs atLeastPercent or moreThanPercent"));
        }
        boolean strict = s.moreThanPercent() != null;
        return new ShareRule(kinds(s.kinds(), t.field("kinds")), Optional.ofNullable(s.scope()),
            strict ? s.moreThanPercent() : s.atLeastPercent(), strict);
      } else if (r instanceof CoverageRuleDocument.Count c) {
        return new CountRule(kinds(c.kinds(), t.field("kinds")), Optional.ofNullable(c.scope()),
            Convert.required(c.atLeast(), t.field("atLeast")));
      } else if (r instanceof CoverageRuleDocument.PerParent p) {
        return new PerParentRule(kinds(p.kinds(), t.field("kinds")), kinds(p.parentKinds(), t.field("parentKinds")),
            Convert.required(p.min(), t.field("min")), Convert.required(p.max(), t.field("max")),
            p.parents() == null ? ParentSelection.ALL
                : Convert.constant(ParentSelection.class, p.parents(), t.field("parents")));
      } else if (r instanceof CoverageRuleDocument.Include i) {
        return new IncludeRule(Convert.required(i.units(), t.field("units")));
      } else if (r instanceof CoverageRuleDocument.Subordinates s) {
        return new SubordinatesRule(Convert.required(s.min(), t.field("min")), Convert.required(s.max(),
            t.field("max")), s.kinds() == null ? SubordinatesRule.DEFAULT_KINDS : kinds(s.kinds(), t.field("kinds")));
      }
      CoverageRuleDocument.SelfInspection s = (CoverageRuleDocument.SelfInspection) r;
      return new SelfInspectionRule(kinds(s.kinds(), t.field("kinds")),
          Convert.required(s.atLeastPercent(), t.field("atLeastPercent")));
    } catch (ModelRuleException e) {
      throw new MappingProblem(t, Problems.refused(e), e);
    }
  }

  private static Set<OrgKind> kinds(List<String> names, Trail t) {
    Convert.required(names, t);
    Set<OrgKind> kinds = EnumSet.noneOf(OrgKind.class);
    for (int i = 0; i < names.size(); i++) {
      kinds.add(Convert.constant(OrgKind.class, names.get(i), t.index(i)));
    }
    return kinds;
  }

  private static InspectionTeam toTeam(InspectionTeamDocument d, Trail t) {
    InspectionTeam.Builder b = InspectionTeam.builder();
    Optional.ofNullable(d.head()).ifPresent(b::headAgency);
    List<InspectionTeamMemberDocument> members = Convert.orEmpty(d.members());
    for (int i = 0; i < members.size(); i++) {
      b.addMember(toMember(members.get(i), t.field("members").index(i)));
    }
    b.addAllObservers(Convert.orEmpty(d.observers()));
    List<InspectionSubTeamDocument> subTeams = Convert.orEmpty(d.subTeams());
    for (int i = 0; i < subTeams.size(); i++) {
      b.addSubTeam(toSubTeam(subTeams.get(i), t.field("subTeams").index(i)));
    }
    return b.build();
  }

  private static TeamMember toMember(InspectionTeamMemberDocument m, Trail mt) {
    try {
      return new TeamMember(Convert.required(m.agency(), mt.field("agency")),
          m.responsibility() == null ? "" : m.responsibility());
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(mt, Problems.refused(e), e);
    }
  }

  private static SubTeam toSubTeam(InspectionSubTeamDocument s, Trail st) {
    try {
      return new SubTeam(Convert.required(s.name(), st.field("name")), Convert.orEmpty(s.members()));
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(st, Problems.refused(e), e);
    }
  }

  static InspectionWindow toWindow(InspectionWindowDocument d, Trail t) {
    if (d.quarters() != null) {
      if (d.from() != null || d.to() != null) {
        throw new MappingProblem(t, new Message("khoảng thời gian là quarters hoặc from/to, không phải cả hai",
            "a window is either quarters or from/to, not both"));
      }
      List<YearQuarter> quarters = new ArrayList<>();
      for (int i = 0; i < d.quarters().size(); i++) {
        Matcher m = QUARTER.matcher(d.quarters().get(i));
        if (!m.matches()) {
          String quarter = Problems.quote(d.quarters().get(i));
          throw new MappingProblem(t.field("quarters").index(i), new Message(
              quarter + " không phải là một quý dạng \"2024Q2\"", quarter + " is not a quarter such as \"2024Q2\""));
        }
        quarters.add(YearQuarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      try {
        return InspectionWindow.ofQuarters(quarters);
      } catch (IllegalArgumentException e) {
        throw new MappingProblem(t.field("quarters"), Problems.refused(e), e);
      }
    }
    LocalDate from = Convert.date(Convert.required(d.from(), t.field("from")), t.field("from"));
    LocalDate to = Convert.date(Convert.required(d.to(), t.field("to")), t.field("to"));
    if (to.isBefore(from)) {
      throw new MappingProblem(t.field("to"), new Message("khoảng thời gian kết thúc ngày " + to
          + ", trước ngày bắt đầu " + from, "the window ends on " + to + ", before it starts on " + from));
    }
    return InspectionWindow.ofRange(LocalDateRange.ofClosed(from, to));
  }

  private static TimingRules toTiming(InspectionTimingDocument d, Trail t) {
    TimingRules.Builder b = TimingRules.builder();
    if (d.visitLength() != null) {
      b.visitLength(toVisitLength(d.visitLength(), t.field("visitLength")));
    }
    if (d.noticeLead() != null) {
      b.noticeLead(toDays(d.noticeLead(), t.field("noticeLead")));
    }
    if (d.reportLead() != null) {
      b.reportLead(toDays(d.reportLead(), t.field("reportLead")));
    }
    return b.build();
  }

  static VisitLength toVisitLength(InspectionVisitLengthDocument v, Trail vt) {
    DayType type = v.type() == null ? DayType.WORKING : Convert.constant(DayType.class, v.type(), vt.field("type"));
    try {
      return new VisitLength(Convert.required(v.min(), vt.field("min")), Convert.required(v.max(), vt.field("max")),
          type);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(vt, Problems.refused(e), e);
    }
  }

  static InspectionVisitLengthDocument visitLengthDocument(VisitLength v) {
    return new InspectionVisitLengthDocument(v.min(), v.max(), v.type().name());
  }

  static InspectionTargetDocument targetDocument(InspectionTarget t) {
    return new InspectionTargetDocument(t.unit(), t.form() == InspectionForm.DIRECT_ANNOUNCED ? null : t.form().name(),
        Convert.nullIfEmpty(t.subordinates()));
  }

  static DayCount toDays(InspectionDaysDocument d, Trail t) {
    DayType type = Convert.constant(DayType.class, Convert.required(d.type(), t.field("type")), t.field("type"));
    try {
      return new DayCount(Convert.required(d.days(), t.field("days")), type);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(t.field("days"), Problems.refused(e), e);
    }
  }

  static InspectionTarget toTarget(InspectionTargetDocument d, Trail t) {
    InspectionForm form = d.form() == null ? InspectionForm.DIRECT_ANNOUNCED
        : Convert.constant(InspectionForm.class, d.form(), t.field("form"));
    try {
      return new InspectionTarget(Convert.required(d.unit(), t.field("unit")), form,
          Convert.orEmpty(d.subordinates()));
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(t, Problems.refused(e), e);
    }
  }

  private static VisitFinding toFinding(InspectionFindingDocument d, Trail t) {
    FindingStatus status = d.status() == null ? FindingStatus.OPEN
        : Convert.constant(FindingStatus.class, d.status(), t.field("status"));
    Optional<LocalDate> visit = Optional.ofNullable(d.visitDate()).map(s -> Convert.date(s, t.field("visitDate")));
    Optional<LocalDate> due =
        Optional.ofNullable(d.remediationDue()).map(s -> Convert.date(s, t.field("remediationDue")));
    try {
      return new VisitFinding(Convert.required(d.unit(), t.field("unit")), visit,
          Convert.required(d.finding(), t.field("finding")),
          d.recommendation() == null ? "" : d.recommendation(), due, status);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new MappingProblem(t, Problems.refused(e), e);
    }
  }

  public static InspectionPlanDocument toDocument(InspectionPlan p) {
    return new InspectionPlanDocument(
        p.number().map(DocumentNumber::toString).orElse(null),
        p.issuer().orElse(null),
        p.place().orElse(null),
        p.issueDate().map(LocalDate::toString).orElse(null),
        p.title().orElse(null),
        Convert.nullIfEmpty(p.legalBases().stream().map(DocumentReference::toString).toList()),
        p.year(),
        Convert.nullIfEmpty(p.forms().stream().map(Enum::name).toList()),
        Convert.nullIfEmpty(p.contentAreas().stream().map(Enum::name).toList()),
        p.team().map(InspectionPlanMapping::teamDocument).orElse(null),
        p.window().map(InspectionPlanMapping::windowDocument).orElse(null),
        p.timing().map(InspectionPlanMapping::timingDocument).orElse(null),
        p.selfInspectionReportDeadline().map(LocalDate::toString).orElse(null),
        Convert.nullIfEmpty(p.funding()),
        p.coverage().stream().map(InspectionPlanMapping::ruleDocument).toList(),
        p.targets().stream().map(InspectionPlanMapping::targetDocument).toList(),
        Convert.nullIfEmpty(p.findings().stream().map(InspectionPlanMapping::findingDocument).toList()));
  }

  private static InspectionFindingDocument findingDocument(VisitFinding f) {
    return new InspectionFindingDocument(f.unit(), f.visitDate().map(LocalDate::toString).orElse(null), f.finding(),
        f.recommendation().isEmpty() ? null : f.recommendation(),
        f.remediationDue().map(LocalDate::toString).orElse(null), f.status().name());
  }

  private static InspectionTeamDocument teamDocument(InspectionTeam t) {
    return new InspectionTeamDocument(t.headAgency().orElse(null),
        Convert.nullIfEmpty(t.members().stream().map(InspectionPlanMapping::memberDocument).toList()),
        Convert.nullIfEmpty(t.observers()),
        Convert.nullIfEmpty(t.subTeams().stream().map(InspectionPlanMapping::subTeamDocument).toList()));
  }

  private static InspectionTeamMemberDocument memberDocument(TeamMember m) {
    return new InspectionTeamMemberDocument(m.agency(), m.responsibility().isEmpty() ? null : m.responsibility());
  }

  private static InspectionSubTeamDocument subTeamDocument(SubTeam s) {
    return new InspectionSubTeamDocument(s.name(), Convert.nullIfEmpty(s.members()));
  }

  static InspectionWindowDocument windowDocument(InspectionWindow w) {
    if (!w.quarters().isEmpty()) {
      return new InspectionWindowDocument(
          w.quarters().stream().map(q -> q.getYear() + "Q" + q.getQuarterValue()).toList(), null, null);
    }
    return new InspectionWindowDocument(null, w.firstDay().toString(), w.lastDay().toString());
  }

  private static InspectionTimingDocument timingDocument(TimingRules t) {
    return new InspectionTimingDocument(
        t.visitLength().map(InspectionPlanMapping::visitLengthDocument).orElse(null),
        t.noticeLead().map(InspectionPlanMapping::daysDocument).orElse(null),
        t.reportLead().map(InspectionPlanMapping::daysDocument).orElse(null));
  }

  static InspectionDaysDocument daysDocument(DayCount d) {
    return new InspectionDaysDocument(d.days(), d.type().name());
  }

  /**
   * Returns the document of a coverage rule.
   *
   * @param rule the rule
   * @return the document
   */
  public static CoverageRuleDocument ruleDocument(CoverageRule rule) {
    if (rule instanceof ShareRule s) {
      return new CoverageRuleDocument.Share(names(s.kinds()), s.scope().orElse(null),
          s.strict() ? null : s.percent(), s.strict() ? s.percent() : null);
    } else if (rule instanceof CountRule c) {
      return new CoverageRuleDocument.Count(names(c.kinds()), c.scope().orElse(null), c.atLeast());
    } else if (rule instanceof PerParentRule p) {
      return new CoverageRuleDocument.PerParent(names(p.kinds()), names(p.parentKinds()), p.min(), p.max(),
          p.parents().name());
    } else if (rule instanceof IncludeRule inc) {
      return new CoverageRuleDocument.Include(inc.units());
    } else if (rule instanceof SubordinatesRule s) {
      return new CoverageRuleDocument.Subordinates(
          s.kinds().equals(SubordinatesRule.DEFAULT_KINDS) ? null : names(s.kinds()), s.min(), s.max());
    }
    SelfInspectionRule s = (SelfInspectionRule) rule;
    return new CoverageRuleDocument.SelfInspection(names(s.kinds()), s.atLeastPercent());
  }

  private static List<String> names(Set<OrgKind> kinds) {
    return kinds.stream().map(Enum::name).toList();
  }
}
