package io.github.cchc.core.json;

import io.github.cchc.core.org.InvalidOrgUnitException;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes organisation directories as JSON. The smallest document is
 *
 * <pre>{@code
 * {"units": [
 *   {"id": "KG", "name": "UBND tỉnh Kiên Giang", "kind": "PROVINCE"},
 *   {"id": "KG-STC", "name": "Sở Tài chính", "kind": "DEPARTMENT", "parent": "KG"}
 * ]}
 * }</pre>
 *
 * <p>and every other field ({@code validFrom}, {@code validTo}, {@code predecessors}, {@code successors}) is
 * optional; {@code docs/formats.md} describes them. Reading is strict: an unknown field, a value of the wrong type, an
 * unknown kind, a duplicate id, a parent or a predecessor or successor that is not in the document, or a cycle raises
 * a {@link JsonFormatException} naming the source, the JSON path (such as {@code $.units[3].parent}) and the line.
 *
 * <pre>{@code
 * OrgDirectory directory = OrgDirectoryJson.read(Path.of("org.json"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrgDirectoryJson {

  private static final Pattern QUOTED_ID = Pattern.compile("'([^']*)'");

  private OrgDirectoryJson() {}

  /**
   * Reads a directory from a JSON string.
   *
   * @param json the document
   * @return the directory
   * @throws JsonFormatException if the document is not a valid directory; the source is named {@code <string>}
   * @throws NullPointerException if the argument is null
   */
  public static OrgDirectory read(String json) {
    return read(json, JsonSupport.STRING_SOURCE);
  }

  /**
   * Reads a directory from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages, such as a file name
   * @return the directory
   * @throws JsonFormatException if the document is not a valid directory
   * @throws NullPointerException if an argument is null
   */
  public static OrgDirectory read(String json, String source) {
    return JsonSupport.read(json, source, OrgDirectoryDocument.class, OrgDirectoryJson::toDirectory);
  }

  /**
   * Reads a directory from a UTF-8 file.
   *
   * @param path the file
   * @return the directory
   * @throws JsonFormatException if the file is not a valid directory; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the argument is null
   */
  public static OrgDirectory read(Path path) {
    return read(JsonSupport.text(path), path.toString());
  }

  /**
   * Reads a directory from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the directory
   * @throws JsonFormatException if the stream is not a valid directory
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static OrgDirectory read(InputStream in, String source) {
    return read(JsonSupport.text(in, source), source);
  }

  /**
   * Reads a directory from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the directory
   * @throws JsonFormatException if the text is not a valid directory
   * @throws java.io.UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static OrgDirectory read(Reader reader, String source) {
    return read(JsonSupport.text(reader, source), source);
  }

  /**
   * Writes a directory as indented JSON; fields without a value are left out.
   *
   * @param directory the directory
   * @return the JSON text, ending with a newline
   * @throws NullPointerException if the argument is null
   */
  public static String write(OrgDirectory directory) {
    return JsonSupport.write(toDocument(Objects.requireNonNull(directory, "directory")));
  }

  /**
   * Writes a directory as indented JSON to a writer, which is flushed and not closed.
   *
   * @param directory the directory
   * @param writer the writer
   * @throws java.io.UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(OrgDirectory directory, Writer writer) {
    JsonSupport.write(toDocument(Objects.requireNonNull(directory, "directory")), writer);
  }

  /**
   * Writes a directory as indented UTF-8 JSON to a file, replacing it.
   *
   * @param directory the directory
   * @param path the file
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(OrgDirectory directory, Path path) {
    JsonSupport.write(toDocument(Objects.requireNonNull(directory, "directory")), path);
  }

  // ---------------------------------------------------------------------------------------------------------------

  static OrgDirectory toDirectory(OrgDirectoryDocument document, Trail root) {
    Trail unitsTrail = root.field("units");
    List<OrgUnitDocument> given = JsonSupport.required(document.units(), unitsTrail);
    List<OrgUnit> units = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      units.add(toUnit(given.get(i), unitsTrail.index(i)));
    }
    checkLinks(units, unitsTrail);
    try {
      return OrgDirectory.of(units);
    } catch (InvalidOrgUnitException e) {
      // What is left are cycles; the message names a unit on the cycle.
      throw new MappingProblem(unitOf(e, units, unitsTrail), e.getMessage(), e);
    }
  }

  /** Finds duplicate ids and links to units that are not in the document, at the exact field. */
  private static void checkLinks(List<OrgUnit> units, Trail unitsTrail) {
    Map<String, Integer> indexById = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Integer first = indexById.putIfAbsent(units.get(i).id(), i);
      if (first != null) {
        throw new MappingProblem(unitsTrail.index(i).field("id"),
            "duplicate unit id \"" + units.get(i).id() + "\", already used by " + unitsTrail.index(first));
      }
    }
    for (int i = 0; i < units.size(); i++) {
      OrgUnit unit = units.get(i);
      Trail trail = unitsTrail.index(i);
      if (unit.parent().isPresent() && !indexById.containsKey(unit.parent().get())) {
        throw new MappingProblem(trail.field("parent"),
            "unit \"" + unit.id() + "\" names parent \"" + unit.parent().get() + "\", which is not in the directory");
      }
      checkExist(unit, "predecessors", unit.predecessors(), indexById, trail);
      checkExist(unit, "successors", unit.successors(), indexById, trail);
    }
  }

  private static void checkExist(
      OrgUnit unit, String field, Iterable<String> ids, Map<String, Integer> indexById, Trail trail) {
    int j = 0;
    for (String id : ids) {
      if (!indexById.containsKey(id)) {
        throw new MappingProblem(trail.field(field).index(j),
            "unit \"" + unit.id() + "\" names \"" + id + "\" among its " + field + ", which is not in the directory");
      }
      j++;
    }
  }

  private static Trail unitOf(InvalidOrgUnitException e, List<OrgUnit> units, Trail unitsTrail) {
    Matcher matcher = QUOTED_ID.matcher(String.valueOf(e.getMessage()));
    if (matcher.find()) {
      for (int i = 0; i < units.size(); i++) {
        if (units.get(i).id().equals(matcher.group(1))) {
          return unitsTrail.index(i);
        }
      }
    }
    return unitsTrail;
  }

  private static OrgUnit toUnit(OrgUnitDocument document, Trail trail) {
    OrgUnit.Builder builder = OrgUnit.builder()
        .id(JsonSupport.required(document.id(), trail.field("id")))
        .name(JsonSupport.nfc(JsonSupport.required(document.name(), trail.field("name"))))
        .kind(JsonSupport.required(document.kind(), trail.field("kind")));
    if (document.parent() != null) {
      builder.parent(document.parent());
    }
    if (document.validFrom() != null) {
      builder.validFrom(JsonSupport.date(document.validFrom(), trail.field("validFrom")));
    }
    if (document.validTo() != null) {
      builder.validTo(JsonSupport.date(document.validTo(), trail.field("validTo")));
    }
    builder.addAllPredecessors(JsonSupport.orEmpty(document.predecessors()));
    builder.addAllSuccessors(JsonSupport.orEmpty(document.successors()));
    try {
      return builder.build();
    } catch (InvalidOrgUnitException e) {
      throw new MappingProblem(trail, e.getMessage(), e);
    }
  }

  static OrgDirectoryDocument toDocument(OrgDirectory directory) {
    List<OrgUnitDocument> units = directory.units().stream()
        .map(unit -> new OrgUnitDocument(
            unit.id(),
            unit.name(),
            unit.kind(),
            unit.parent().orElse(null),
            unit.validFrom().map(Object::toString).orElse(null),
            unit.validTo().map(Object::toString).orElse(null),
            JsonSupport.nullIfEmpty(List.copyOf(unit.predecessors())),
            JsonSupport.nullIfEmpty(List.copyOf(unit.successors()))))
        .toList();
    return new OrgDirectoryDocument(units);
  }
}
