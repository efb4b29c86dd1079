package io.github.cchc.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.CchcCoreModule;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.testing.CoreModelGens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every file of {@code docs/examples}: a user's own Jackson 3 {@code JsonMapper.builder().findAndAddModules()} reads
 * it as the library's reader does, and writes it back byte for byte as the library's writer does.
 */
class ExamplesThroughAUsersMapperTest {

  private static final ObjectMapper USER = JsonMapper.builder().findAndAddModules().build();

  private static final LibraryJson LIBRARY = LibraryJson.of(new CchcCoreModule());

  private static final ObjectWriter LAID_OUT = USER.writer().with(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** The model type of each example; a new example must be added here, or the test fails. */
  private static final Map<String, Class<?>> TYPES = Map.of(
      "thai-binh-2024-plan.json", Plan.class,
      "org-three-tier.json", OrgDirectory.class,
      "org-two-tier.json", OrgDirectory.class,
      "org-dong-thap-2024.json", OrgDirectory.class,
      "dong-thap-2024-inspection-plan.json", InspectionPlan.class,
      "lich-nghi-2026.json", WorkingCalendar.class);

  @TestFactory
  Stream<DynamicTest> everyExampleReadsAndWritesBackAsTheLibraryDoes() throws IOException {
    Path folder = CoreModelGens.example("").toAbsolutePath().normalize();
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Class<?> type = TYPES.get(file.getFileName().toString());
            assertNotNull(type, "no model type listed for " + file.getFileName());
            String text = Files.readString(file);
            Object library = LIBRARY.read(text, file.toString(), type);
            Object user = USER.readValue(text, type);
            assertEquals(library, user);
            assertEquals(LIBRARY.write(library), LAID_OUT.writeValueAsString(user) + "\n");
            assertEquals(user, USER.readValue(USER.writeValueAsString(user), type));
          }));
    }
  }
}
