package io.github.cchc.reporting.json;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.reporting.NationalHeading;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes the heading file of an official document: the heading, the signature block and the recipients
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I), as {@code docs/reporting.md} describes it and {@code
 * docs/schema/heading.schema.json} defines it:
 *
 * <pre>{@code
 * {"issuerLines": ["UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ"], "number": "125/BC-SNV", "place": "Thái Bình",
 *  "date": "2024-12-14", "documentType": "BÁO CÁO",
 *  "summary": "Kết quả thực hiện công tác cải cách hành chính năm 2024",
 *  "signature": {"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Nguyễn Văn A"},
 *  "recipients": ["UBND tỉnh (để b/c);", "Bộ Nội vụ;", "Lưu: VT, CCHC."]}
 * }</pre>
 *
 * <p>Only {@code issuerLines} and {@code place} are required; a draft leaves out {@code date} (giving {@code year}
 * instead) and gives the symbol alone as its {@code number}, {@code "/BC-SNV"}. Reading is strict: an unknown field,
 * a value of the wrong type, a {@code null}, a blank text, a date that does not exist, an authority that does not
 * start with TM., KT., Q., TL. or TUQ., or a recipients' list whose last line is not the archive line "Lưu: …"
 * raises an {@link InputFormatException} naming the source, the JSON path (such as {@code $.signature.authority}),
 * the line and column, in Vietnamese and English.
 *
 * <pre>{@code
 * NationalHeading heading = HeadingJson.read(Path.of("heading.json"));
 * ReportOptions options = ReportOptions.builder().heading(heading).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HeadingJson {

  private static final LibraryJson LIBRARY = LibraryJson.of(new CchcReportingModule());

  private HeadingJson() {}

  /**
   * Reads a heading from a JSON string.
   *
   * @param json the document
   * @return the heading
   * @throws InputFormatException if the document is not a valid heading; the source is named {@code <string>}
   * @throws NullPointerException if the argument is null
   */
  public static NationalHeading read(String json) {
    return read(json, LibraryJson.STRING_SOURCE);
  }

  /**
   * Reads a heading from a JSON string, naming the source in errors.
   *
   * @param json the document
   * @param source the name to give in error messages, such as a file name
   * @return the heading
   * @throws InputFormatException if the document is not a valid heading
   * @throws NullPointerException if an argument is null
   */
  public static NationalHeading read(String json, String source) {
    return LIBRARY.read(json, source, NationalHeading.class);
  }

  /**
   * Reads a heading from a UTF-8 file.
   *
   * @param path the file
   * @return the heading
   * @throws InputFormatException if the file is not a valid heading; the source is the path
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if the argument is null
   */
  public static NationalHeading read(Path path) {
    return read(LibraryJson.text(path), path.toString());
  }

  /**
   * Reads a heading from a UTF-8 stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @param source the name to give in error messages
   * @return the heading
   * @throws InputFormatException if the stream is not a valid heading
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static NationalHeading read(InputStream in, String source) {
    return read(LibraryJson.text(in, source), source);
  }

  /**
   * Reads a heading from a reader, which is read to its end and not closed.
   *
   * @param reader the reader
   * @param source the name to give in error messages
   * @return the heading
   * @throws InputFormatException if the text is not a valid heading
   * @throws java.io.UncheckedIOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static NationalHeading read(Reader reader, String source) {
    return read(LibraryJson.text(reader, source), source);
  }

  /**
   * Writes a heading as indented JSON; fields without a value are left out.
   *
   * @param heading the heading
   * @return the JSON text, ending with a newline
   * @throws NullPointerException if the argument is null
   */
  public static String write(NationalHeading heading) {
    return LIBRARY.write(Objects.requireNonNull(heading, "heading"));
  }

  /**
   * Writes a heading as indented JSON to a writer, which is flushed and not closed.
   *
   * @param heading the heading
   * @param writer the writer
   * @throws java.io.UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(NationalHeading heading, Writer writer) {
    LIBRARY.write(Objects.requireNonNull(heading, "heading"), writer);
  }

  /**
   * Writes a heading as indented UTF-8 JSON to a file, replacing it.
   *
   * @param heading the heading
   * @param path the file
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(NationalHeading heading, Path path) {
    LIBRARY.write(Objects.requireNonNull(heading, "heading"), path);
  }
}
