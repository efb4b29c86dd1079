package io.github.cchc.core.json.internal;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.timeframe.Timeframe;
import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mapping of plans and tasks to their documents ({@code docs/formats.md}).
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class PlanMapping {

  /** The mapping of a plan. */
  public static final JsonMapping<Plan, PlanDocument> PLAN =
      JsonMapping.of(Plan.class, PlanDocument.class, PlanMapping::toDocument, PlanMapping::toPlan);

  /** The mapping of a task on its own, whose timeframe is read without a plan's year. */
  public static final JsonMapping<Task, TaskDocument> TASK = JsonMapping.of(Task.class, TaskDocument.class,
      PlanMapping::toDocument, (d, trail) -> toTask(d, trail, Optional.empty()));

  /** The mapping of an agency reference. */
  public static final JsonMapping<AgencyRef, AgencyDocument> AGENCY = JsonMapping.of(AgencyRef.class,
      AgencyDocument.class, a -> agencies(List.of(a)).get(0), (d, trail) -> agency(d, trail));

  /** The mapping of a task's completing document. */
  public static final JsonMapping<Completion, CompletionDocument> COMPLETION = JsonMapping.of(Completion.class,
      CompletionDocument.class, PlanMapping::completionDocument, PlanMapping::toCompletion);

  private PlanMapping() {}

  public static Plan toPlan(PlanDocument document, Trail root) {
    int year = Convert.required(document.year(), root.field("year"));
    Plan.Builder builder = Plan.builder()
        .number(Convert.parse(document.number(), root.field("number"), "số, ký hiệu văn bản", "document number",
            DocumentNumber::parse))
        .issuer(Convert.required(document.issuer(), root.field("issuer")))
        .place(Convert.required(document.place(), root.field("place")))
        .year(year)
        .title(Convert.required(document.title(), root.field("title")))
        .addAllPurposes(Convert.orEmpty(document.purposes()))
        .addAllRequirements(Convert.orEmpty(document.requirements()));
    if (document.issueDate() != null) {
      builder.issueDate(Convert.date(document.issueDate(), root.field("issueDate")));
    }
    List<String> bases = Convert.orEmpty(document.legalBases());
    for (int i = 0; i < bases.size(); i++) {
      builder.addLegalBasis(Convert.parse(bases.get(i), root.field("legalBases").index(i), "văn bản căn cứ",
          "document reference", DocumentReference::parse));
    }
    Optional<Year> context = yearOf(year);
    List<TaskDocument> tasks = Convert.orEmpty(document.tasks());
    for (int i = 0; i < tasks.size(); i++) {
      builder.addTask(toTask(tasks.get(i), root.field("tasks").index(i), context));
    }
    return builder.build();
  }

  private static Optional<Year> yearOf(int year) {
    try {
      return Optional.of(Year.of(year));
    } catch (DateTimeException e) {
      // An impossible year is reported by the plan's own constraints; timeframes are then read without it.
      return Optional.empty();
    }
  }

  public static Task toTask(TaskDocument document, Trail trail, Optional<Year> year) {
    Task.Builder builder = Task.builder()
        .area(Convert.required(document.area(), trail.field("area")))
        .title(Convert.required(document.title(), trail.field("title")))
        .addAllOutputs(Convert.orEmpty(document.outputs()));
    if (document.code() != null) {
      builder.code(document.code());
    }
    builder.addAllLeads(agencies(document.leads(), trail.field("leads")));
    builder.addAllCoordinators(agencies(document.coordinators(), trail.field("coordinators")));
    if (document.timeframe() != null) {
      Trail at = trail.field("timeframe");
      Timeframe timeframe = Convert.parse(document.timeframe(), at, "thời hạn", "timeframe",
          text -> year.isPresent() ? Timeframe.parse(text, year.get()) : Timeframe.parse(text));
      builder.timeframe(timeframe);
    }
    if (document.timeframeText() != null) {
      builder.timeframeText(document.timeframeText());
    }
    if (document.status() != null) {
      builder.status(document.status());
    }
    if (document.completionDate() != null) {
      builder.completionDate(Convert.date(document.completionDate(), trail.field("completionDate")));
    }
    if (document.completion() != null) {
      builder.completion(toCompletion(document.completion(), trail.field("completion")));
    }
    return builder.build();
  }

  private static List<AgencyRef> agencies(List<AgencyDocument> documents, Trail trail) {
    List<AgencyDocument> given = Convert.orEmpty(documents);
    List<AgencyRef> agencies = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      agencies.add(agency(given.get(i), trail.index(i)));
    }
    return agencies;
  }

  private static AgencyRef agency(AgencyDocument agency, Trail at) {
    {
      if ((agency.unit() == null) == (agency.group() == null)) {
        throw new MappingProblem(at, new Message(
            "một cơ quan có đúng một trong hai trường \"unit\" (mã đơn vị) và \"group\" (tên nhóm cơ quan, như "
                + "\"Các sở, ban, ngành\")",
            "an agency has exactly one of \"unit\" (a unit id) and \"group\" (a named group such as "
                + "\"Các sở, ban, ngành\")"));
      }
      try {
        return agency.unit() != null
            ? AgencyRef.unit(agency.unit())
            : AgencyRef.group(agency.group());
      } catch (IllegalArgumentException e) {
        throw new MappingProblem(at.field(agency.unit() != null ? "unit" : "group"), Problems.refused(e),
            e);
      }
    }
  }

  private static Completion toCompletion(CompletionDocument document, Trail trail) {
    DocumentNumber number = Convert.parse(document.number(), trail.field("number"), "số, ký hiệu văn bản",
        "document number", DocumentNumber::parse);
    var date = Convert.date(Convert.required(document.date(), trail.field("date")), trail.field("date"));
    String summary = Convert.required(document.summary(), trail.field("summary"));
    try {
      return Completion.of(number, date, summary);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(trail.field("summary"), Problems.refused(e), e);
    }
  }

  public static PlanDocument toDocument(Plan plan) {
    return new PlanDocument(
        plan.number().toString(),
        plan.issuer(),
        plan.place(),
        plan.issueDate().map(Object::toString).orElse(null),
        plan.year(),
        plan.title(),
        plan.legalBases().stream().map(Object::toString).toList(),
        plan.purposes(),
        plan.requirements(),
        plan.tasks().stream().map(PlanMapping::toDocument).toList());
  }

  public static TaskDocument toDocument(Task task) {
    return new TaskDocument(
        task.code().orElse(null),
        task.area(),
        task.title(),
        task.outputs(),
        agencies(task.leads()),
        agencies(task.coordinators()),
        task.timeframe().map(Object::toString).orElse(null),
        task.timeframeText().orElse(null),
        task.status(),
        task.completionDate().map(Object::toString).orElse(null),
        task.completion().map(PlanMapping::completionDocument).orElse(null));
  }

  private static CompletionDocument completionDocument(Completion c) {
    return new CompletionDocument(c.number().toString(), c.date().toString(), c.summary());
  }

  private static List<AgencyDocument> agencies(List<AgencyRef> agencies) {
    return agencies.stream()
        .map(agency -> agency instanceof AgencyRef.Unit unit
            ? new AgencyDocument(unit.id(), null)
            : new AgencyDocument(null, ((AgencyRef.Group) agency).name()))
        .toList();
  }
}
