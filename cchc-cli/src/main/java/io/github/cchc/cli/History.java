package io.github.cchc.cli;

import io.github.cchc.core.coverage.PastInspection;
import io.github.cchc.core.inspection.InspectionForm;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inspection history file of {@code propose --history}: {@code {"inspections": [{"unit": "DT-STC", "year": 2023,
 * "form": "DIRECT_ANNOUNCED"}]}}, the form being optional.
 */
record History(List<Entry> inspections) {

  History {
    Objects.requireNonNull(inspections, "inspections");
  }

  /** One past inspection. */
  record Entry(String unit, int year, InspectionForm form) {
    Entry {
      Objects.requireNonNull(unit, "missing \"unit\"");
    }

    PastInspection toPastInspection() {
      // The form is optional in the file: an absent one is a direct, announced inspection.
      return new PastInspection(unit, year, Optional.ofNullable(form).orElse(InspectionForm.DIRECT_ANNOUNCED));
    }
  }

  List<PastInspection> toPastInspections() {
    return inspections.stream().map(Entry::toPastInspection).toList();
  }
}
