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
 * <p>Reading is as strict as the library's own readers whatever the mapper's settings: an unknown field, a value of
 * the wrong type, a {@code null} where a value is needed, NaN, a key given twice in one object or a date that does
 * not exist is refused with a {@link tools.jackson.databind.DatabindException} whose message is the one the Jackson 2
 * modules give: the JSON path, the line and column, and the problem in the user's terms. (A Jackson 3 parser cannot
 * be switched to detecting duplicate keys once it is made, so the module follows each value it reads token by token.)
 * The mapper's own settings are not changed. Writing uses the documented field names and leaves out absent values.
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
