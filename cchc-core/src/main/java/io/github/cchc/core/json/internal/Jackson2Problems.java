package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what Jackson 2 reports in the user's terms: every problem of the token stream or of binding a document, as a
 * {@link Message} without a Java, Jackson or parser identifier.
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class Jackson2Problems {

  /** The token Jackson names in a type mismatch, such as {@code (token `JsonToken.START_OBJECT`)}. */
  private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.([A-Z_]+)`");
  /** The input shape Jackson names when it refuses a coercion, such as {@code Cannot coerce Integer value}. */
  private static final Pattern COERCED = Pattern.compile("Cannot coerce ([\\w-]+) value");
  /** The value Jackson names when no creator fits, such as {@code deserialize from String value}. */
  private static final Pattern FROM_VALUE =
      Pattern.compile("from (String|Object|Array|Boolean|Number|Integer|Floating-point|Double|Long) value");
  /** The number Jackson names when it does not fit, such as {@code Numeric value (99999999999) out of range}. */
  private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\(([-+0-9.eE]+)\\)");
  /** A limit of the reader: {@code (1001) exceeds the maximum allowed (1000}. */
  private static final Pattern LIMIT = Pattern.compile("exceeds the maximum (?:allowed )?\\(([0-9]+)");
  /** The opening bracket of an unclosed value: {@code start marker at [Source: ...; line: 1, column: 1]}. */
  private static final Pattern START_MARKER =
      Pattern.compile("(?i)close marker for (OBJECT|ARRAY) \\(start marker at \\[[^\\]]*?line: (\\d+), column: (\\d+)\\]");
  private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)");
  private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");
  private static final Pattern WORD = Pattern.compile("Unrecognized token '(.*?)'");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([-+]?\\w+)'");
  private static final Pattern CONTROL = Pattern.compile("code (\\d+)\\)\\)");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

  private Jackson2Problems() {}

  /**
   * Says what is wrong.
   *
   * @param e what Jackson threw
   * @return the problem
   */
  public static Message problem(JacksonException e) {
    if (e instanceof InputMismatch mismatch) {
      return mismatch.problem();
    }
    if (e instanceof InputParseError parse) {
      return parse.problem();
    }
    Throwable cause = e.getCause();
    if (cause instanceof InputMismatch mismatch) {
      return mismatch.problem();
    }
    if (cause instanceof InputParseError parse) {
      return parse.problem();
    }
    if (e instanceof InputCoercionException || cause instanceof InputCoercionException) {
      InputCoercionException range = (InputCoercionException) (e instanceof InputCoercionException ? e : cause);
      Class<?> type = range.getTargetType();
      if (isInteger(type)) {
        Matcher number = OUT_OF_RANGE.matcher(String.valueOf(range.getOriginalMessage()));
        return Problems.integerOutOfRange(number.find() ? number.group(1) : null);
      }
      return Problems.expected(kind(type), Problems.Kind.NUMBER);
    }
    if (e instanceof StreamConstraintsException || cause instanceof StreamConstraintsException) {
      JacksonException limit = (JacksonException) (e instanceof StreamConstraintsException ? e : cause);
      return constraint(String.valueOf(limit.getOriginalMessage()));
    }
    if (e instanceof StreamReadException || cause instanceof StreamReadException) {
      JacksonException malformed = (JacksonException) (e instanceof StreamReadException ? e : cause);
      return malformed(String.valueOf(malformed.getOriginalMessage()));
    }
    if (e instanceof JsonMappingException mapping) {
      return mapping(mapping);
    }
    return Problems.malformed();
  }

  /**
   * Says what a limit of the reader means, from the text of the exception that reports it.
   *
   * @param message the exception's own message
   * @return the problem
   */
  public static Message constraint(String message) {
    Matcher limit = LIMIT.matcher(message);
    long max = limit.find() ? Long.parseLong(limit.group(1)) : 0;
    if (message.contains("nesting depth")) {
      return Problems.tooDeep(max);
    }
    if (message.startsWith("String value length")) {
      return Problems.stringTooLong(max);
    }
    if (message.startsWith("Number value length")) {
      return Problems.numberTooLong(max);
    }
    if (message.startsWith("Name length")) {
      return Problems.nameTooLong(max);
    }
    if (message.startsWith("Token count")) {
      return Problems.tooManyTokens(max);
    }
    return Problems.documentTooLong(max);
  }

  /**
   * Says what is malformed, from the text of a parser's exception.
   *
   * @param message the exception's own message
   * @return the problem
   */
  public static Message malformed(String message) {
    Matcher m;
    if ((m = NON_STANDARD.matcher(message)).find()) {
      return Problems.notANumber(m.group(1));
    }
    if ((m = DUPLICATE.matcher(message)).find()) {
      return Problems.duplicateField(m.group(1));
    }
    if (message.startsWith("Unexpected end-of-input")) {
      if ((m = START_MARKER.matcher(message)).find()) {
        return Problems.notClosed(m.group(1).equalsIgnoreCase("OBJECT"), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
      if (message.contains("closing quote") || message.contains("in field name") || message.contains("in property name")
          || message.contains("String value")) {
        return Problems.stringNotClosed();
      }
      if (message.contains("OBJECT") || message.contains("Object entries")) {
        return Problems.notClosed(true, 0, 0);
      }
      if (message.contains("ARRAY") || message.contains("Array entries")) {
        return Problems.notClosed(false, 0, 0);
      }
      return Problems.truncated();
    }
    if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32")) {
      return Problems.notUtf8();
    }
    if (message.startsWith("Illegal unquoted character") || message.startsWith("Illegal character")) {
      m = CONTROL.matcher(message);
      return Problems.controlCharacter(m.find() ? Integer.parseInt(m.group(1)) : 0);
    }
    if ((m = CLOSE_MARKER.matcher(message)).find()) {
      return Problems.unexpectedCharacter("'" + m.group(1) + "'", null);
    }
    if ((m = CHARACTER.matcher(message)).find()) {
      int code = Integer.parseInt(m.group(2));
      String shown = code < 0x20 || code == 0x7f ? "(code " + code + ")" : "'" + m.group(1) + "'";
      if (code == -1) {
        return Problems.truncated();
      }
      return Problems.unexpectedCharacter(shown, expectation(message));
    }
    if ((m = WORD.matcher(message)).find()) {
      return Problems.unexpectedWord(m.group(1));
    }
    if (message.contains("Leading zeroes") || message.contains("numeric value") || message.contains("Invalid number")
        || message.contains("Decimal point") || message.contains("Numeric value")) {
      return Problems.badNumber(null);
    }
    if (message.contains("escape")) {
      return Problems.badEscape();
    }
    return Problems.malformed();
  }

  private static Message expectation(String message) {
    // Jackson 2 says "field name", Jackson 3 "property name": the Jackson 3 module words its parser's complaints here
    // too.
    if (message.contains("double-quote to start field name") || message.contains("double-quote to start property name")
        || message.contains("(for quoted) to start property name")) {
      return Problems.expecting("tên trường trong dấu nháy kép", "a field name in double quotes");
    }
    if (message.contains("comma to separate Object entries")) {
      return Problems.expecting("dấu phẩy hoặc '}'", "a comma or '}'");
    }
    if (message.contains("comma to separate Array entries")) {
      return Problems.expecting("dấu phẩy hoặc ']'", "a comma or ']'");
    }
    if (message.contains("colon to separate field name and value")
        || message.contains("colon to separate property name and value")) {
      return Problems.expecting("dấu hai chấm ':'", "a colon ':'");
    }
    if (message.contains("expected a value") || message.contains("expected a valid value")) {
      return Problems.expecting("một giá trị", "a value");
    }
    return null;
  }

  private static Message mapping(JsonMappingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      return Problems.unknownField(unknown.getPropertyName(), known);
    }
    if (e instanceof InvalidNullException) {
      return Problems.nullNotAllowed();
    }
    if (e instanceof InvalidTypeIdException typeId) {
      Class<?> base = typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass();
      String field = typeProperty(base);
      List<String> allowed = typeNames(base);
      if (typeId.getTypeId() != null) {
        return Problems.unknownVariant(field, typeId.getTypeId(), allowed);
      }
      return Problems.missingVariant(field, allowed);
    }
    if (e instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      List<String> allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString).toList();
      return Problems.unknownValue(String.valueOf(format.getValue()), allowed);
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      Throwable cause = e.getCause();
      return cause instanceof MappingProblem problem ? problem.problem() : Problems.refused(cause);
    }
    if (original.startsWith("No content to map")) {
      return Problems.empty();
    }
    if (original.startsWith("Trailing token")) {
      return Problems.trailing();
    }
    if (original.startsWith("Missing required creator property")) {
      int start = original.indexOf('\'');
      int end = original.indexOf('\'', start + 1);
      return Problems.missingField(original.substring(start + 1, end));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Message found = mismatch(original, mismatch.getTargetType());
      if (found != null) {
        return found;
      }
    }
    return Problems.unreadable();
  }

  /**
   * Says which kind of value was expected and which was found, from the text of a binding exception.
   *
   * @param original the exception's own message
   * @param type the type that was to be read
   * @return the problem, or null if the text does not say
   */
  public static Message mismatch(String original, Class<?> type) {
    {
      Problems.Kind found = null;
      Matcher token = TOKEN.matcher(original);
      if (token.find()) {
        found = kind(JsonToken.valueOf(token.group(1)));
      } else {
        Matcher from = FROM_VALUE.matcher(original);
        if (from.find()) {
          found = switch (from.group(1)) {
            case "String" -> Problems.Kind.STRING;
            case "Object" -> Problems.Kind.OBJECT;
            case "Array" -> Problems.Kind.ARRAY;
            case "Boolean" -> Problems.Kind.BOOLEAN;
            case "Integer", "Long" -> Problems.Kind.INTEGER;
            case "Floating-point", "Double" -> Problems.Kind.DECIMAL;
            default -> Problems.Kind.NUMBER;
          };
        } else {
          Matcher coerced = COERCED.matcher(original);
          if (coerced.find()) {
            found = switch (coerced.group(1)) {
              case "Integer" -> Problems.Kind.INTEGER;
              case "Float", "Floating-point" -> Problems.Kind.DECIMAL;
              case "Boolean" -> Problems.Kind.BOOLEAN;
              default -> Problems.Kind.STRING;
            };
          }
        }
      }
      if (found != null) {
        if (type.isEnum()) {
          return Problems.expectedOneOf(Arrays.stream(type.getEnumConstants()).map(Object::toString).toList(), found);
        }
        return Problems.expected(kind(type), found);
      }
    }
    return null;
  }

  /**
   * Returns the field that names the variant of a polymorphic document, such as a coverage rule's {@code rule}.
   *
   * @param base the document type, or null
   * @return the field name
   */
  public static String typeProperty(Class<?> base) {
    JsonTypeInfo info = base == null ? null : base.getAnnotation(JsonTypeInfo.class);
    return info == null || info.property().isEmpty() ? "type" : info.property();
  }

  /**
   * Returns the names of the variants of a polymorphic document.
   *
   * @param base the document type, or null
   * @return the names
   */
  public static List<String> typeNames(Class<?> base) {
    JsonSubTypes types = base == null ? null : base.getAnnotation(JsonSubTypes.class);
    return types == null ? List.of() : Arrays.stream(types.value()).map(JsonSubTypes.Type::name).toList();
  }

  private static boolean isInteger(Class<?> type) {
    return type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == BigInteger.class || type == Short.class || type == short.class;
  }

  /**
   * Names the kind of JSON value a Java type of a document is read from.
   *
   * @param type the type, or null
   * @return the kind
   */
  public static Problems.Kind kind(Class<?> type) {
    if (type == null) {
      return Problems.Kind.OBJECT;
    }
    if (type == String.class || type.isEnum()) {
      return Problems.Kind.STRING;
    }
    if (isInteger(type)) {
      return Problems.Kind.INTEGER;
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
      return Problems.Kind.NUMBER;
    }
    if (type == Boolean.class || type == boolean.class) {
      return Problems.Kind.BOOLEAN;
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return Problems.Kind.ARRAY;
    }
    if (Map.class.isAssignableFrom(type)) {
      return Problems.Kind.OBJECT;
    }
    return Problems.Kind.OBJECT;
  }

  /**
   * Names the kind of JSON value a token starts.
   *
   * @param token the token, or null at the end
   * @return the kind
   */
  public static Problems.Kind kind(JsonToken token) {
    return Strictness.kind(token == null ? null : token.name());
  }

  /**
   * Returns the path Jackson collected as a trail.
   *
   * @param references the references, outermost first
   * @return the trail
   */
  public static Trail trail(List<JsonMappingException.Reference> references) {
    Trail trail = Trail.ROOT;
    for (JsonMappingException.Reference ref : references) {
      if (ref.getFieldName() != null) {
        trail = trail.field(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        trail = trail.index(ref.getIndex());
      }
    }
    return trail;
  }

  /**
   * Returns where a parser is, as a trail from the root of its document.
   *
   * @param parser the parser
   * @return the trail
   */
  public static Trail where(JsonParser parser) {
    return Trail.ofPointer(parser.getParsingContext().pathAsPointer().toString());
  }
}
