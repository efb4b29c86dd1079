package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.internal.Errors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The library's own JSON readers and writers, over its Jackson 2 modules: one set-up, strict at the root too (no
 * trailing content, no duplicate keys, no {@code null} document), errors turned into {@link InputFormatException}s
 * with the source, the JSON path, the line and column and the problem in both languages; documents written indented
 * by two spaces, {@code "field": value}, one element a line, ending with a newline.
 *
 * <p>Internal to the library. Instances are immutable and thread-safe.
 */
public final class LibraryJson {

  /** The source name used when a document is read from a string. */
  public static final String STRING_SOURCE = "<string>";

  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private LibraryJson(ObjectMapper mapper) {
    this.mapper = mapper;
    this.writer = mapper.writer(prettyPrinter());
  }

  /**
   * Returns the library's set-up over some modules.
   *
   * @param modules the modules of the types to read and write
   * @return the set-up
   */
  public static LibraryJson of(Module... modules) {
    return new LibraryJson(JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addModules(modules)
        .build());
  }

  /**
   * Returns the pretty printer of the library's writers.
   *
   * @return a new printer
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /**
   * Returns the mapper of this set-up.
   *
   * @return the mapper; not to be reconfigured
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads a document.
   *
   * @param text the JSON text
   * @param source the source name for messages
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws InputFormatException if the text is not a valid document of the type
   */
  public <T> T read(String text, String source, Class<T> type) {
    return read(text, source, mapper.constructType(type));
  }

  /**
   * Reads a document of a generic type, such as a list of a model type.
   *
   * @param text the JSON text
   * @param source the source name for messages
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws InputFormatException if the text is not a valid document of the type
   */
  public <T> T read(String text, String source, JavaType type) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    T value;
    try {
      value = mapper.readValue(text, type);
    } catch (JacksonException e) {
      throw failure(e, text, source);
    }
    if (value == null) {
      // The JSON text "null" is well-formed; Jackson gives it back as a null document.
      throw Errors.input(source, "$", 1, 1,
          Problems.expected(Jackson2Problems.kind(type.getRawClass()), Problems.Kind.NULL), null);
    }
    return value;
  }

  /**
   * Reads a document with a mapping of its own, such as one that takes context from the caller.
   *
   * @param text the JSON text
   * @param source the source name for messages
   * @param mapping the mapping
   * @param <T> the model type
   * @return the value
   * @throws InputFormatException if the text is not a valid document
   */
  public <T> T read(String text, String source, JsonMapping<T, ?> mapping) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw Errors.input(source, "$", 0, 0, Problems.empty(), null);
      }
      if (first == JsonToken.VALUE_NULL) {
        throw Errors.input(source, "$", 1, 1, Problems.expected(Problems.Kind.OBJECT, Problems.Kind.NULL),
            null);
      }
      T value = Jackson2Mappings.read(p, mapping);
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        throw Errors.input(source, "$", at.getLineNr(), at.getColumnNr(), Problems.trailing(), null);
      }
      return value;
    } catch (JacksonException e) {
      throw failure(e, text, source);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Turns what Jackson threw while reading a text into the exception the library throws.
   *
   * @param e what Jackson threw
   * @param text the text that was read
   * @param source the source name
   * @return the exception
   */
  public static InputFormatException failure(JacksonException e, String text, String source) {
    Message problem = Jackson2Problems.problem(e);
    Trail trail;
    JsonLocation location = e.getLocation();
    InputMismatch mismatch = find(e, InputMismatch.class);
    InputParseError parse = find(e, InputParseError.class);
    if (parse != null) {
      trail = parse.trail();
      location = parse.getLocation();
    } else if (mismatch != null) {
      trail = mismatch.trail();
      if (mismatch.needsLocating()) {
        location = locate(text, trail);
      }
    } else if (e instanceof JsonMappingException mapping && !(e.getCause() instanceof StreamReadException)) {
      trail = Jackson2Problems.trail(mapping.getPath());
    } else {
      trail = e.getProcessor() instanceof JsonParser parser ? Jackson2Problems.where(parser) : Trail.ROOT;
    }
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    Throwable cause = mismatch != null && mismatch.origin() != null ? mismatch.origin() : e;
    return Errors.input(source, trail.toString(), line, column, problem, cause);
  }

  private static <X extends Throwable> X find(Throwable e, Class<X> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * Finds where a value is in the text: the location of its field name or array element, or else of the nearest
   * enclosing value that is there (a missing field is reported at its object).
   *
   * @param text the text
   * @param trail the value's trail
   * @return the location, or null
   */
  public static JsonLocation locate(String text, Trail trail) {
    String target = trail.pointer();
    JsonLocation best = null;
    int bestLength = -1;
    try (JsonParser parser = Jackson2Mappings.DOCUMENTS.getFactory().createParser(text)) {
      while (parser.nextToken() != null) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        if (pointer.equals(target)) {
          return parser.currentTokenLocation();
        }
        if (pointer.length() > bestLength && (target.startsWith(pointer + "/") || pointer.isEmpty())) {
          best = parser.currentTokenLocation();
          bestLength = pointer.length();
        }
      }
    } catch (IOException e) {
      // The text was read once already; a failure here only loses the line number.
    }
    return best;
  }

  /**
   * Reads a whole file as UTF-8 text, an optional byte-order mark dropped.
   *
   * @param path the file
   * @return the text
   * @throws InputFormatException if the bytes are not UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String text(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      return text(Files.readAllBytes(path), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a whole stream as UTF-8 text, an optional byte-order mark dropped; the stream is not closed.
   *
   * @param in the stream
   * @param source the source name for messages
   * @return the text
   * @throws InputFormatException if the bytes are not UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static String text(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try {
      return text(in.readAllBytes(), source);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads everything a reader gives, an optional byte-order mark dropped; the reader is not closed.
   *
   * @param reader the reader
   * @param source the source name for messages
   * @return the text
   * @throws UncheckedIOException if the reader fails
   */
  public static String text(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = reader.read(buffer)) >= 0; ) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
    return stripBom(out.toString());
  }

  private static String text(byte[] bytes, String source) {
    try {
      return stripBom(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      // One policy for every input (TextEncoding): UTF-8 only; name the first bad byte, its line and the likely code.
      int bad = Math.max(0, TextEncoding.firstInvalidUtf8(bytes, 0, bytes.length));
      throw Errors.input(source, "$", TextEncoding.lineOf(bytes, bad), 0,
          TextEncoding.notUtf8(bytes.length == 0 ? 0 : bytes[bad], TextEncoding.likelyEncoding(bytes, bytes.length)),
          e);
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a value as indented text ending with a newline.
   *
   * @param value a model value, a document, or a list of them
   * @return the text
   * @throws IllegalArgumentException if the value has no JSON form
   */
  public String write(Object value) {
    try {
      return writer.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      // Documents are plain records of strings, numbers, enums and lists: writing them fails only where a value has
      // no JSON form, which its conversion says with an IllegalArgumentException.
      IllegalArgumentException refused = find(e, IllegalArgumentException.class);
      if (refused != null) {
        throw refused;
      }
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Writes a value to a writer, which is flushed and not closed.
   *
   * @param value the value
   * @param out the writer
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(out, "writer");
    try {
      out.write(write(value));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a value as UTF-8 to a stream, which is flushed and not closed.
   *
   * @param value the value
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(write(value).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a value as UTF-8 to a file, replacing it.
   *
   * @param value the value
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object value, Path path) {
    Objects.requireNonNull(path, "path");
    try {
      Files.writeString(path, write(value), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
