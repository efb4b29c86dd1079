package io.github.cchc.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cchc.core.json.internal.CoreMappings;
import io.github.cchc.core.json.internal.Jackson2Mappings;

/**
 * The Jackson 2 module of cchc-core: an {@code ObjectMapper} with it reads and writes every core type with a JSON
 * form (plans, tasks, agency references and completions; organisation directories and units; inspection plans and
 * their parts; coverage rules, chosen by their {@code rule} name; coverage verdicts and findings; the planner's and
 * the scheduler's requests and results; schedule files and their parts; timeframes, report periods, document numbers,
 * document references and lunar dates) in exactly the forms of {@code docs/formats.md}, {@code docs/inspection.md},
 * {@code docs/calendar.md} and the JSON Schemas.
 *
 * <p>It is found by {@link java.util.ServiceLoader}, so a mapper needs no configuration; Spring Boot, which does not
 * use the service loader, registers it as a bean through the jar's {@code
 * META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * Plan plan = mapper.readValue(json, Plan.class);
 * String back = mapper.writeValueAsString(plan);
 * }</pre>
 *
 * <p>Reading is as strict as the library's own readers whatever the mapper's settings: an unknown field, a value of
 * the wrong type, a {@code null} where a value is needed, NaN, a duplicate key, a date that does not exist or an
 * unparseable timeframe is refused, with a {@link com.fasterxml.jackson.databind.JsonMappingException} whose message
 * gives the JSON path and the problem in the user's terms. The mapper's own settings are not changed. Writing uses
 * the documented field names and leaves out absent values; the mapper's pretty printer, if any, applies.
 *
 * <p>This class is thread-safe once registered.
 */
public final class CchcCoreModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CchcCoreModule() {
    super("cchc-core");
    Jackson2Mappings.addTo(this, CoreMappings.ALL);
  }
}
