package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of {@code docs/examples}: a user's own {@code new ObjectMapper().findAndRegisterModules()} reads it as
 * the library's reader does, and writes it back byte for byte as the library's writer does.
 */
class ExamplesThroughAUsersMapperTest {

  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  /** The model type of each example; a new example must be added here, or the test fails. */
  static final Map<String, Class<?>> TYPES = Map.of(
      "thai-binh-2024-plan.json", Plan.class,
      "org-three-tier.json", OrgDirectory.class,
      "org-two-tier.json", OrgDirectory.class,
      "org-dong-thap-2024.json", OrgDirectory.class,
      "dong-thap-2024-inspection-plan.json", InspectionPlan.class,
      "lich-nghi-2026.json", WorkingCalendar.class);

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Examples.docs().resolve("examples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleReadsAndWritesBackAsTheLibraryDoes() throws IOException {
    return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Class<?> type = TYPES.get(file.getFileName().toString());
      assertNotNull(type, "no model type listed for " + file.getFileName());
      String text = Files.readString(file);
      Object library = CoreJson.LIBRARY.read(text, file.toString(), type);
      Object user = USER.readValue(text, type);
      assertEquals(library, user);
      assertEquals(CoreJson.LIBRARY.write(library),
          USER.writer(LibraryJson.prettyPrinter()).writeValueAsString(user) + "\n");
      assertEquals(user, USER.readValue(USER.writeValueAsString(user), type));
    }));
  }

  @TestFactory
  Stream<DynamicTest> theFormatClassesReadTheExamplesAsTheGenericReaderDoes() {
    return Stream.of(
        DynamicTest.dynamicTest("PlanJson", () -> assertEquals(PlanJson.read(example("thai-binh-2024-plan.json")),
            CoreJson.LIBRARY.read(Files.readString(example("thai-binh-2024-plan.json")), "x", Plan.class))),
        DynamicTest.dynamicTest("OrgDirectoryJson", () -> assertEquals(
            OrgDirectoryJson.read(example("org-two-tier.json")),
            CoreJson.LIBRARY.read(Files.readString(example("org-two-tier.json")), "x", OrgDirectory.class))),
        DynamicTest.dynamicTest("InspectionPlanJson", () -> assertEquals(
            InspectionPlanJson.read(example("dong-thap-2024-inspection-plan.json")),
            CoreJson.LIBRARY.read(Files.readString(example("dong-thap-2024-inspection-plan.json")), "x",
                InspectionPlan.class))),
        DynamicTest.dynamicTest("WorkingCalendar", () -> assertEquals(
            WorkingCalendar.builder().withoutBundledSchedules().withSchedules(example("lich-nghi-2026.json")).build(),
            CoreJson.LIBRARY.read(Files.readString(example("lich-nghi-2026.json")), "x", WorkingCalendar.class))));
  }

  private static Path example(String name) {
    return Examples.example(name);
  }
}
