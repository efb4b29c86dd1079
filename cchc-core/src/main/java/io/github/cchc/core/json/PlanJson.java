package io.github.cchc.core.json;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.plan.Plan;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes CCHC plans as JSON. Timeframes, document numbers and legal bases are strings in their canonical
 * Vietnamese form ({@code "Quý I/2024"}, {@code "175/KH-UBND"}), parsed when read; dates are ISO
 * ({@code 2023-12-29}). {@code docs/formats.md} describes every field and {@code docs/schema/plan.schema.json} is the
 * JSON Schema.
 *
 * <p>Reading is strict: an unknown field, a value of the wrong type, an unknown area or status, a missing required
 * field, or an unparseable timeframe, date or document number raises a {@link InputFormatException} naming the source,
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
   * @throws InputFormatException if the document cannot be read as a plan; the source is named {@code <string>}
   * @throws NullPointerException if the argument is null
   */
  public static Plan read(String json) {
    return read(json, LibraryJson.STRING_SOURCE);
  }

  /**
   * Reads a plan from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages, such as a file name
   * @return the plan
   * @throws InputFormatException if the document cannot be read as a plan
   * @throws NullPointerException if an argument is null
   */
  public static Plan read(String json, String source) {
    return CoreJson.LIBRARY.read(json, source, Plan.class);
  }

  /**
   * Reads a plan from a UTF-8 file.
   *
   * @param path the file
   * @return the plan
   * @throws InputFormatException if the file cannot be read as a plan; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the argument is null
   */
  public static Plan read(Path path) {
    return read(LibraryJson.text(path), path.toString());
  }

  /**
   * Reads a plan from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the plan
   * @throws InputFormatException if the stream cannot be read as a plan
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static Plan read(InputStream in, String source) {
    return read(LibraryJson.text(in, source), source);
  }

  /**
   * Reads a plan from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the plan
   * @throws InputFormatException if the text cannot be read as a plan
   * @throws java.io.UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static Plan read(Reader reader, String source) {
    return read(LibraryJson.text(reader, source), source);
  }

  /**
   * Writes a plan as indented JSON; absent values are left out, lists are always written.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   * @throws NullPointerException if the argument is null
   */
  public static String write(Plan plan) {
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
  public static void write(Plan plan, Writer writer) {
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
  public static void write(Plan plan, OutputStream out) {
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
  public static void write(Plan plan, Path path) {
    CoreJson.LIBRARY.write(Objects.requireNonNull(plan, "plan"), path);
  }
}
