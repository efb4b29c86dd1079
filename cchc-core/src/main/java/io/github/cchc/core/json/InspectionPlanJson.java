package io.github.cchc.core.json;

import io.github.cchc.core.coverage.CountRule;
import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.IncludeRule;
import io.github.cchc.core.coverage.InvalidCoverageRuleException;
import io.github.cchc.core.coverage.ParentSelection;
import io.github.cchc.core.coverage.PastInspection;
import io.github.cchc.core.coverage.PerParentRule;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.SelfInspectionRule;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.coverage.SubordinatesRule;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentNumberParseException;
import io.github.cchc.core.document.DocumentReference;
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
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Reads and writes inspection plans as JSON. Only {@code year}, {@code coverage} and {@code targets} are required:
 *
 * <pre>{@code
 * {"year": 2024,
 *  "coverage": [
 *   {"rule": "share", "kinds": ["DEPARTMENT"], "atLeastPercent": 50},
 *   {"rule": "share", "kinds": ["DEPARTMENT", "DISTRICT"], "moreThanPercent": 30},
 *   {"rule": "count", "kinds": ["COMMUNE"], "atLeast": 10},
 *   {"rule": "perParent", "kinds": ["COMMUNE"], "parentKinds": ["DISTRICT"], "min": 1, "max": 2, "parents": "ALL"},
 *   {"rule": "include", "units": ["SL-STC", "SL-MS"]},
 *   {"rule": "subordinates", "min": 2, "max": 3}],
 *  "targets": [{"unit": "DT-SNV"}, {"unit": "DT-CL", "subordinates": ["DT-CL-P1", "DT-CL-P2"]}]}
 * }</pre>
 *
 * <p>{@code docs/inspection.md} describes every field. Reading is strict: an unknown field, a field that does not
 * belong to the rule it is in, a value of the wrong type, an unknown kind, form or status, and an impossible rule
 * (min above max, a percentage outside 0..100, both {@code atLeastPercent} and {@code moreThanPercent}) raise a
 * {@link JsonFormatException} naming the source, the JSON path (such as {@code $.coverage[3].max}, which names the
 * rule's index) and the line.
 *
 * <pre>{@code
 * InspectionPlan plan = InspectionPlanJson.read(Path.of("dong-thap-2024-inspection-plan.json"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InspectionPlanJson {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

  private InspectionPlanJson() {}

  /**
   * Reads a plan from a JSON string.
   *
   * @param json the document
   * @return the plan
   * @throws JsonFormatException if the document is not a valid inspection plan; the source is {@code <string>}
   * @throws NullPointerException if the argument is null
   */
  public static InspectionPlan read(String json) {
    return read(json, JsonSupport.STRING_SOURCE);
  }

  /**
   * Reads a plan from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages, such as a file name
   * @return the plan
   * @throws JsonFormatException if the document is not a valid inspection plan
   * @throws NullPointerException if an argument is null
   */
  public static InspectionPlan read(String json, String source) {
    return JsonSupport.read(json, source, InspectionPlanDocument.class, InspectionPlanJson::toPlan);
  }

  /**
   * Reads a plan from a UTF-8 file.
   *
   * @param path the file
   * @return the plan
   * @throws JsonFormatException if the file is not a valid inspection plan; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the argument is null
   */
  public static InspectionPlan read(Path path) {
    return read(JsonSupport.text(path), path.toString());
  }

  /**
   * Reads a plan from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the plan
   * @throws JsonFormatException if the stream is not a valid inspection plan
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static InspectionPlan read(InputStream in, String source) {
    return read(JsonSupport.text(in, source), source);
  }

  /**
   * Writes a plan as indented JSON; fields without a value are left out.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   * @throws NullPointerException if the argument is null
   */
  public static String write(InspectionPlan plan) {
    return JsonSupport.write(toDocument(Objects.requireNonNull(plan, "plan")));
  }

  /**
   * Writes a plan as indented UTF-8 JSON to a file, replacing it.
   *
   * @param plan the plan
   * @param path the file
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(InspectionPlan plan, Path path) {
    JsonSupport.write(toDocument(Objects.requireNonNull(plan, "plan")), path);
  }

  /**
   * Reads the target planner's inputs beside the rules from JSON and returns the request. The document's fields are
   * all optional:
   *
   * <pre>{@code
   * {"history": [{"unit": "DT-STC", "year": 2023}],
   *  "signals": {"DT-STC": {"procedures": 120, "openFindings": 2}},
   *  "weights": {"procedures": 1, "openFindings": 10},
   *  "mustInclude": ["DT-SNV"], "mustExclude": ["DT-CA"],
   *  "recentInspectionPenalty": 100, "seed": 2024}
   * }</pre>
   *
   * @param json the document
   * @param source the name to give in error messages, such as a file name
   * @param rules the coverage rules to meet
   * @param asOf the day at which units must be active
   * @return the planning request
   * @throws JsonFormatException if the document is not valid
   * @throws NullPointerException if an argument is null
   */
  public static PlanningRequest readPlanningRequest(String json, String source, List<CoverageRule> rules,
      LocalDate asOf) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    return JsonSupport.read(json, source, InspectionPlanningDocument.class,
        (d, root) -> toPlanningRequest(d, root, rules, asOf));
  }

  /**
   * Reads the target planner's inputs from a UTF-8 file; see {@link #readPlanningRequest(String, String, List,
   * LocalDate)}.
   *
   * @param path the file
   * @param rules the coverage rules to meet
   * @param asOf the day at which units must be active
   * @return the planning request
   * @throws JsonFormatException if the file is not valid; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static PlanningRequest readPlanningRequest(Path path, List<CoverageRule> rules, LocalDate asOf) {
    return readPlanningRequest(JsonSupport.text(path), path.toString(), rules, asOf);
  }

  private static PlanningRequest toPlanningRequest(InspectionPlanningDocument d, Trail root,
      List<CoverageRule> rules, LocalDate asOf) {
    PlanningRequest.Builder b = PlanningRequest.builder().asOf(asOf).addAllRules(rules);
    List<InspectionPastDocument> history = JsonSupport.orEmpty(d.history());
    for (int i = 0; i < history.size(); i++) {
      InspectionPastDocument h = history.get(i);
      Trail t = root.field("history").index(i);
      InspectionForm form = h.form() == null ? InspectionForm.DIRECT_ANNOUNCED
          : constant(InspectionForm.class, h.form(), t.field("form"));
      try {
        b.addHistory(new PastInspection(JsonSupport.required(h.unit(), t.field("unit")),
            JsonSupport.required(h.year(), t.field("year")), form));
      } catch (IllegalArgumentException e) {
        throw new MappingProblem(t, e.getMessage(), e);
      }
    }
    if (d.signals() != null) {
      d.signals().forEach((unit, values) -> {
        if (values == null) {
          throw new MappingProblem(root.field("signals").field(unit), "null is not allowed here");
        }
        b.putSignal(unit, values);
      });
    }
    if (d.weights() != null) {
      b.putAllWeights(d.weights());
    }
    b.addAllMustInclude(JsonSupport.orEmpty(d.mustInclude()));
    b.addAllMustExclude(JsonSupport.orEmpty(d.mustExclude()));
    if (d.recentInspectionPenalty() != null) {
      b.recentInspectionPenalty(d.recentInspectionPenalty());
    }
    if (d.seed() != null) {
      b.seed(d.seed());
    }
    return b.build();
  }

  /**
   * Writes a coverage verdict as indented JSON: {@code satisfied}, then {@code rules} in the plan's order, each with
   * {@code rule}, {@code index}, {@code satisfied}, {@code population}, {@code required}, {@code actual}, {@code
   * missing}, {@code excess}, {@code messageVi} and {@code messageEn}, then {@code findings}, each with {@code
   * severity}, {@code path}, {@code ruleId}, {@code messageVi} and {@code messageEn}.
   *
   * @param verdict the verdict
   * @return the JSON text, ending with a newline
   * @throws NullPointerException if the argument is null
   */
  public static String writeVerdict(CoverageVerdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    return JsonSupport.write(new InspectionVerdictDocument(verdict.satisfied(),
        verdict.rules().stream().map(r -> new InspectionRuleResultDocument(r.ruleName(), r.index(), r.satisfied(),
            r.population(), r.required(), r.actual(), r.missing(), r.excess(), r.messageVi(), r.messageEn()))
            .toList(),
        verdict.findings().stream().map(f -> new InspectionCheckFindingDocument(f.severity().name(), f.path(),
            f.ruleId(), f.messageVi(), f.messageEn())).toList()));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading

  static InspectionPlan toPlan(InspectionPlanDocument d, Trail root) {
    InspectionPlan.Builder b = InspectionPlan.builder();
    b.year(JsonSupport.required(d.year(), root.field("year")));
    if (d.number() != null) {
      try {
        b.number(DocumentNumber.parse(d.number()));
      } catch (DocumentNumberParseException e) {
        throw new MappingProblem(root.field("number"), e.getMessage(), e);
      }
    }
    List<String> bases = JsonSupport.orEmpty(d.legalBases());
    for (int i = 0; i < bases.size(); i++) {
      try {
        b.addLegalBase(DocumentReference.parse(bases.get(i)));
      } catch (DocumentNumberParseException e) {
        throw new MappingProblem(root.field("legalBases").index(i), e.getMessage(), e);
      }
    }
    Optional.ofNullable(d.issuer()).map(JsonSupport::nfc).ifPresent(b::issuer);
    Optional.ofNullable(d.place()).map(JsonSupport::nfc).ifPresent(b::place);
    Optional.ofNullable(d.title()).map(JsonSupport::nfc).ifPresent(b::title);
    if (d.issueDate() != null) {
      b.issueDate(JsonSupport.date(d.issueDate(), root.field("issueDate")));
    }
    List<String> forms = JsonSupport.orEmpty(d.forms());
    for (int i = 0; i < forms.size(); i++) {
      b.addForm(constant(InspectionForm.class, forms.get(i), root.field("forms").index(i)));
    }
    List<String> areas = JsonSupport.orEmpty(d.contentAreas());
    for (int i = 0; i < areas.size(); i++) {
      b.addContentArea(constant(ReformArea.class, areas.get(i), root.field("contentAreas").index(i)));
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
          JsonSupport.date(d.selfInspectionReportDeadline(), root.field("selfInspectionReportDeadline")));
    }
    b.addAllFunding(JsonSupport.nfc(JsonSupport.orEmpty(d.funding())));
    List<InspectionRuleDocument> rules = JsonSupport.required(d.coverage(), root.field("coverage"));
    for (int i = 0; i < rules.size(); i++) {
      b.addCoverage(toRule(rules.get(i), root.field("coverage").index(i), i));
    }
    List<InspectionTargetDocument> targets = JsonSupport.required(d.targets(), root.field("targets"));
    for (int i = 0; i < targets.size(); i++) {
      b.addTarget(toTarget(targets.get(i), root.field("targets").index(i)));
    }
    List<InspectionFindingDocument> findings = JsonSupport.orEmpty(d.findings());
    for (int i = 0; i < findings.size(); i++) {
      b.addFinding(toFinding(findings.get(i), root.field("findings").index(i)));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(root, e.getMessage(), e);
    }
  }

  private static CoverageRule toRule(InspectionRuleDocument r, Trail t, int index) {
    String name = JsonSupport.required(r.rule(), t.field("rule"));
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("kinds", r.kinds());
    given.put("scope", r.scope());
    given.put("atLeastPercent", r.atLeastPercent());
    given.put("moreThanPercent", r.moreThanPercent());
    given.put("atLeast", r.atLeast());
    given.put("parentKinds", r.parentKinds());
    given.put("min", r.min());
    given.put("max", r.max());
    given.put("parents", r.parents());
    given.put("units", r.units());
    List<String> allowed = switch (name) {
      case "share" -> List.of("kinds", "scope", "atLeastPercent", "moreThanPercent");
      case "count" -> List.of("kinds", "scope", "atLeast");
      case "perParent" -> List.of("kinds", "parentKinds", "min", "max", "parents");
      case "include" -> List.of("units");
      case "subordinates" -> List.of("min", "max", "kinds");
      case "selfInspection" -> List.of("kinds", "atLeastPercent");
      default -> throw new MappingProblem(t.field("rule"), "rule coverage[" + index + "]: unknown rule \"" + name
          + "\"; expected one of share, count, perParent, include, subordinates, selfInspection");
    };
    for (Map.Entry<String, Object> e : given.entrySet()) {
      if (e.getValue() != null && !allowed.contains(e.getKey())) {
        throw new MappingProblem(t.field(e.getKey()), "rule coverage[" + index + "]: the field \"" + e.getKey()
            + "\" does not belong to a \"" + name + "\" rule, which takes " + allowed);
      }
    }
    try {
      return switch (name) {
        case "share" -> {
          if (r.atLeastPercent() != null && r.moreThanPercent() != null) {
            throw new MappingProblem(t.field("moreThanPercent"), "rule coverage[" + index
                + "]: a share rule takes atLeastPercent or moreThanPercent, not both");
          }
          if (r.atLeastPercent() == null && r.moreThanPercent() == null) {
            throw new MappingProblem(t, "rule coverage[" + index
                + "]: a share rule needs atLeastPercent or moreThanPercent");
          }
          boolean strict = r.moreThanPercent() != null;
          yield new ShareRule(kinds(r.kinds(), t.field("kinds"), index), Optional.ofNullable(r.scope()),
              strict ? r.moreThanPercent() : r.atLeastPercent(), strict);
        }
        case "count" -> new CountRule(kinds(r.kinds(), t.field("kinds"), index), Optional.ofNullable(r.scope()),
            need(r.atLeast(), t.field("atLeast"), index));
        case "perParent" -> new PerParentRule(kinds(r.kinds(), t.field("kinds"), index),
            kinds(r.parentKinds(), t.field("parentKinds"), index), need(r.min(), t.field("min"), index),
            need(r.max(), t.field("max"), index),
            r.parents() == null ? ParentSelection.ALL : constant(ParentSelection.class, r.parents(),
                t.field("parents")));
        case "include" -> new IncludeRule(need(r.units(), t.field("units"), index));
        case "subordinates" -> new SubordinatesRule(need(r.min(), t.field("min"), index),
            need(r.max(), t.field("max"), index),
            r.kinds() == null ? SubordinatesRule.DEFAULT_KINDS : kinds(r.kinds(), t.field("kinds"), index));
        default -> new SelfInspectionRule(kinds(r.kinds(), t.field("kinds"), index),
            need(r.atLeastPercent(), t.field("atLeastPercent"), index));
      };
    } catch (InvalidCoverageRuleException e) {
      throw new MappingProblem(t, "rule coverage[" + index + "] (" + name + "): " + e.getMessage(), e);
    }
  }

  private static <T> T need(T value, Trail t, int index) {
    if (value == null) {
      throw new MappingProblem(t, "rule coverage[" + index + "]: the field is required for this rule");
    }
    return value;
  }

  private static Set<OrgKind> kinds(List<String> names, Trail t, int index) {
    need(names, t, index);
    Set<OrgKind> kinds = EnumSet.noneOf(OrgKind.class);
    for (int i = 0; i < names.size(); i++) {
      kinds.add(constant(OrgKind.class, names.get(i), t.index(i)));
    }
    return kinds;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, Trail t) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(t, "unknown value \"" + name + "\" for " + type.getSimpleName() + "; expected one of "
          + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  private static InspectionTeam toTeam(InspectionTeamDocument d, Trail t) {
    InspectionTeam.Builder b = InspectionTeam.builder();
    Optional.ofNullable(d.head()).map(JsonSupport::nfc).ifPresent(b::headAgency);
    List<InspectionTeamMemberDocument> members = JsonSupport.orEmpty(d.members());
    for (int i = 0; i < members.size(); i++) {
      InspectionTeamMemberDocument m = members.get(i);
      Trail mt = t.field("members").index(i);
      try {
        b.addMember(new TeamMember(JsonSupport.required(m.agency(), mt.field("agency")),
            m.responsibility() == null ? "" : m.responsibility()));
      } catch (IllegalArgumentException e) {
        throw new MappingProblem(mt, e.getMessage(), e);
      }
    }
    b.addAllObservers(JsonSupport.nfc(JsonSupport.orEmpty(d.observers())));
    List<InspectionSubTeamDocument> subTeams = JsonSupport.orEmpty(d.subTeams());
    for (int i = 0; i < subTeams.size(); i++) {
      Trail st = t.field("subTeams").index(i);
      try {
        b.addSubTeam(new SubTeam(JsonSupport.required(subTeams.get(i).name(), st.field("name")),
            JsonSupport.orEmpty(subTeams.get(i).members())));
      } catch (IllegalArgumentException e) {
        throw new MappingProblem(st, e.getMessage(), e);
      }
    }
    return b.build();
  }

  private static InspectionWindow toWindow(InspectionWindowDocument d, Trail t) {
    if (d.quarters() != null) {
      if (d.from() != null || d.to() != null) {
        throw new MappingProblem(t, "a window is either quarters or from/to, not both");
      }
      List<YearQuarter> quarters = new ArrayList<>();
      for (int i = 0; i < d.quarters().size(); i++) {
        Matcher m = QUARTER.matcher(d.quarters().get(i));
        if (!m.matches()) {
          throw new MappingProblem(t.field("quarters").index(i),
              "\"" + d.quarters().get(i) + "\" is not a quarter such as \"2024Q2\"");
        }
        quarters.add(YearQuarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      try {
        return InspectionWindow.ofQuarters(quarters);
      } catch (IllegalArgumentException e) {
        throw new MappingProblem(t.field("quarters"), e.getMessage(), e);
      }
    }
    LocalDate from = JsonSupport.date(JsonSupport.required(d.from(), t.field("from")), t.field("from"));
    LocalDate to = JsonSupport.date(JsonSupport.required(d.to(), t.field("to")), t.field("to"));
    if (to.isBefore(from)) {
      throw new MappingProblem(t.field("to"), "the window ends on " + to + ", before it starts on " + from);
    }
    return InspectionWindow.ofRange(LocalDateRange.ofClosed(from, to));
  }

  private static TimingRules toTiming(InspectionTimingDocument d, Trail t) {
    TimingRules.Builder b = TimingRules.builder();
    if (d.visitLength() != null) {
      Trail vt = t.field("visitLength");
      InspectionVisitLengthDocument v = d.visitLength();
      DayType type = v.type() == null ? DayType.WORKING : constant(DayType.class, v.type(), vt.field("type"));
      try {
        b.visitLength(new VisitLength(JsonSupport.required(v.min(), vt.field("min")),
            JsonSupport.required(v.max(), vt.field("max")), type));
      } catch (IllegalArgumentException e) {
        throw new MappingProblem(vt, e.getMessage(), e);
      }
    }
    if (d.noticeLead() != null) {
      b.noticeLead(toDays(d.noticeLead(), t.field("noticeLead")));
    }
    if (d.reportLead() != null) {
      b.reportLead(toDays(d.reportLead(), t.field("reportLead")));
    }
    return b.build();
  }

  private static DayCount toDays(InspectionDaysDocument d, Trail t) {
    DayType type = constant(DayType.class, JsonSupport.required(d.type(), t.field("type")), t.field("type"));
    try {
      return new DayCount(JsonSupport.required(d.days(), t.field("days")), type);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(t.field("days"), e.getMessage(), e);
    }
  }

  private static InspectionTarget toTarget(InspectionTargetDocument d, Trail t) {
    InspectionForm form = d.form() == null ? InspectionForm.DIRECT_ANNOUNCED
        : constant(InspectionForm.class, d.form(), t.field("form"));
    try {
      return new InspectionTarget(JsonSupport.required(d.unit(), t.field("unit")), form,
          JsonSupport.orEmpty(d.subordinates()));
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(t, e.getMessage(), e);
    }
  }

  private static VisitFinding toFinding(InspectionFindingDocument d, Trail t) {
    FindingStatus status = d.status() == null ? FindingStatus.OPEN
        : constant(FindingStatus.class, d.status(), t.field("status"));
    Optional<LocalDate> visit = Optional.ofNullable(d.visitDate()).map(s -> JsonSupport.date(s, t.field("visitDate")));
    Optional<LocalDate> due =
        Optional.ofNullable(d.remediationDue()).map(s -> JsonSupport.date(s, t.field("remediationDue")));
    try {
      return new VisitFinding(JsonSupport.required(d.unit(), t.field("unit")), visit,
          JsonSupport.required(d.finding(), t.field("finding")),
          d.recommendation() == null ? "" : d.recommendation(), due, status);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new MappingProblem(t, e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Writing

  static InspectionPlanDocument toDocument(InspectionPlan p) {
    return new InspectionPlanDocument(
        p.number().map(DocumentNumber::toString).orElse(null),
        p.issuer().orElse(null),
        p.place().orElse(null),
        p.issueDate().map(LocalDate::toString).orElse(null),
        p.title().orElse(null),
        JsonSupport.nullIfEmpty(p.legalBases().stream().map(DocumentReference::toString).toList()),
        p.year(),
        JsonSupport.nullIfEmpty(p.forms().stream().map(Enum::name).toList()),
        JsonSupport.nullIfEmpty(p.contentAreas().stream().map(Enum::name).toList()),
        p.team().map(InspectionPlanJson::teamDocument).orElse(null),
        p.window().map(InspectionPlanJson::windowDocument).orElse(null),
        p.timing().map(InspectionPlanJson::timingDocument).orElse(null),
        p.selfInspectionReportDeadline().map(LocalDate::toString).orElse(null),
        JsonSupport.nullIfEmpty(p.funding()),
        p.coverage().stream().map(InspectionPlanJson::ruleDocument).toList(),
        p.targets().stream().map(t -> new InspectionTargetDocument(t.unit(),
            t.form() == InspectionForm.DIRECT_ANNOUNCED ? null : t.form().name(),
            JsonSupport.nullIfEmpty(t.subordinates()))).toList(),
        JsonSupport.nullIfEmpty(p.findings().stream().map(f -> new InspectionFindingDocument(f.unit(),
            f.visitDate().map(LocalDate::toString).orElse(null), f.finding(),
            f.recommendation().isEmpty() ? null : f.recommendation(),
            f.remediationDue().map(LocalDate::toString).orElse(null), f.status().name())).toList()));
  }

  private static InspectionTeamDocument teamDocument(InspectionTeam t) {
    return new InspectionTeamDocument(t.headAgency().orElse(null),
        JsonSupport.nullIfEmpty(t.members().stream().map(m -> new InspectionTeamMemberDocument(m.agency(),
            m.responsibility().isEmpty() ? null : m.responsibility())).toList()),
        JsonSupport.nullIfEmpty(t.observers()),
        JsonSupport.nullIfEmpty(t.subTeams().stream()
            .map(s -> new InspectionSubTeamDocument(s.name(), JsonSupport.nullIfEmpty(s.members()))).toList()));
  }

  private static InspectionWindowDocument windowDocument(InspectionWindow w) {
    if (!w.quarters().isEmpty()) {
      return new InspectionWindowDocument(
          w.quarters().stream().map(q -> q.getYear() + "Q" + q.getQuarterValue()).toList(), null, null);
    }
    return new InspectionWindowDocument(null, w.firstDay().toString(), w.lastDay().toString());
  }

  private static InspectionTimingDocument timingDocument(TimingRules t) {
    return new InspectionTimingDocument(
        t.visitLength().map(v -> new InspectionVisitLengthDocument(v.min(), v.max(), v.type().name())).orElse(null),
        t.noticeLead().map(InspectionPlanJson::daysDocument).orElse(null),
        t.reportLead().map(InspectionPlanJson::daysDocument).orElse(null));
  }

  private static InspectionDaysDocument daysDocument(DayCount d) {
    return new InspectionDaysDocument(d.days(), d.type().name());
  }

  private static InspectionRuleDocument ruleDocument(CoverageRule rule) {
    if (rule instanceof ShareRule s) {
      return new InspectionRuleDocument("share", names(s.kinds()), s.scope().orElse(null),
          s.strict() ? null : s.percent(), s.strict() ? s.percent() : null, null, null, null, null, null, null);
    } else if (rule instanceof CountRule c) {
      return new InspectionRuleDocument("count", names(c.kinds()), c.scope().orElse(null), null, null, c.atLeast(),
          null, null, null, null, null);
    } else if (rule instanceof PerParentRule p) {
      return new InspectionRuleDocument("perParent", names(p.kinds()), null, null, null, null,
          names(p.parentKinds()), p.min(), p.max(), p.parents().name(), null);
    } else if (rule instanceof IncludeRule inc) {
      return new InspectionRuleDocument("include", null, null, null, null, null, null, null, null, null,
          inc.units());
    } else if (rule instanceof SubordinatesRule s) {
      return new InspectionRuleDocument("subordinates",
          s.kinds().equals(SubordinatesRule.DEFAULT_KINDS) ? null : names(s.kinds()), null, null, null, null, null,
          s.min(), s.max(), null, null);
    }
    SelfInspectionRule s = (SelfInspectionRule) rule;
    return new InspectionRuleDocument("selfInspection", names(s.kinds()), null, s.atLeastPercent(), null, null,
        null, null, null, null, null);
  }

  private static List<String> names(Set<OrgKind> kinds) {
    return kinds.stream().map(Enum::name).toList();
  }
}
