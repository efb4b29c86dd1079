package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Jackson 2 side of the JSON layer: one strict set-up that binds the documents, whatever the configuration of
 * the mapper that reads or writes a model value, and the serializer and deserializer of each {@link JsonMapping}.
 *
 * <p>A model value is read by binding its document with the strict set-up on the caller's own parser (so unknown
 * fields, wrong types, nulls, NaN and duplicate keys are refused even by a default or lenient {@code ObjectMapper},
 * which itself is not changed) and then converting it; it is written by converting it to its document and writing
 * that with the strict set-up on the caller's generator, so the field names and forms are the documented ones and
 * the caller's pretty printer applies.
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class Jackson2Mappings {

  /** The strict set-up of the documents. */
  static final ObjectMapper DOCUMENTS = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      // "2024" is not a year, "true" not a boolean and 1 not a name: no silent conversion between scalar types.
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .disable(SerializationFeature.INDENT_OUTPUT)
      // A null inside a list or map is an error; a null field counts as left out (required ones are checked).
      .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
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
          .addSerializer(BigDecimal.class, new PlainDecimals()))
      .build();

  private Jackson2Mappings() {}

  /**
   * Returns a Jackson 2 module that reads and writes the model types of the given mappings.
   *
   * @param name the module's name
   * @param mappings the mappings
   * @return the module
   */
  public static SimpleModule module(String name, List<JsonMapping<?, ?>> mappings) {
    SimpleModule module = new SimpleModule(name);
    mappings.forEach(mapping -> add(module, mapping));
    return module;
  }

  /**
   * Adds the serializer and deserializer of each mapping to a module.
   *
   * @param module the module
   * @param mappings the mappings
   */
  public static void addTo(SimpleModule module, List<JsonMapping<?, ?>> mappings) {
    mappings.forEach(mapping -> add(module, mapping));
  }

  private static <T> void add(SimpleModule module, JsonMapping<T, ?> mapping) {
    module.addSerializer(mapping.type(), new MappingSerializer<>(mapping));
    module.addDeserializer(mapping.type(), new MappingDeserializer<>(mapping));
  }

  /**
   * Binds a document strictly from a parser standing on its first token; duplicate keys are refused within it.
   *
   * @param p the parser
   * @param type the document type
   * @param <D> the document type
   * @return the document
   * @throws IOException what Jackson throws
   */
  static <D> D readDocument(JsonParser p, Class<D> type) throws IOException {
    boolean strict = p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    if (!strict) {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    try {
      return DOCUMENTS.readerFor(type).readValue(p);
    } finally {
      if (!strict) {
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      }
    }
  }

  /**
   * Reads a model value from a parser standing on its first token: binds its document strictly and converts it.
   *
   * @param p the parser
   * @param mapping the mapping
   * @param <T> the model type
   * @return the value
   * @throws IOException what Jackson throws, or an {@link InputMismatch} or {@link InputParseError}
   */
  public static <T> T read(JsonParser p, JsonMapping<T, ?> mapping) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Object document;
    try {
      document = readDocument(p, mapping.documentType());
    } catch (InputMismatch | InputParseError ours) {
      throw ours;
    } catch (StreamReadException e) {
      throw new InputParseError(p, Jackson2Problems.problem(e), Jackson2Problems.where(p), e.getLocation(), e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof StreamReadException read && !(cause instanceof InputMismatch)) {
        throw new InputParseError(p, Jackson2Problems.problem(read), Jackson2Problems.where(p), read.getLocation(),
            e);
      }
      Trail inner = Jackson2Problems.trail(e.getPath());
      Message problem = Jackson2Problems.problem(e);
      boolean locate = false;
      if (e instanceof InvalidTypeIdException typeId) {
        // The variant's name is wrong or missing: say so at the field that names it.
        inner = inner.field(Jackson2Problems.typeProperty(
            typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass()));
        locate = true;
      } else if (cause instanceof MappingProblem refused) {
        // A document's constructor refused a value: its trail is below the object Jackson names.
        inner = inner.then(refused.trail());
        locate = true;
      }
      throw mismatch(p, problem, inner, e.getLocation(), locate, e);
    } catch (JacksonException e) {
      throw mismatch(p, Jackson2Problems.problem(e), Trail.ROOT, e.getLocation(), false, e);
    }
    if (document == null) {
      // A JSON null where the value is: Jackson asks getNullValue, but a document can still come out null.
      throw mismatch(p, Problems.nullNotAllowed(), Trail.ROOT, start, false, null);
    }
    try {
      return mapping.model(document);
    } catch (MappingProblem problem) {
      throw mismatch(p, problem.problem(), problem.trail(), start, true,
          problem.getCause() != null ? problem.getCause() : problem);
    }
  }

  private static InputMismatch mismatch(JsonParser p, Message problem, Trail trail, JsonLocation at,
      boolean locate, Throwable cause) {
    InputMismatch e = new InputMismatch(p, problem, at, locate, cause);
    List<Object> segments = trail.segments();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object segment = segments.get(i);
      e.prependPath(segment instanceof Integer index
          ? new JsonMappingException.Reference(null, index)
          : new JsonMappingException.Reference(null, segment.toString()));
    }
    return e;
  }

  /** Reads the document of a mapping and converts it. */
  private static final class MappingDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient JsonMapping<T, ?> mapping;

    MappingDeserializer(JsonMapping<T, ?> mapping) {
      super(mapping.type());
      this.mapping = mapping;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, mapping);
    }
  }

  /** Converts a model value to its document and writes that. */
  private static final class MappingSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient JsonMapping<T, ?> mapping;

    MappingSerializer(JsonMapping<T, ?> mapping) {
      super(mapping.type());
      this.mapping = mapping;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      DOCUMENTS.writeValue(gen, mapping.document(value));
    }
  }

  /**
   * Reads a number exactly, refusing NaN and infinity (which a lenient parser may let through) and a number beyond
   * 10^±{@value Strictness#MAX_EXPONENT}: {@code 1e999999999} is short to write, but exact arithmetic on it (or printing it in
   * plain digits) would overflow or run out of memory.
   */
  private static final class Decimals extends StdDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    Decimals() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
        throw new InputMismatch(p, Problems.notANumber(p.getText()), p.currentTokenLocation(), false, null);
      }
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new InputMismatch(p, Problems.expected(Problems.Kind.NUMBER, Jackson2Problems.kind(token)),
            p.currentTokenLocation(), false, null);
      }
      BigDecimal value = p.getDecimalValue();
      Message beyond = Strictness.decimal(value, p.getText());
      if (beyond != null) {
        throw new InputMismatch(p, beyond, p.currentTokenLocation(), false, null);
      }
      return value;
    }
  }

  /** Writes a number in plain digits, without changing the caller's generator. */
  private static final class PlainDecimals extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    PlainDecimals() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(value.toPlainString());
    }
  }
}
