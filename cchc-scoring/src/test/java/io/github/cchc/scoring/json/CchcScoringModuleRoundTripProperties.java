package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.scoring.json.internal.ScoringMappings;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.testing.ScoringModelGens;
import io.github.cchc.scoring.scorecard.ScoreResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * For every type of cchc-scoring's Jackson 2 module: a user's own {@code new ObjectMapper().findAndRegisterModules()}
 * reads back what it wrote as an equal value, and what it writes (in the library's layout) is byte for byte what the
 * library's own writer gives. Scoring results and rankings are computed, not read: their documents are refused.
 */
class CchcScoringModuleRoundTripProperties {

  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  /** The types that are written only. */
  static final Set<Class<?>> WRITTEN_ONLY = Set.of(ScoreResult.class, Ranking.class);

  @Test
  void everyMappedTypeHasAGenerator() {
    Map<Class<?>, Gen<?>> gens = ScoringModelGens.all();
    List<String> missing = ScoringMappings.ALL.stream().map(JsonMapping::type).filter(t -> !gens.containsKey(t))
        .map(Class::getSimpleName).toList();
    assertTrue(missing.isEmpty(), "no generator for " + missing);
  }

  @TestFactory
  Stream<DynamicTest> aUsersMapperReadsBackWhatItWroteAndWritesTheLibrarysBytes() {
    Map<Class<?>, Gen<?>> gens = ScoringModelGens.all();
    return ScoringMappings.ALL.stream().filter(m -> gens.containsKey(m.type()))
        .map(m -> DynamicTest.dynamicTest(m.type().getSimpleName(), () -> roundTrips(m.type(), gens.get(m.type()))));
  }

  @SuppressWarnings("unchecked")
  private static <T> void roundTrips(Class<T> type, Gen<?> gen) {
    qt().withExamples(60).forAll((Gen<T>) gen).checkAssert(value -> {
      try {
        String compact = USER.writeValueAsString(value);
        String laidOut = USER.writer(LibraryJson.prettyPrinter()).writeValueAsString(value) + "\n";
        assertEquals(ScoringJson.LIBRARY.write(value), laidOut);
        if (WRITTEN_ONLY.contains(type)) {
          JsonMappingException e = assertThrows(JsonMappingException.class, () -> USER.readValue(compact, type));
          assertTrue(e.getMessage().endsWith("is computed from a scorecard and an assessment, not read"),
              e.getMessage());
          return;
        }
        assertEquals(value, USER.readValue(compact, type));
        assertEquals(value, ScoringJson.LIBRARY.read(compact, LibraryJson.STRING_SOURCE, type));
      } catch (JsonProcessingException e) {
        throw new AssertionError(type.getSimpleName() + ": " + e.getMessage(), e);
      }
    });
  }
}
