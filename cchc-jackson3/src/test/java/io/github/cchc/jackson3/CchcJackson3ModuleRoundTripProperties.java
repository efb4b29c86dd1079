package io.github.cchc.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.json.CchcCoreModule;
import io.github.cchc.core.json.internal.CoreMappings;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.testing.CoreModelGens;
import io.github.cchc.scoring.json.CchcScoringModule;
import io.github.cchc.scoring.json.internal.ScoringMappings;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.testing.ScoringModelGens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * For every type of cchc-core and cchc-scoring, with Jackson 3: a user's own {@code
 * JsonMapper.builder().findAndAddModules().build()} reads back what it wrote as an equal value, and what it writes
 * (in the library's layout) is byte for byte what the library's own writer gives.
 */
class CchcJackson3ModuleRoundTripProperties {

  private static final ObjectMapper USER = JsonMapper.builder().findAndAddModules().build();

  /** The library's own writer, over its Jackson 2 modules. */
  private static final LibraryJson LIBRARY = LibraryJson.of(new CchcCoreModule(), new CchcScoringModule());

  /** The library's layout, in Jackson 3's terms: two spaces, one element a line, {@code "field": value}. */
  private static final ObjectWriter LAID_OUT = USER.writer().with(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final Set<Class<?>> WRITTEN_ONLY = Set.of(ScoreResult.class, Ranking.class);

  private static List<JsonMapping<?, ?>> mappings() {
    List<JsonMapping<?, ?>> all = new ArrayList<>(CoreMappings.ALL);
    all.addAll(ScoringMappings.ALL);
    return all;
  }

  private static Map<Class<?>, Gen<?>> gens() {
    Map<Class<?>, Gen<?>> gens = new LinkedHashMap<>(CoreModelGens.all());
    gens.putAll(ScoringModelGens.all());
    return gens;
  }

  @Test
  void everyMappedTypeHasAGenerator() {
    Map<Class<?>, Gen<?>> gens = gens();
    List<String> missing = mappings().stream().map(JsonMapping::type).filter(t -> !gens.containsKey(t))
        .map(Class::getSimpleName).toList();
    assertTrue(missing.isEmpty(), "no generator for " + missing);
  }

  @TestFactory
  Stream<DynamicTest> aUsersMapperReadsBackWhatItWroteAndWritesTheLibrarysBytes() {
    Map<Class<?>, Gen<?>> gens = gens();
    return mappings().stream().filter(m -> gens.containsKey(m.type()))
        .map(m -> DynamicTest.dynamicTest(m.type().getSimpleName(), () -> roundTrips(m.type(), gens.get(m.type()))));
  }

  @SuppressWarnings("unchecked")
  private static <T> void roundTrips(Class<T> type, Gen<?> gen) {
    qt().withExamples(40).forAll((Gen<T>) gen).checkAssert(value -> {
      String compact = USER.writeValueAsString(value);
      assertEquals(LIBRARY.write(value), LAID_OUT.writeValueAsString(value) + "\n");
      if (WRITTEN_ONLY.contains(type)) {
        DatabindException e = assertThrows(DatabindException.class, () -> USER.readValue(compact, type));
        assertTrue(e.getMessage().endsWith("is computed from a scorecard and an assessment, not read"),
            e.getMessage());
        return;
      }
      assertEquals(value, USER.readValue(compact, type));
    });
  }
}
