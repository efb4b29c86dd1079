package io.github.cchc.core.json.internal;

import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.PastInspection;
import io.github.cchc.core.coverage.Pick;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.PlanningResult;
import io.github.cchc.core.coverage.RuleConflict;
import io.github.cchc.core.coverage.RuleResult;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.finding.Severity;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mapping of the target planner's and the coverage check's values: findings, coverage verdicts, past
 * inspections, planning requests and results, picks and rule conflicts ({@code docs/inspection.md}).
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class CoverageMapping {

  /** The mapping of a finding. */
  public static final JsonMapping<Finding, FindingDocument> FINDING = JsonMapping.of(Finding.class,
      FindingDocument.class, CoverageMapping::findingDocument, CoverageMapping::toFinding);

  /** The mapping of a coverage verdict. */
  public static final JsonMapping<CoverageVerdict, InspectionVerdictDocument> VERDICT = JsonMapping.of(
      CoverageVerdict.class, InspectionVerdictDocument.class, CoverageMapping::verdictDocument,
      CoverageMapping::toVerdict);

  /** The mapping of one rule's result in a verdict. */
  public static final JsonMapping<RuleResult, InspectionRuleResultDocument> RULE_RESULT = JsonMapping.of(
      RuleResult.class, InspectionRuleResultDocument.class, CoverageMapping::ruleResultDocument,
      CoverageMapping::toRuleResult);

  /** The mapping of a past inspection. */
  public static final JsonMapping<PastInspection, InspectionPastDocument> PAST_INSPECTION = JsonMapping.of(
      PastInspection.class, InspectionPastDocument.class, CoverageMapping::pastDocument,
      InspectionPlanMapping::toPast);

  /** The mapping of a whole planning request. */
  public static final JsonMapping<PlanningRequest, PlanningRequestDocument> PLANNING_REQUEST = JsonMapping.of(
      PlanningRequest.class, PlanningRequestDocument.class, CoverageMapping::requestDocument,
      CoverageMapping::toRequest);

  /** The mapping of a planning result. */
  public static final JsonMapping<PlanningResult, PlanningResultDocument> PLANNING_RESULT = JsonMapping.of(
      PlanningResult.class, PlanningResultDocument.class, CoverageMapping::resultDocument, CoverageMapping::toResult);

  /** The mapping of a pick. */
  public static final JsonMapping<Pick, PickDocument> PICK = JsonMapping.of(Pick.class, PickDocument.class,
      CoverageMapping::pickDocument, CoverageMapping::toPick);

  /** The mapping of a rule conflict. */
  public static final JsonMapping<RuleConflict, RuleConflictDocument> CONFLICT = JsonMapping.of(RuleConflict.class,
      RuleConflictDocument.class, CoverageMapping::conflictDocument, CoverageMapping::toConflict);

  private CoverageMapping() {}

  // ---------------------------------------------------------------------------------------------------------------
  // Findings and verdicts

  /**
   * Returns the document of a finding.
   *
   * @param f the finding
   * @return the document
   */
  public static FindingDocument findingDocument(Finding f) {
    return new FindingDocument(f.severity().name(), f.path(), f.ruleId(), f.messageVi(), f.messageEn());
  }

  /**
   * Converts the document of a finding.
   *
   * @param d the document
   * @param t its trail
   * @return the finding
   */
  public static Finding toFinding(FindingDocument d, Trail t) {
    Severity severity = Convert.constant(Severity.class, Convert.required(d.severity(), t.field("severity")),
        t.field("severity"));
    return Convert.at(t, () -> new Finding(severity, Convert.required(d.path(), t.field("path")),
        Convert.required(d.ruleId(), t.field("ruleId")), Convert.required(d.messageVi(), t.field("messageVi")),
        Convert.required(d.messageEn(), t.field("messageEn"))));
  }

  private static List<Finding> findings(List<FindingDocument> docs, Trail t) {
    List<FindingDocument> given = Convert.orEmpty(docs);
    List<Finding> findings = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      findings.add(toFinding(given.get(i), t.index(i)));
    }
    return findings;
  }

  /**
   * Returns the document of a coverage verdict.
   *
   * @param verdict the verdict
   * @return the document
   */
  public static InspectionVerdictDocument verdictDocument(CoverageVerdict verdict) {
    return new InspectionVerdictDocument(verdict.satisfied(),
        verdict.rules().stream().map(CoverageMapping::ruleResultDocument).toList(),
        verdict.findings().stream().map(CoverageMapping::findingDocument).toList());
  }

  private static CoverageVerdict toVerdict(InspectionVerdictDocument d, Trail root) {
    boolean satisfied = Convert.required(d.satisfied(), root.field("satisfied"));
    List<InspectionRuleResultDocument> given = Convert.orEmpty(d.rules());
    List<RuleResult> rules = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      rules.add(toRuleResult(given.get(i), root.field("rules").index(i)));
    }
    return new CoverageVerdict(satisfied, rules, findings(d.findings(), root.field("findings")));
  }

  private static InspectionRuleResultDocument ruleResultDocument(RuleResult r) {
    return new InspectionRuleResultDocument(r.ruleName(), r.index(), r.satisfied(), r.population(), r.required(),
        r.actual(), r.missing(), r.excess(), r.messageVi(), r.messageEn(), InspectionPlanMapping.ruleDocument(r.rule()));
  }

  private static RuleResult toRuleResult(InspectionRuleResultDocument r, Trail t) {
    CoverageRule rule = InspectionPlanMapping.toRule(Convert.required(r.definition(), t.field("definition")),
        t.field("definition"));
    String name = Convert.required(r.rule(), t.field("rule"));
    if (!name.equals(rule.ruleName())) {
      throw new MappingProblem(t.field("rule"), new Message(
          "tên quy tắc " + Problems.quote(name) + " khác quy tắc trong \"definition\" (" + rule.ruleName() + ")",
          "the rule's name " + Problems.quote(name) + " is not that of its definition (" + rule.ruleName() + ")"));
    }
    int index = Convert.required(r.index(), t.field("index"));
    if (index < 0) {
      throw new MappingProblem(t.field("index"), new Message("vị trí của quy tắc không âm, gặp " + index,
          "a rule's index is not negative, found " + index));
    }
    return new RuleResult(index, rule, Convert.required(r.satisfied(), t.field("satisfied")),
        Convert.required(r.population(), t.field("population")), Convert.required(r.required(), t.field("required")),
        Convert.required(r.actual(), t.field("actual")), Convert.orEmpty(r.missing()), Convert.orEmpty(r.excess()),
        Convert.required(r.messageVi(), t.field("messageVi")), Convert.required(r.messageEn(), t.field("messageEn")));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Planning

  private static InspectionPastDocument pastDocument(PastInspection p) {
    return new InspectionPastDocument(p.unit(), p.year(),
        p.form() == InspectionForm.DIRECT_ANNOUNCED ? null : p.form().name());
  }

  /**
   * Returns the document of a planning request.
   *
   * @param r the request
   * @return the document
   */
  public static PlanningRequestDocument requestDocument(PlanningRequest r) {
    Map<String, Map<String, java.math.BigDecimal>> signals = new LinkedHashMap<>();
    r.signals().forEach((unit, values) -> signals.put(unit, new LinkedHashMap<>(values)));
    return new PlanningRequestDocument(r.asOf().toString(), r.year(),
        r.form() == InspectionForm.DIRECT_ANNOUNCED ? null : r.form().name(),
        r.rules().stream().map(InspectionPlanMapping::ruleDocument).toList(),
        Convert.nullIfEmpty(List.copyOf(r.mustInclude())), Convert.nullIfEmpty(List.copyOf(r.mustExclude())),
        Convert.nullIfEmpty(r.history().stream().map(CoverageMapping::pastDocument).toList()),
        signals.isEmpty() ? null : signals, r.weights().isEmpty() ? null : new LinkedHashMap<>(r.weights()),
        r.recentInspectionPenalty(), r.seed());
  }

  private static PlanningRequest toRequest(PlanningRequestDocument d, Trail root) {
    PlanningRequest.Builder b = PlanningRequest.builder()
        .asOf(Convert.date(Convert.required(d.asOf(), root.field("asOf")), root.field("asOf")));
    if (d.year() != null) {
      b.year(d.year());
    }
    if (d.form() != null) {
      b.form(Convert.constant(InspectionForm.class, d.form(), root.field("form")));
    }
    List<CoverageRuleDocument> rules = Convert.required(d.rules(), root.field("rules"));
    for (int i = 0; i < rules.size(); i++) {
      b.addRule(InspectionPlanMapping.toRule(rules.get(i), root.field("rules").index(i)));
    }
    InspectionPlanMapping.fillPlanning(b, root, d.history(), d.signals(), d.weights(), d.mustInclude(),
        d.mustExclude(), d.recentInspectionPenalty(), d.seed());
    return InspectionPlanMapping.buildPlanning(b, root);
  }

  /**
   * Returns the document of a planning result.
   *
   * @param r the result
   * @return the document
   */
  public static PlanningResultDocument resultDocument(PlanningResult r) {
    return new PlanningResultDocument(r.feasible(),
        r.targets().stream().map(InspectionPlanMapping::targetDocument).toList(),
        r.picks().stream().map(CoverageMapping::pickDocument).toList(),
        r.conflicts().stream().map(CoverageMapping::conflictDocument).toList(),
        r.verdict().map(CoverageMapping::verdictDocument).orElse(null));
  }

  private static PlanningResult toResult(PlanningResultDocument d, Trail root) {
    List<InspectionTarget> targets = new ArrayList<>();
    List<InspectionTargetDocument> targetDocs = Convert.orEmpty(d.targets());
    for (int i = 0; i < targetDocs.size(); i++) {
      targets.add(InspectionPlanMapping.toTarget(targetDocs.get(i), root.field("targets").index(i)));
    }
    List<Pick> picks = new ArrayList<>();
    List<PickDocument> pickDocs = Convert.orEmpty(d.picks());
    for (int i = 0; i < pickDocs.size(); i++) {
      picks.add(toPick(pickDocs.get(i), root.field("picks").index(i)));
    }
    List<RuleConflict> conflicts = new ArrayList<>();
    List<RuleConflictDocument> conflictDocs = Convert.orEmpty(d.conflicts());
    for (int i = 0; i < conflictDocs.size(); i++) {
      conflicts.add(toConflict(conflictDocs.get(i), root.field("conflicts").index(i)));
    }
    Optional<CoverageVerdict> verdict = Optional.ofNullable(d.verdict())
        .map(v -> toVerdict(v, root.field("verdict")));
    if (!conflicts.isEmpty() && (!targets.isEmpty() || verdict.isPresent())) {
      throw new MappingProblem(root.field("conflicts"), new Message(
          "một kết quả đề xuất có đối tượng kiểm tra hoặc xung đột, không có cả hai",
          "a planning result has either targets or conflicts, not both"));
    }
    PlanningResult result = new PlanningResult(targets, picks, conflicts, verdict);
    if (d.feasible() != null && d.feasible() != result.feasible()) {
      throw new MappingProblem(root.field("feasible"), new Message(
          "\"feasible\" là " + d.feasible() + " nhưng kết quả " + (result.feasible() ? "không có" : "có")
              + " xung đột",
          "\"feasible\" is " + d.feasible() + " but the result has "
              + (result.feasible() ? "no conflicts" : "conflicts")));
    }
    return result;
  }

  private static PickDocument pickDocument(Pick p) {
    return new PickDocument(p.unit(), p.subordinateOf().orElse(null), p.rules(), p.priority(), p.reasonVi(),
        p.reasonEn());
  }

  private static Pick toPick(PickDocument d, Trail t) {
    return Convert.at(t, () -> new Pick(Convert.required(d.unit(), t.field("unit")),
        Optional.ofNullable(d.subordinateOf()), Convert.orEmpty(d.rules()),
        Convert.required(d.priority(), t.field("priority")), Convert.required(d.reasonVi(), t.field("reasonVi")),
        Convert.required(d.reasonEn(), t.field("reasonEn"))));
  }

  private static RuleConflictDocument conflictDocument(RuleConflict c) {
    return new RuleConflictDocument(c.rules(), c.units(), c.messageVi(), c.messageEn());
  }

  private static RuleConflict toConflict(RuleConflictDocument d, Trail t) {
    return new RuleConflict(Convert.orEmpty(d.rules()), Convert.orEmpty(d.units()),
        Convert.required(d.messageVi(), t.field("messageVi")), Convert.required(d.messageEn(), t.field("messageEn")));
  }
}
