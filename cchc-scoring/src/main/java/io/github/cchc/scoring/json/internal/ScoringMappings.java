package io.github.cchc.scoring.json.internal;

import io.github.cchc.core.json.internal.JsonMapping;
import java.util.List;

/**
 * Every mapping of cchc-scoring, from which the Jackson 2 module of the jar and the Jackson 3 module are built.
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class ScoringMappings {

  /** The mappings, one per model or value type. */
  public static final List<JsonMapping<?, ?>> ALL = List.of(
      ScorecardMapping.SCORECARD,
      ScorecardMapping.ASSESSMENT,
      ScorecardMapping.RATE,
      ScorecardMapping.RESULT,
      ScorecardMapping.RANKING,
      IndicatorMapping.INDICATOR,
      IndicatorMapping.VALUE,
      IndicatorMapping.OBSERVATION,
      IndicatorMapping.OBSERVATIONS,
      IndicatorMapping.QUERY,
      IndicatorMapping.COUNTS);

  private ScoringMappings() {}
}
