package io.github.cchc.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The strict Jackson set-up shared by the JSON formats, and the translation of every error into a {@link
 * JsonFormatException} that names the source, the JSON path and the line.
 */
final class JsonSupport {

  /** The source name used when a document is read from a string. */
  static final String STRING_SOURCE = "<string>";

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      // "2024" is not a year and 1 is not a name: no silent conversion between scalar types.
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      // A null inside a list is an error; a null field counts as left out (required fields are checked when mapped).
      .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** The token Jackson names in a type mismatch, such as {@code (token `JsonToken.START_OBJECT`)}. */
  private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.([A-Z_]+)`");

  /** The input shape Jackson names when it refuses a coercion, such as {@code Cannot coerce Integer value}. */
  private static final Pattern COERCED = Pattern.compile("Cannot coerce ([\\w-]+) value");

  /** The value Jackson names when no creator fits, such as {@code deserialize from String value}. */
  private static final Pattern FROM_VALUE =
      Pattern.compile("from (String|Object|Array|Boolean|Number|Integer|Floating-point|Double|Long) value");

  /** The number Jackson names when it does not fit, such as {@code Numeric value (99999999999) out of range}. */
  private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\(([-+0-9.eE]+)\\)");

  private JsonSupport() {}

  /** Reads a whole file as UTF-8 text, an optional byte-order mark dropped. */
  static String text(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      return text(Files.readAllBytes(path), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Reads a whole stream as UTF-8 text, an optional byte-order mark dropped. */
  static String text(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try {
      return text(in.readAllBytes(), source);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** Reads everything a reader gives. */
  static String text(Reader reader, String source) {
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
      throw new JsonFormatException(source, "$", 0, 0, "the document is not UTF-8 text", e);
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Reads a document into its JSON form and maps that to the model, turning every error into a {@link
   * JsonFormatException}.
   */
  static <D, M> M read(String text, String source, Class<D> documentType, BiFunction<D, Trail, M> mapping) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    D document;
    try {
      document = MAPPER.readValue(text, documentType);
    } catch (JacksonException e) {
      throw translate(e, source);
    }
    if (document == null) {
      // The JSON text "null" is well-formed; Jackson gives it back as a null document.
      throw new JsonFormatException(source, "$", 0, 0, "expected an object, found null", null);
    }
    try {
      return mapping.apply(document, Trail.ROOT);
    } catch (MappingProblem problem) {
      JsonLocation location = locate(text, problem.trail());
      int line = location == null ? 0 : location.getLineNr();
      int column = location == null ? 0 : location.getColumnNr();
      throw new JsonFormatException(source, problem.trail().toString(), line, column, problem.getMessage(),
          problem.getCause());
    }
  }

  /** Writes a JSON form as indented text ending with a newline. */
  static String write(Object document) {
    try {
      return WRITER.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      // The JSON forms are plain records of strings, numbers, enums and lists: writing them cannot fail.
      throw new IllegalStateException("Cannot write " + document.getClass().getSimpleName(), e);
    }
  }

  static void write(Object document, Writer writer) {
    Objects.requireNonNull(writer, "writer");
    try {
      writer.write(write(document));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  static void write(Object document, Path path) {
    Objects.requireNonNull(path, "path");
    try {
      Files.writeString(path, write(document), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Mapping support

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static <T> List<T> nullIfEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  /** Fails when a required field is missing; Jackson checks this too, this covers values set to null by mistake. */
  static <T> T required(T value, Trail trail) {
    if (value == null) {
      throw new MappingProblem(trail, "the field is required");
    }
    return value;
  }

  static LocalDate date(String text, Trail trail) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new MappingProblem(trail, "\"" + text + "\" is not a date in ISO form (yyyy-MM-dd)", e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Error translation

  private static JsonFormatException translate(JacksonException e, String source) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    String path;
    String problem;
    Throwable cause = e.getCause();
    if (e instanceof InputCoercionException || cause instanceof InputCoercionException) {
      InputCoercionException range = (InputCoercionException) (e instanceof InputCoercionException ? e : cause);
      // Well-formed, but a number too large for the field: not "malformed".
      path = parserPath(range);
      Class<?> type = range.getTargetType();
      if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
        Matcher number = OUT_OF_RANGE.matcher(String.valueOf(range.getOriginalMessage()));
        problem = "the number" + (number.find() ? " " + number.group(1) : "") + " is out of range for an integer";
      } else {
        problem = "expected " + (type == null ? "another value" : expected(type)) + ", found a number";
      }
    } else if (e instanceof StreamConstraintsException || cause instanceof StreamConstraintsException) {
      StreamConstraintsException limit =
          (StreamConstraintsException) (e instanceof StreamConstraintsException ? e : cause);
      path = parserPath(limit);
      problem = "the document is beyond the reader's limits: " + withoutSourceMarker(limit.getOriginalMessage());
    } else if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
      StreamReadException malformed =
          e instanceof StreamReadException read ? read : (StreamReadException) e.getCause();
      path = parserPath(malformed);
      problem = "malformed JSON: " + withoutSourceMarker(malformed.getOriginalMessage());
    } else if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
        && e.getOriginalMessage().startsWith("No content to map")) {
      path = "$";
      problem = "the document is empty";
    } else if (e instanceof JsonMappingException mapping) {
      Trail trail = Trail.ROOT;
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        trail = ref.getFieldName() != null ? trail.field(ref.getFieldName()) : trail.index(ref.getIndex());
      }
      path = trail.toString();
      problem = problem(mapping);
    } else {
      path = parserPath(e);
      problem = e.getOriginalMessage();
    }
    return new JsonFormatException(source, path, line, column, problem, e);
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      return "unknown field \"" + unknown.getPropertyName() + "\"; the known fields are " + known;
    }
    if (e instanceof InvalidNullException) {
      return "null is not allowed here";
    }
    if (e instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
          .map(Object::toString)
          .collect(Collectors.joining(", "));
      return "unknown value \"" + format.getValue() + "\" for " + format.getTargetType().getSimpleName()
          + "; expected one of " + allowed;
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    String original = e.getOriginalMessage();
    if (original != null && original.startsWith("Missing required creator property")) {
      int start = original.indexOf('\'');
      int end = original.indexOf('\'', start + 1);
      return "the required field \"" + original.substring(start + 1, end) + "\" is missing";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Matcher token = TOKEN.matcher(String.valueOf(original));
      if (token.find()) {
        return "expected " + expected(mismatch.getTargetType()) + ", found "
            + describe(JsonToken.valueOf(token.group(1)));
      }
      Matcher from = FROM_VALUE.matcher(String.valueOf(original));
      if (from.find()) {
        return "expected " + expected(mismatch.getTargetType()) + ", found " + switch (from.group(1)) {
          case "String" -> "a string";
          case "Object" -> "an object";
          case "Array" -> "an array";
          case "Boolean" -> "a boolean";
          default -> "a number";
        };
      }
      Matcher coerced = COERCED.matcher(String.valueOf(original));
      if (coerced.find()) {
        return "expected " + expected(mismatch.getTargetType()) + ", found " + switch (coerced.group(1)) {
          case "Integer" -> "an integer";
          case "Float", "Floating-point" -> "a decimal number";
          case "Boolean" -> "a boolean";
          case "String", "EmptyString" -> "a string";
          default -> coerced.group(1);
        };
      }
    }
    return original;
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  private static String parserPath(JacksonException e) {
    if (e.getProcessor() instanceof JsonParser parser) {
      return pointerToPath(parser.getParsingContext().pathAsPointer().toString());
    }
    return "$";
  }

  private static String pointerToPath(String pointer) {
    Trail trail = Trail.ROOT;
    if (!pointer.isEmpty()) {
      for (String segment : pointer.substring(1).split("/", -1)) {
        String name = segment.replace("~1", "/").replace("~0", "~");
        trail = name.matches("\\d+") ? trail.index(Integer.parseInt(name)) : trail.field(name);
      }
    }
    return trail.toString();
  }

  /**
   * Finds where a value is in the text: the location of its field name or array element, or else of the nearest
   * enclosing value that is there (a missing field is reported at its object).
   */
  static JsonLocation locate(String text, Trail trail) {
    String target = trail.pointer();
    JsonLocation best = null;
    int bestLength = -1;
    try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
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

  private static final java.util.regex.Pattern SOURCE_MARKER =
      java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  /** Jackson names the opening bracket's place with its own source marker; say it in our words. */
  static String withoutSourceMarker(String message) {
    return message == null ? "" : SOURCE_MARKER.matcher(message).replaceAll("line $1, column $2");
  }
}
