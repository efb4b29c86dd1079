package io.github.cchc.jackson3;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.cchc.core.json.internal.Jackson2Problems;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.MappingProblem;
import io.github.cchc.core.json.internal.Message;
import io.github.cchc.core.json.internal.Problems;
import io.github.cchc.core.json.internal.Strictness;
import io.github.cchc.core.json.internal.Trail;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * The Jackson 3 side of the JSON layer, the counterpart of cchc-core's Jackson 2 one over the same mappings: one
 * strict set-up that binds the documents on the caller's parser, and writes them on the caller's generator.
 */
final class Jackson3Mappings {

  static final ObjectMapper DOCUMENTS = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      // Jackson 3 sorts properties by default; the documented order is the records' order.
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Boolean, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Integer, config -> config
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Float, config -> config
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .addModule(new SimpleModule("cchc-decimals")
          .addDeserializer(BigDecimal.class, new Decimals())
          .addDeserializer(String.class, new Strings())
          .addSerializer(BigDecimal.class, new PlainDecimals()))
      .build();

  private Jackson3Mappings() {}

  static <T> T read(JsonParser p, JsonMapping<T, ?> mapping) {
    TokenStreamLocation start = p.currentTokenLocation();
    String startPointer = p.streamReadContext().pathAsPointer().toString();
    Object document;
    try {
      // Jackson 3 parsers cannot be switched to detecting duplicate keys once made: the value is checked on its way.
      document = DOCUMENTS.readerFor(mapping.documentType()).readValue(new DuplicateChecking(p));
    } catch (Mismatch ours) {
      throw ours;
    } catch (DuplicateKey e) {
      throw mismatch(p, Problems.duplicateField(e.name), e.trail, e.getLocation(), e);
    } catch (StreamReadException e) {
      // Malformed JSON: where the parser stopped, within this value (Jackson adds the path outside it), as Jackson 2
      // reports it.
      String now = p.streamReadContext().pathAsPointer().toString();
      Trail inner = now.startsWith(startPointer) ? Trail.ofPointer(now.substring(startPointer.length())) : Trail.ROOT;
      throw mismatch(p, problem(e), inner, e.getLocation(), e);
    } catch (JacksonException e) {
      Trail inner = trail(e.getPath());
      if (e instanceof InvalidTypeIdException typeId) {
        inner = inner.field(Jackson2Problems.typeProperty(
            typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass()));
      } else if (e.getCause() instanceof MappingProblem refused) {
        inner = inner.then(refused.trail());
      }
      // Jackson 3 leaves some of its refusals (an unknown property) without a location; Jackson 2 gives the
      // parser's, which is where it stands now.
      TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
          : p.currentLocation();
      throw mismatch(p, problem(e), inner, at, e);
    }
    if (document == null) {
      throw mismatch(p, Problems.nullNotAllowed(), Trail.ROOT, start, null);
    }
    try {
      return mapping.model(document);
    } catch (MappingProblem problem) {
      throw mismatch(p, problem.problem(), problem.trail(), start, problem);
    }
  }

  private static Trail trail(List<JacksonException.Reference> references) {
    Trail trail = Trail.ROOT;
    for (JacksonException.Reference ref : references) {
      if (ref.getPropertyName() != null) {
        trail = trail.field(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        trail = trail.index(ref.getIndex());
      }
    }
    return trail;
  }

  private static Mismatch mismatch(JsonParser p, Message problem, Trail trail, TokenStreamLocation at,
      Throwable cause) {
    Mismatch e = new Mismatch(p, problem, at, cause);
    List<Object> segments = trail.segments();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object segment = segments.get(i);
      if (segment instanceof Integer index) {
        e.prependPath(null, index);
      } else {
        e.prependPath(null, segment.toString());
      }
    }
    return e;
  }

  /** Says what Jackson 3 reports in the user's terms, as the Jackson 2 side does. */
  static Message problem(JacksonException e) {
    if (e instanceof Mismatch ours) {
      return ours.problem();
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return Jackson2Problems.constraint(original);
    }
    if (e instanceof StreamReadException) {
      return Jackson2Problems.malformed(original);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return Problems.unknownField(unknown.getPropertyName(),
          unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
    }
    if (e instanceof InvalidNullException) {
      return Problems.nullNotAllowed();
    }
    if (e instanceof InvalidTypeIdException typeId) {
      Class<?> base = typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass();
      return typeId.getTypeId() != null
          ? Problems.unknownVariant(Jackson2Problems.typeProperty(base), typeId.getTypeId(),
              Jackson2Problems.typeNames(base))
          : Problems.missingVariant(Jackson2Problems.typeProperty(base), Jackson2Problems.typeNames(base));
    }
    if (e instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      return Problems.unknownValue(String.valueOf(format.getValue()),
          Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString).toList());
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause() instanceof MappingProblem problem ? problem.problem()
          : Problems.refused(e.getCause());
    }
    if (original.startsWith("Missing required creator property")) {
      int start = original.indexOf('\'');
      return Problems.missingField(original.substring(start + 1, original.indexOf('\'', start + 1)));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Message found = Jackson2Problems.mismatch(original, mismatch.getTargetType());
      if (found != null) {
        return found;
      }
    }
    return Problems.unreadable();
  }

