package io.github.cchc.scoring.json;

import io.github.cchc.core.json.CchcCoreModule;
import io.github.cchc.core.json.internal.LibraryJson;

/** The set-up of cchc-scoring's own readers and writers, over the core and scoring modules. */
final class ScoringJson {

  static final LibraryJson LIBRARY = LibraryJson.of(new CchcCoreModule(), new CchcScoringModule());

  private ScoringJson() {}
}
