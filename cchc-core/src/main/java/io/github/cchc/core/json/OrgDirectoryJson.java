package io.github.cchc.core.json;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.org.OrgDirectory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

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
 * a {@link InputFormatException} naming the source, the JSON path (such as {@code $.units[3].parent}) and the line.
 *
 * <pre>{@code
 * OrgDirectory directory = OrgDirectoryJson.read(Path.of("org.json"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrgDirectoryJson {

  private OrgDirectoryJson() {}

  /**
   * Reads a directory from a JSON string.
   *
   * @param json the document
   * @return the directory
   * @throws InputFormatException if the document is not a valid directory; the source is named {@code <string>}
   * @throws NullPointerException if the argument is null
   */
  public static OrgDirectory read(String json) {
    return read(json, LibraryJson.STRING_SOURCE);
  }

  /**
   * Reads a directory from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages, such as a file name
   * @return the directory
   * @throws InputFormatException if the document is not a valid directory
   * @throws NullPointerException if an argument is null
   */
  public static OrgDirectory read(String json, String source) {
    return CoreJson.LIBRARY.read(json, source, OrgDirectory.class);
  }

  /**
   * Reads a directory from a UTF-8 file.
   *
   * @param path the file
   * @return the directory
   * @throws InputFormatException if the file is not a valid directory; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the argument is null
   */
  public static OrgDirectory read(Path path) {
    return read(LibraryJson.text(path), path.toString());
  }

  /**
   * Reads a directory from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the directory
   * @throws InputFormatException if the stream is not a valid directory
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static OrgDirectory read(InputStream in, String source) {
    return read(LibraryJson.text(in, source), source);
  }

  /**
   * Reads a directory from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the directory
   * @throws InputFormatException if the text is not a valid directory
   * @throws java.io.UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static OrgDirectory read(Reader reader, String source) {
    return read(LibraryJson.text(reader, source), source);
  }

  /**
   * Writes a directory as indented JSON; fields without a value are left out.
   *
   * @param directory the directory
   * @return the JSON text, ending with a newline
   * @throws NullPointerException if the argument is null
   */
  public static String write(OrgDirectory directory) {
    return CoreJson.LIBRARY.write(Objects.requireNonNull(directory, "directory"));
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
    CoreJson.LIBRARY.write(Objects.requireNonNull(directory, "directory"), writer);
  }

  /**
   * Writes a directory as indented UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param directory the directory
   * @param out the stream
   * @throws java.io.UncheckedIOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(OrgDirectory directory, OutputStream out) {
    CoreJson.LIBRARY.write(Objects.requireNonNull(directory, "directory"), out);
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
    CoreJson.LIBRARY.write(Objects.requireNonNull(directory, "directory"), path);
  }
}
