package io.github.cchc.core.json;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the documentation folder of the project, whose examples the tests load. */
final class Examples {

  private Examples() {}

  /** The {@code docs} folder: tests run in the module folder, beside it. */
  static Path docs() {
    for (Path candidate : new Path[] {Path.of("..", "docs"), Path.of("docs")}) {
      if (Files.isDirectory(candidate.resolve("examples"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No docs/examples folder beside " + Path.of("").toAbsolutePath());
  }

  static Path example(String name) {
    return docs().resolve("examples").resolve(name);
  }
}
