package io.github.cchc.scoring.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cchc.core.json.internal.Jackson2Mappings;
import io.github.cchc.scoring.json.internal.ScoringMappings;

/**
 * The Jackson 2 module of cchc-scoring: an {@code ObjectMapper} with it reads and writes scorecards, assessments,
 * rates, indicators, indicator values, observations, observation sets, dossier queries and dossier counts, and writes
 * scoring results and rankings, in exactly the forms of {@code docs/scorecards.md}, {@code docs/indicators.md} and
 * {@code docs/formats.md}.
 *
 * <p>It is found by {@link java.util.ServiceLoader} beside cchc-core's {@link io.github.cchc.core.json.CchcCoreModule},
 * so a mapper needs no configuration (Spring Boot registers it as a bean, as it does the core module):
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * Scorecard card = mapper.readValue(json, Scorecard.class);
 * List<Assessment> assessments = mapper.readValue(more, new TypeReference<List<Assessment>>() {});
 * }</pre>
 *
 * <p>Reading is as strict as {@link ScorecardJson} whatever the mapper's settings ({@code "maxPoints": "100"},
 * {@code "yes": "true"} and {@code "yes": 2} are refused), and the mapper's own settings are not changed.
 *
 * <p>This class is thread-safe once registered.
 */
public final class CchcScoringModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CchcScoringModule() {
    super("cchc-scoring");
    Jackson2Mappings.addTo(this, ScoringMappings.ALL);
  }
}
