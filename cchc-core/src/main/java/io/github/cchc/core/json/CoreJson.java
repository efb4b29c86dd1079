package io.github.cchc.core.json;

import io.github.cchc.core.json.internal.LibraryJson;

/** The set-up of cchc-core's own readers and writers. */
final class CoreJson {

  static final LibraryJson LIBRARY = LibraryJson.of(new CchcCoreModule());

  private CoreJson() {}
}
