package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.core.plan.ReformArea;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.indicator.Indicator;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorUnit;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.scoring.indicator.Observation;
import io.github.cchc.scoring.indicator.ObservationSet;
import io.github.cchc.scoring.indicator.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON forms of observations and their sets, and what they refuse. */
class IndicatorJsonFormsTest {

  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  private static final Indicator ON_TIME = IndicatorCatalog.builtIn().indicators().stream()
      .filter(i -> i.valueType() == ValueType.COUNT_WITH_SHARE).findFirst().orElseThrow();

  @Test
  void aSetNamesEachIndicatorOnceAndItsObservationsByCode() throws Exception {
    ObservationSet set = ObservationSet.of(List.of(
        new Observation(ON_TIME, "DT-STC", ReportPeriod.parse("2024Q1"), IndicatorValue.ratio(95, 120)),
        new Observation(ON_TIME, "DT-SNV", ReportPeriod.parse("2024Q1"), IndicatorValue.ratio(3, 4))));
    String json = USER.writeValueAsString(set);
    assertEquals(1, USER.readTree(json).get("indicators").size());
    assertEquals("{\"indicator\":\"" + ON_TIME.code() + "\",\"unit\":\"DT-SNV\",\"period\":\"2024Q1\","
        + "\"value\":\"3/4\"}", USER.readTree(json).get("observations").get(0).toString());
    assertEquals(set, USER.readValue(json, ObservationSet.class));
  }

  @Test
  void aFigureGivenTwiceOrAnUndeclaredIndicatorIsRefusedAtItsPath() {
    String indicator = "{\"code\": \"x.1\", \"name\": \"Chỉ số\", \"area\": \"PROCEDURES\", \"unit\": \"DOSSIER\", "
        + "\"valueType\": \"COUNT\", \"timeAggregation\": \"SUM\"}";
    String twice = "{\"indicators\": [" + indicator + "], \"observations\": ["
        + "{\"indicator\": \"x.1\", \"unit\": \"A\", \"period\": \"2024\", \"value\": \"1\"}, "
        + "{\"indicator\": \"x.1\", \"unit\": \"A\", \"period\": \"2024\", \"value\": \"2\"}]}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> USER.readValue(twice,
        ObservationSet.class));
    assertTrue(e.getMessage().startsWith("$.observations[1]"), e.getMessage());
    assertTrue(e.getMessage().endsWith("is already given above"), e.getMessage());
    String undeclared = "{\"indicators\": [" + indicator + "], \"observations\": ["
        + "{\"indicator\": \"x.2\", \"unit\": \"A\", \"period\": \"2024\", \"value\": \"1\"}]}";
    e = assertThrows(JsonMappingException.class, () -> USER.readValue(undeclared, ObservationSet.class));
    assertTrue(e.getMessage().startsWith("$.observations[0].indicator"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown value \"x.2\"; expected one of x.1"), e.getMessage());
  }

  @Test
  void aSetWhoseDifferentIndicatorsShareACodeIsNotWrittenRatherThanLosingOne() {
    Indicator a = Indicator.of("x.1", "Một", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT);
    Indicator b = Indicator.of("x.1", "Hai", ReformArea.PROCEDURES, IndicatorUnit.DOSSIER, ValueType.COUNT);
    ObservationSet set = ObservationSet.of(List.of(
        new Observation(a, "A", ReportPeriod.parse("2024"), IndicatorValue.count(1)),
        new Observation(b, "B", ReportPeriod.parse("2024"), IndicatorValue.count(2))));
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> USER.writeValueAsString(set));
    assertTrue(e.getMessage().contains("Two different indicators share the code x.1"), e.getMessage());
    IllegalArgumentException library = assertThrows(IllegalArgumentException.class,
        () -> ScoringJson.LIBRARY.write(set));
    assertTrue(library.getMessage().startsWith("Two different indicators share the code x.1"), library.getMessage());
  }
}