  /** A value the module refuses, with the problem in both languages and without Jackson's chain of classes. */
  static final class Mismatch extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    Mismatch(JsonParser p, Message problem, TokenStreamLocation at, Throwable cause) {
      super(p, problem.en(), at);
      this.problem = problem;
      if (cause != null) {
        addSuppressed(cause);
      }
    }

    Message problem() {
      return problem;
    }

    @Override
    public String getMessage() {
      TokenStreamLocation at = getLocation();
      return Strictness.message(trail(getPath()), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          problem);
    }
  }

  /** A key given twice in one object, found by {@link DuplicateChecking}. */
  static final class DuplicateKey extends StreamReadException {
    private static final long serialVersionUID = 1L;

    final String name;
    final transient Trail trail;

    DuplicateKey(JsonParser p, String name, Trail trail) {
      super(p, Problems.duplicateField(name).en(), pastKey(p.currentTokenLocation(), name));
      this.name = name;
      this.trail = trail;
    }
  }

  /** Just past a key's closing quote, where Jackson 2's own duplicate detection reports it. */
  private static TokenStreamLocation pastKey(TokenStreamLocation key, String name) {
    int length = name.length() + 2;
    return new TokenStreamLocation(key.contentReference(), key.getByteOffset() < 0 ? -1 : key.getByteOffset() + length,
        key.getCharOffset() < 0 ? -1 : key.getCharOffset() + length, key.getLineNr(), key.getColumnNr() + length);
  }

  /**
   * The caller's parser, passed through while the shared {@link Strictness.DuplicateKeys} follows the value: every
   * way of advancing goes through {@link #nextToken()}, so no key escapes the check.
   */
  static final class DuplicateChecking extends JsonParserDelegate {
    private final Strictness.DuplicateKeys keys = new Strictness.DuplicateKeys();

    DuplicateChecking(JsonParser p) {
      super(p);
      keys.next(name(p.currentToken()), null);
    }

    private static String name(JsonToken token) {
      return token == null ? null : token.name();
    }

    @Override
    public JsonToken nextToken() {
      if (keys.done()) {
        // The value is read: what follows is the caller's, and not this value's to check.
        return delegate.nextToken();
      }
      JsonToken token = delegate.nextToken();
      Trail twice = keys.next(name(token), token == JsonToken.PROPERTY_NAME ? delegate.currentName() : null);
      if (twice != null) {
        throw new DuplicateKey(delegate, delegate.currentName(), twice);
      }
      return token;
    }

    @Override
    public JsonToken nextValue() {
      JsonToken token = nextToken();
      return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() {
      JsonToken start = currentToken();
      if (start == JsonToken.START_OBJECT || start == JsonToken.START_ARRAY) {
        for (int open = 1; open > 0; ) {
          JsonToken token = nextToken();
          if (token == null) {
            break;
          }
          if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            open++;
          } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            open--;
          }
        }
      }
      return this;
    }

    @Override
    public String nextName() {
      return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
    }

    @Override
    public boolean nextName(SerializableString name) {
      return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
      JsonToken token = nextToken();
      if (token == JsonToken.PROPERTY_NAME) {
        return matcher.matchName(currentName());
      }
      return token == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }
  }

  /** Reads the document of a mapping and converts it. */
  static final class MappingDeserializer<T> extends StdDeserializer<T> {
    private final transient JsonMapping<T, ?> mapping;

    MappingDeserializer(JsonMapping<T, ?> mapping) {
      super(mapping.type());
      this.mapping = mapping;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return read(p, mapping);
    }
  }

  /** Converts a model value to its document and writes that. */
  static final class MappingSerializer<T> extends StdSerializer<T> {
    private final transient JsonMapping<T, ?> mapping;

    MappingSerializer(JsonMapping<T, ?> mapping) {
      super(mapping.type());
      this.mapping = mapping;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
      DOCUMENTS.writeValue(gen, mapping.document(value));
    }
  }

  /** Reads a number exactly, refusing NaN, infinity and exponents beyond what exact arithmetic can take. */
  private static final class Decimals extends StdDeserializer<BigDecimal> {
    Decimals() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
        throw new Mismatch(p, Problems.notANumber(p.getString()), p.currentTokenLocation(), null);
      }
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new Mismatch(p, Problems.expected(Problems.Kind.NUMBER, kind(token)), p.currentTokenLocation(), null);
      }
      BigDecimal value = p.getDecimalValue();
      Message beyond = Strictness.decimal(value, p.getString());
      if (beyond != null) {
        throw new Mismatch(p, beyond, p.currentTokenLocation(), null);
      }
      return value;
    }

    private static Problems.Kind kind(JsonToken token) {
      return Strictness.kind(token == null ? null : token.name());
    }
  }

  /**
   * Reads a string, and nothing else. Jackson 3's own string reader, given an array where a list holds strings, reads
   * past it and lets the list end early, so the refusal came later and elsewhere; Jackson 2 refuses it at the element
   * ("expected a string, found an array"), as this does.
   */
  private static final class Strings extends StdDeserializer<String> {
    Strings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_STRING) {
        throw new Mismatch(p, Problems.expected(Problems.Kind.STRING, Decimals.kind(token)), p.currentTokenLocation(),
            null);
      }
      return p.getString();
    }
  }

  /** Writes a number in plain digits, without changing the caller's generator. */
  private static final class PlainDecimals extends StdSerializer<BigDecimal> {
    PlainDecimals() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext provider) {
      gen.writeNumber(value.toPlainString());
    }
  }
}
