package io.github.cchc.scoring.dossier;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A small province for the dossier tests: P ⊃ {S (a department), D (a district) ⊃ {X1, X2}}. */
final class Fixtures {
  private Fixtures() {}

  static OrgUnit unit(String id, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name("Đơn vị " + id).kind(kind);
    return parent == null ? b.build() : b.parent(parent).build();
  }

  static final OrgDirectory DIR = OrgDirectory.of(
      unit("P", OrgKind.PROVINCE, null),
      unit("S", OrgKind.DEPARTMENT, "P"),
      unit("D", OrgKind.DISTRICT, "P"),
      unit("X1", OrgKind.COMMUNE, "D"),
      unit("X2", OrgKind.COMMUNE, "D"));

  static DossierLoad load(String resource, boolean strict) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return DossierCsvReader.of(DIR).strict(strict).read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
