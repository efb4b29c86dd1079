package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.core.json.internal.CoreMappings;
import io.github.cchc.core.testing.CoreModelGens;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.LibraryJson;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * For every type of cchc-core's Jackson 2 module: a user's own {@code new ObjectMapper().findAndRegisterModules()}
 * reads back what it wrote as an equal value, and what it writes (in the library's layout) is byte for byte what
 * the library's own writer gives.
 */
class CchcCoreModuleRoundTripProperties {

  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  @Test
  void everyMappedTypeHasAGenerator() {
    Map<Class<?>, Gen<?>> gens = CoreModelGens.all();
    List<String> missing = CoreMappings.ALL.stream().map(JsonMapping::type).filter(t -> !gens.containsKey(t))
        .map(Class::getSimpleName).toList();
    assertTrue(missing.isEmpty(), "no generator for " + missing);
  }

  @TestFactory
  Stream<DynamicTest> aUsersMapperReadsBackWhatItWroteAndWritesTheLibrarysBytes() {
    Map<Class<?>, Gen<?>> gens = CoreModelGens.all();
    return CoreMappings.ALL.stream().filter(m -> gens.containsKey(m.type()))
        .map(m -> DynamicTest.dynamicTest(m.type().getSimpleName(), () -> roundTrips(m.type(), gens.get(m.type()))));
  }

  @SuppressWarnings("unchecked")
  private static <T> void roundTrips(Class<T> type, Gen<?> gen) {
    qt().withExamples(60).forAll((Gen<T>) gen).checkAssert(value -> {
      try {
        String compact = USER.writeValueAsString(value);
        assertEquals(value, USER.readValue(compact, type));
        String laidOut = USER.writer(LibraryJson.prettyPrinter()).writeValueAsString(value) + "\n";
        assertEquals(CoreJson.LIBRARY.write(value), laidOut);
        assertEquals(value, CoreJson.LIBRARY.read(compact, LibraryJson.STRING_SOURCE, type));
      } catch (JsonProcessingException e) {
        throw new AssertionError(type.getSimpleName() + ": " + e.getMessage(), e);
      }
    });
  }
}
