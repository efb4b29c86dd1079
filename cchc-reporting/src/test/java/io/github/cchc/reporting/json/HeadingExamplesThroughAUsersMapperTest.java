package io.github.cchc.reporting.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.reporting.NationalHeading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The heading examples of {@code docs/examples}: a user's own {@code new ObjectMapper().findAndRegisterModules()}
 * reads each as {@link HeadingJson} does and writes it back byte for byte as {@link HeadingJson#write} does.
 */
class HeadingExamplesThroughAUsersMapperTest {

  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  @TestFactory
  Stream<DynamicTest> everyHeadingExampleReadsAndWritesBackAsTheLibraryDoes() throws IOException {
    Path examples = HeadingJsonTest.docs().resolve("examples");
    List<Path> files;
    try (Stream<Path> all = Files.list(examples)) {
      files = all.filter(f -> f.getFileName().toString().startsWith("heading-")).sorted().toList();
    }
    assertEquals(2, files.size(), "heading examples in " + examples);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String text = Files.readString(file);
      NationalHeading library = HeadingJson.read(text, file.toString());
      NationalHeading user = USER.readValue(text, NationalHeading.class);
      assertEquals(library, user);
      assertEquals(HeadingJson.write(library),
          USER.writer(LibraryJson.prettyPrinter()).writeValueAsString(user) + "\n");
      assertEquals(user, USER.readValue(USER.writeValueAsString(user), NationalHeading.class));
    }));
  }
}
