package io.github.cchc.core.json.internal;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionTarget;
import io.github.cchc.core.schedule.ScheduleProblem;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The mapping of the visit scheduler's values: requests, results, visits and problems ({@code docs/inspection.md}).
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class ScheduleMapping {

  /** The mapping of a schedule request. */
  public static final JsonMapping<ScheduleRequest, ScheduleRequestDocument> REQUEST = JsonMapping.of(
      ScheduleRequest.class, ScheduleRequestDocument.class, ScheduleMapping::requestDocument,
      ScheduleMapping::toRequest);

  /** The mapping of a schedule result. */
  public static final JsonMapping<ScheduleResult, ScheduleResultDocument> RESULT = JsonMapping.of(
      ScheduleResult.class, ScheduleResultDocument.class, ScheduleMapping::resultDocument, ScheduleMapping::toResult);

  /** The mapping of a visit. */
  public static final JsonMapping<Visit, VisitDocument> VISIT = JsonMapping.of(Visit.class, VisitDocument.class,
      ScheduleMapping::visitDocument, ScheduleMapping::toVisit);

  /** The mapping of a schedule problem. */
  public static final JsonMapping<ScheduleProblem, ScheduleProblemDocument> PROBLEM = JsonMapping.of(
      ScheduleProblem.class, ScheduleProblemDocument.class,
      p -> new ScheduleProblemDocument(p.units(), p.messageVi(), p.messageEn()), ScheduleMapping::toProblem);

  private ScheduleMapping() {}

  /**
   * Returns the document of a schedule request; the standard calendar is left out.
   *
   * @param r the request
   * @return the document
   */
  public static ScheduleRequestDocument requestDocument(ScheduleRequest r) {
    return new ScheduleRequestDocument(
        r.targets().stream().map(InspectionPlanMapping::targetDocument).toList(),
        InspectionPlanMapping.windowDocument(r.window()),
        CalendarMapping.isStandard(r.calendar()) ? null : CalendarMapping.toDocument(r.calendar()),
        r.visitDays(),
        r.visitDaysByUnit().isEmpty() ? null : new LinkedHashMap<>(r.visitDaysByUnit()),
        r.visitLength().map(InspectionPlanMapping::visitLengthDocument).orElse(null),
        r.subTeams(),
        Convert.nullIfEmpty(r.subTeamNames()),
        r.noticeLead().map(InspectionPlanMapping::daysDocument).orElse(null),
        r.reportLead().map(InspectionPlanMapping::daysDocument).orElse(null),
        Convert.nullIfEmpty(r.blackouts().stream().sorted().map(LocalDate::toString).toList()),
        r.planIssued().map(LocalDate::toString).orElse(null));
  }

  private static ScheduleRequest toRequest(ScheduleRequestDocument d, Trail root) {
    ScheduleRequest.Builder b = ScheduleRequest.builder()
        .window(InspectionPlanMapping.toWindow(Convert.required(d.window(), root.field("window")),
            root.field("window")))
        .calendar(d.calendar() == null ? WorkingCalendar.standard()
            : CalendarMapping.toCalendar(d.calendar(), root.field("calendar")));
    List<InspectionTargetDocument> targets = Convert.orEmpty(d.targets());
    for (int i = 0; i < targets.size(); i++) {
      b.addTarget(InspectionPlanMapping.toTarget(targets.get(i), root.field("targets").index(i)));
    }
    if (d.visitDays() != null) {
      b.visitDays(d.visitDays());
    }
    if (d.visitDaysByUnit() != null) {
      b.putAllVisitDaysByUnit(d.visitDaysByUnit());
    }
    if (d.visitLength() != null) {
      b.visitLength(InspectionPlanMapping.toVisitLength(d.visitLength(), root.field("visitLength")));
    }
    if (d.subTeams() != null) {
      b.subTeams(d.subTeams());
    }
    b.addAllSubTeamNames(Convert.orEmpty(d.subTeamNames()));
    if (d.noticeLead() != null) {
      b.noticeLead(InspectionPlanMapping.toDays(d.noticeLead(), root.field("noticeLead")));
    }
    if (d.reportLead() != null) {
      b.reportLead(InspectionPlanMapping.toDays(d.reportLead(), root.field("reportLead")));
    }
    List<String> blackouts = Convert.orEmpty(d.blackouts());
    for (int i = 0; i < blackouts.size(); i++) {
      b.addBlackout(Convert.date(blackouts.get(i), root.field("blackouts").index(i)));
    }
    if (d.planIssued() != null) {
      b.planIssued(Convert.date(d.planIssued(), root.field("planIssued")));
    }
    try {
      return b.build();
    } catch (ModelRuleException e) {
      throw new MappingProblem(root, Problems.refused(e), e);
    }
  }

  /**
   * Returns the document of a schedule result.
   *
   * @param r the result
   * @return the document
   */
  public static ScheduleResultDocument resultDocument(ScheduleResult r) {
    return new ScheduleResultDocument(r.feasible(), r.visits().stream().map(ScheduleMapping::visitDocument).toList(),
        r.notVisited().stream().map(InspectionPlanMapping::targetDocument).toList(),
        r.problems().stream().map(p -> new ScheduleProblemDocument(p.units(), p.messageVi(), p.messageEn()))
            .toList());
  }

  private static ScheduleResult toResult(ScheduleResultDocument d, Trail root) {
    List<Visit> visits = new ArrayList<>();
    List<VisitDocument> visitDocs = Convert.orEmpty(d.visits());
    for (int i = 0; i < visitDocs.size(); i++) {
      visits.add(toVisit(visitDocs.get(i), root.field("visits").index(i)));
    }
    List<InspectionTarget> notVisited = new ArrayList<>();
    List<InspectionTargetDocument> targetDocs = Convert.orEmpty(d.notVisited());
    for (int i = 0; i < targetDocs.size(); i++) {
      notVisited.add(InspectionPlanMapping.toTarget(targetDocs.get(i), root.field("notVisited").index(i)));
    }
    List<ScheduleProblem> problems = new ArrayList<>();
    List<ScheduleProblemDocument> problemDocs = Convert.orEmpty(d.problems());
    for (int i = 0; i < problemDocs.size(); i++) {
      problems.add(toProblem(problemDocs.get(i), root.field("problems").index(i)));
    }
    if (!visits.isEmpty() && !problems.isEmpty()) {
      throw new MappingProblem(root.field("problems"), new Message(
          "một lịch kiểm tra có các cuộc kiểm tra hoặc các vấn đề, không có cả hai",
          "a schedule has either visits or problems, not both"));
    }
    ScheduleResult result = new ScheduleResult(visits, notVisited, problems);
    if (d.feasible() != null && d.feasible() != result.feasible()) {
      throw new MappingProblem(root.field("feasible"), new Message(
          "\"feasible\" là " + d.feasible() + " nhưng lịch " + (result.feasible() ? "không có" : "có") + " vấn đề",
          "\"feasible\" is " + d.feasible() + " but the schedule has "
              + (result.feasible() ? "no problems" : "problems")));
    }
    return result;
  }

  private static VisitDocument visitDocument(Visit v) {
    return new VisitDocument(v.unit(), v.subordinates(), v.form().name(), v.subTeam(), v.start().toString(),
        v.end().toString(), v.workingDays(), v.noticeDate().map(LocalDate::toString).orElse(null),
        v.reportDue().map(LocalDate::toString).orElse(null));
  }

  private static Visit toVisit(VisitDocument d, Trail t) {
    InspectionForm form = Convert.constant(InspectionForm.class, Convert.required(d.form(), t.field("form")),
        t.field("form"));
    LocalDate start = Convert.date(Convert.required(d.start(), t.field("start")), t.field("start"));
    LocalDate end = Convert.date(Convert.required(d.end(), t.field("end")), t.field("end"));
    Optional<LocalDate> notice = Optional.ofNullable(d.noticeDate()).map(s -> Convert.date(s, t.field("noticeDate")));
    Optional<LocalDate> report = Optional.ofNullable(d.reportDue()).map(s -> Convert.date(s, t.field("reportDue")));
    return Convert.at(t, () -> new Visit(Convert.required(d.unit(), t.field("unit")), Convert.orEmpty(d.subordinates()),
        form, Convert.required(d.subTeam(), t.field("subTeam")), start, end,
        Convert.required(d.workingDays(), t.field("workingDays")), notice, report));
  }

  private static ScheduleProblem toProblem(ScheduleProblemDocument d, Trail t) {
    return new ScheduleProblem(Convert.orEmpty(d.units()), Convert.required(d.messageVi(), t.field("messageVi")),
        Convert.required(d.messageEn(), t.field("messageEn")));
  }
}
