package io.github.cchc.jackson3;

import io.github.cchc.core.json.internal.CoreMappings;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.scoring.json.internal.ScoringMappings;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of cchc (the {@code tools.jackson} packages, the default of Spring Boot 4): a {@code
 * JsonMapper} with it reads and writes the types of cchc-core and cchc-scoring in exactly the forms the Jackson 2
 * modules and the library's own readers use, from the same mappings.
 *
 * <p>It is found by {@link java.util.ServiceLoader}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * Plan plan = mapper.readValue(json, Plan.class);
 * }</pre>
 *
 * <p>Reading is strict whatever the mapper's settings: an unknown field, a value of the wrong type, a {@code null}
 * where a value is needed, NaN or a date that does not exist is refused with a {@link
 * tools.jackson.databind.DatabindException} whose message gives the JSON path and the problem in the user's terms.
 * Duplicate keys are refused when the mapper's parser detects them ({@code
 * StreamReadFeature.STRICT_DUPLICATE_DETECTION}), as the library's own readers do.
 *
 * <p>This class is thread-safe once registered.
 */
public final class CchcJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CchcJackson3Module() {
    super("cchc");
    CoreMappings.ALL.forEach(this::add);
    ScoringMappings.ALL.forEach(this::add);
  }

  private <T> void add(JsonMapping<T, ?> mapping) {
    addSerializer(mapping.type(), new Jackson3Mappings.MappingSerializer<>(mapping));
    addDeserializer(mapping.type(), new Jackson3Mappings.MappingDeserializer<>(mapping));
  }
}
