package io.github.cchc.cli;

import io.github.cchc.core.json.CchcCoreModule;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.LibraryJson;
import java.nio.file.Path;

/**
 * Reads the small JSON files that only the tool defines (such as an inspection history), with the library's one
 * strict set-up: unknown fields, missing values, wrong types and duplicate keys are errors that name the file, line,
 * column and JSON path, in the user's language.
 */
final class JsonInput {

  private static final LibraryJson LIBRARY = LibraryJson.of(new CchcCoreModule());

  private JsonInput() {}

  static <T> T read(Path file, Class<T> type) {
    return LIBRARY.read(LibraryJson.text(file), file.toString(), JsonMapping.of(type, type, value -> value,
        (document, trail) -> document));
  }
}
