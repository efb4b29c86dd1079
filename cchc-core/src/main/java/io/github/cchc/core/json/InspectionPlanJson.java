package io.github.cchc.core.json;

import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.internal.InspectionPlanMapping;
import io.github.cchc.core.json.internal.InspectionPlanningDocument;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.LibraryJson;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
 * {@link InputFormatException} naming the source, the JSON path (such as {@code $.coverage[3].max}, which names the
 * rule's index) and the line.
 *
 * <pre>{@code
 * InspectionPlan plan = InspectionPlanJson.read(Path.of("dong-thap-2024-inspection-plan.json"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InspectionPlanJson {

  private InspectionPlanJson() {}

  /**
   * Reads a plan from a JSON string.
   *
   * @param json the document
   * @return the plan
   * @throws InputFormatException if the document is not a valid inspection plan; the source is {@code <string>}
   * @throws NullPointerException if the argument is null
   */
  public static InspectionPlan read(String json) {
    return read(json, LibraryJson.STRING_SOURCE);
  }

  /**
   * Reads a plan from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages, such as a file name
   * @return the plan
   * @throws InputFormatException if the document is not a valid inspection plan
   * @throws NullPointerException if an argument is null
   */
  public static InspectionPlan read(String json, String source) {
    return CoreJson.LIBRARY.read(json, source, InspectionPlan.class);
  }

  /**
   * Reads a plan from a UTF-8 file.
   *
   * @param path the file
   * @return the plan
   * @throws InputFormatException if the file is not a valid inspection plan; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the argument is null
   */
  public static InspectionPlan read(Path path) {
    return read(LibraryJson.text(path), path.toString());
  }

  /**
   * Reads a plan from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the plan
   * @throws InputFormatException if the stream is not a valid inspection plan
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static InspectionPlan read(InputStream in, String source) {
    return read(LibraryJson.text(in, source), source);
  }

  /**
   * Reads a plan from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the plan
   * @throws InputFormatException if the text is not a valid inspection plan
   * @throws java.io.UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static InspectionPlan read(Reader reader, String source) {
    return read(LibraryJson.text(reader, source), source);
  }

  /**
   * Writes a plan as indented JSON; fields without a value are left out.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   * @throws NullPointerException if the argument is null
   */
  public static String write(InspectionPlan plan) {
    return CoreJson.LIBRARY.write(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Writes a plan as indented JSON to a writer, which is flushed and not closed.
   *
   * @param plan the plan
   * @param writer the writer
   * @throws java.io.UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(InspectionPlan plan, Writer writer) {
    CoreJson.LIBRARY.write(Objects.requireNonNull(plan, "plan"), writer);
  }

  /**
   * Writes a plan as indented UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param plan the plan
   * @param out the stream
   * @throws java.io.UncheckedIOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(InspectionPlan plan, OutputStream out) {
    CoreJson.LIBRARY.write(Objects.requireNonNull(plan, "plan"), out);
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
    CoreJson.LIBRARY.write(Objects.requireNonNull(plan, "plan"), path);
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
   * @throws InputFormatException if the document is not valid
   * @throws NullPointerException if an argument is null
   */
  public static PlanningRequest readPlanningRequest(String json, String source, List<CoverageRule> rules,
      LocalDate asOf) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(asOf, "asOf");
    return CoreJson.LIBRARY.read(json, source, JsonMapping.of(PlanningRequest.class, InspectionPlanningDocument.class,
        request -> {
          throw new UnsupportedOperationException();
        },
        (d, root) -> InspectionPlanMapping.toPlanningRequest(d, root, rules, asOf)));
  }

  /**
   * Reads the target planner's inputs from a UTF-8 file; see {@link #readPlanningRequest(String, String, List,
   * LocalDate)}.
   *
   * @param path the file
   * @param rules the coverage rules to meet
   * @param asOf the day at which units must be active
   * @return the planning request
   * @throws InputFormatException if the file is not valid; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static PlanningRequest readPlanningRequest(Path path, List<CoverageRule> rules, LocalDate asOf) {
    return readPlanningRequest(LibraryJson.text(path), path.toString(), rules, asOf);
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
    return CoreJson.LIBRARY.write(verdict);
  }
}
