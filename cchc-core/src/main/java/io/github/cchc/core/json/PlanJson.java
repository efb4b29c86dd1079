package io.github.cchc.core.json;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.plan.AgencyRef;
import io.github.cchc.core.plan.Completion;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.Task;
import io.github.cchc.core.timeframe.Timeframe;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes CCHC plans as JSON. Timeframes, document numbers and legal bases are strings in their canonical
 * Vietnamese form ({@code "Quý I/2024"}, {@code "175/KH-UBND"}), parsed when read; dates are ISO
 * ({@code 2023-12-29}). {@code docs/formats.md} describes every field and {@code docs/schema/plan.schema.json} is the
 * JSON Schema.
 *
 * <p>Reading is strict: an unknown field, a value of the wrong type, an unknown area or status, a missing required
 * field, or an unparseable timeframe, date or document number raises a {@link JsonFormatException} naming the source,
 * the JSON path (such as {@code $.tasks[12].timeframe}) and the line. A plan that is well-formed but breaks the rules
 * of a plan (a task without an output, a missing area) is read as it is: {@link
 * io.github.cchc.core.plan.PlanValidator} reports those.
 *
 * <pre>{@code
 * Plan plan = PlanJson.read(Path.of("docs/examples/thai-binh-2024-plan.json"));
 * List<Finding> findings = PlanValidator.validate(plan);
 * String json = PlanJson.write(plan);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanJson {

  private PlanJson() {}

  /**
   * Reads a plan from a JSON string.
   *
   * @param json the document
   * @return the plan
   * @throws JsonFormatException if the document cannot be read as a plan; the source is named {@code <string>}
   * @throws NullPointerException if the argument is null
   */
  public static Plan read(String json) {
    return read(json, JsonSupport.STRING_SOURCE);
  }

  /**
   * Reads a plan from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages, such as a file name
   * @return the plan
   * @throws JsonFormatException if the document cannot be read as a plan
   * @throws NullPointerException if an argument is null
   */
  public static Plan read(String json, String source) {
    return JsonSupport.read(json, source, PlanDocument.class, PlanJson::toPlan);
  }

  /**
   * Reads a plan from a UTF-8 file.
   *
   * @param path the file
   * @return the plan
   * @throws JsonFormatException if the file cannot be read as a plan; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the argument is null
   */
  public static Plan read(Path path) {
    return read(JsonSupport.text(path), path.toString());
  }

  /**
   * Reads a plan from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the plan
   * @throws JsonFormatException if the stream cannot be read as a plan
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Plan read(InputStream in, String source) {
    return read(JsonSupport.text(in, source), source);
  }

  /**
   * Reads a plan from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the plan
   * @throws JsonFormatException if the text cannot be read as a plan
   * @throws java.io.UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static Plan read(Reader reader, String source) {
    return read(JsonSupport.text(reader, source), source);
  }

  /**
   * Writes a plan as indented JSON; absent values are left out, lists are always written.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   * @throws NullPointerException if the argument is null
   */
  public static String write(Plan plan) {
    return JsonSupport.write(toDocument(Objects.requireNonNull(plan, "plan")));
  }

  /**
   * Writes a plan as indented JSON to a writer, which is flushed and not closed.
   *
   * @param plan the plan
   * @param writer the writer
   * @throws java.io.UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(Plan plan, Writer writer) {
    JsonSupport.write(toDocument(Objects.requireNonNull(plan, "plan")), writer);
  }

  /**
   * Writes a plan as indented UTF-8 JSON to a file, replacing it.
   *
   * @param plan the plan
   * @param path the file
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(Plan plan, Path path) {
    JsonSupport.write(toDocument(Objects.requireNonNull(plan, "plan")), path);
  }

  // ---------------------------------------------------------------------------------------------------------------

  static Plan toPlan(PlanDocument document, Trail root) {
    int year = JsonSupport.required(document.year(), root.field("year"));
    Plan.Builder builder = Plan.builder()
        .number(parse(document.number(), root.field("number"), "document number", DocumentNumber::parse))
        .issuer(JsonSupport.nfc(JsonSupport.required(document.issuer(), root.field("issuer"))))
        .place(JsonSupport.nfc(JsonSupport.required(document.place(), root.field("place"))))
        .year(year)
        .title(JsonSupport.nfc(JsonSupport.required(document.title(), root.field("title"))))
        .addAllPurposes(JsonSupport.nfc(JsonSupport.orEmpty(document.purposes())))
        .addAllRequirements(JsonSupport.nfc(JsonSupport.orEmpty(document.requirements())));
    if (document.issueDate() != null) {
      builder.issueDate(JsonSupport.date(document.issueDate(), root.field("issueDate")));
    }
    List<String> bases = JsonSupport.orEmpty(document.legalBases());
    for (int i = 0; i < bases.size(); i++) {
      builder.addLegalBasis(parse(bases.get(i), root.field("legalBases").index(i), "document reference",
          DocumentReference::parse));
    }
    Optional<Year> context = yearOf(year);
    List<TaskDocument> tasks = JsonSupport.orEmpty(document.tasks());
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

  private static Task toTask(TaskDocument document, Trail trail, Optional<Year> year) {
    Task.Builder builder = Task.builder()
        .area(JsonSupport.required(document.area(), trail.field("area")))
        .title(JsonSupport.nfc(JsonSupport.required(document.title(), trail.field("title"))))
        .addAllOutputs(JsonSupport.nfc(JsonSupport.orEmpty(document.outputs())));
    if (document.code() != null) {
      builder.code(JsonSupport.nfc(document.code()));
    }
    builder.addAllLeads(agencies(document.leads(), trail.field("leads")));
    builder.addAllCoordinators(agencies(document.coordinators(), trail.field("coordinators")));
    if (document.timeframe() != null) {
      Trail at = trail.field("timeframe");
      Timeframe timeframe = parse(document.timeframe(), at, "timeframe",
          text -> year.isPresent() ? Timeframe.parse(text, year.get()) : Timeframe.parse(text));
      builder.timeframe(timeframe);
    }
    if (document.timeframeText() != null) {
      builder.timeframeText(JsonSupport.nfc(document.timeframeText()));
    }
    if (document.status() != null) {
      builder.status(document.status());
    }
    if (document.completionDate() != null) {
      builder.completionDate(JsonSupport.date(document.completionDate(), trail.field("completionDate")));
    }
    if (document.completion() != null) {
      builder.completion(toCompletion(document.completion(), trail.field("completion")));
    }
    return builder.build();
  }

  private static List<AgencyRef> agencies(List<AgencyDocument> documents, Trail trail) {
    List<AgencyDocument> given = JsonSupport.orEmpty(documents);
    List<AgencyRef> agencies = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      AgencyDocument agency = given.get(i);
      Trail at = trail.index(i);
      if ((agency.unit() == null) == (agency.group() == null)) {
        throw new MappingProblem(at, "an agency has exactly one of \"unit\" (a unit id) and \"group\" (a named "
            + "group such as \"Các sở, ban, ngành\")");
      }
      try {
        agencies.add(agency.unit() != null
            ? AgencyRef.unit(agency.unit())
            : AgencyRef.group(JsonSupport.nfc(agency.group())));
      } catch (IllegalArgumentException e) {
        throw new MappingProblem(at.field(agency.unit() != null ? "unit" : "group"), e.getMessage(), e);
      }
    }
    return agencies;
  }

  private static Completion toCompletion(CompletionDocument document, Trail trail) {
    DocumentNumber number = parse(JsonSupport.required(document.number(), trail.field("number")),
        trail.field("number"), "document number", DocumentNumber::parse);
    var date = JsonSupport.date(JsonSupport.required(document.date(), trail.field("date")), trail.field("date"));
    String summary = JsonSupport.required(document.summary(), trail.field("summary"));
    try {
      return Completion.of(number, date, JsonSupport.nfc(summary));
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(trail.field("summary"), e.getMessage(), e);
    }
  }

  /** Parses a canonical string, turning the parser's exception into a problem at the value's path. */
  private static <T> T parse(String text, Trail trail, String what, Function<String, T> parser) {
    JsonSupport.required(text, trail);
    try {
      return parser.apply(JsonSupport.nfc(text));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new MappingProblem(trail, "cannot read the " + what + " \"" + text + "\": " + e.getMessage(), e);
    }
  }

  static PlanDocument toDocument(Plan plan) {
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
        plan.tasks().stream().map(PlanJson::toDocument).toList());
  }

  private static TaskDocument toDocument(Task task) {
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
        task.completion()
            .map(c -> new CompletionDocument(c.number().toString(), c.date().toString(), c.summary()))
            .orElse(null));
  }

  private static List<AgencyDocument> agencies(List<AgencyRef> agencies) {
    return agencies.stream()
        .map(agency -> agency instanceof AgencyRef.Unit unit
            ? new AgencyDocument(unit.id(), null)
            : new AgencyDocument(null, ((AgencyRef.Group) agency).name()))
        .toList();
  }
}
