package io.github.cchc.core.json.internal;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping of organisation directories to their documents ({@code docs/formats.md}).
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class OrgDirectoryMapping {

  /** The mapping of a directory. */
  public static final JsonMapping<OrgDirectory, OrgDirectoryDocument> DIRECTORY = JsonMapping.of(OrgDirectory.class,
      OrgDirectoryDocument.class, OrgDirectoryMapping::toDocument, OrgDirectoryMapping::toDirectory);

  /** The mapping of one unit on its own. */
  public static final JsonMapping<OrgUnit, OrgUnitDocument> UNIT = JsonMapping.of(OrgUnit.class,
      OrgUnitDocument.class, OrgDirectoryMapping::toDocument, OrgDirectoryMapping::toUnit);

  private OrgDirectoryMapping() {}

  public static OrgDirectory toDirectory(OrgDirectoryDocument document, Trail root) {
    Trail unitsTrail = root.field("units");
    List<OrgUnitDocument> given = Convert.required(document.units(), unitsTrail);
    List<OrgUnit> units = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      units.add(toUnit(given.get(i), unitsTrail.index(i)));
    }
    checkLinks(units, unitsTrail);
    try {
      return OrgDirectory.of(units);
    } catch (ModelRuleException e) {
      // What is left are cycles; the error names a unit on the cycle.
      throw new MappingProblem(unitOf(e, units, unitsTrail), Problems.refused(e), e);
    }
  }

  /** Finds duplicate ids and links to units that are not in the document, at the exact field. */
  private static void checkLinks(List<OrgUnit> units, Trail unitsTrail) {
    Map<String, Integer> indexById = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Integer first = indexById.putIfAbsent(units.get(i).id(), i);
      if (first != null) {
        String id = Problems.quote(units.get(i).id());
        throw new MappingProblem(unitsTrail.index(i).field("id"), new Message(
            "mã đơn vị " + id + " bị trùng, đã dùng ở " + unitsTrail.index(first),
            "duplicate unit id " + id + ", already used by " + unitsTrail.index(first)));
      }
    }
    for (int i = 0; i < units.size(); i++) {
      OrgUnit unit = units.get(i);
      Trail trail = unitsTrail.index(i);
      if (unit.parent().isPresent() && !indexById.containsKey(unit.parent().get())) {
        String id = Problems.quote(unit.id());
        String parent = Problems.quote(unit.parent().get());
        throw new MappingProblem(trail.field("parent"), new Message(
            "đơn vị " + id + " có đơn vị cấp trên " + parent + ", không có trong danh mục",
            "unit " + id + " names parent " + parent + ", which is not in the directory"));
      }
      checkExist(unit, "predecessors", unit.predecessors(), indexById, trail);
      checkExist(unit, "successors", unit.successors(), indexById, trail);
    }
  }

  private static void checkExist(
      OrgUnit unit, String field, Iterable<String> ids, Map<String, Integer> indexById, Trail trail) {
    int j = 0;
    for (String id : ids) {
      if (!indexById.containsKey(id)) {
        String quoted = Problems.quote(id);
        String unitId = Problems.quote(unit.id());
        throw new MappingProblem(trail.field(field).index(j), new Message(
            "đơn vị " + unitId + " ghi " + quoted + " trong " + field + ", không có trong danh mục",
            "unit " + unitId + " names " + quoted + " among its " + field + ", which is not in the directory"));
      }
      j++;
    }
  }

  private static Trail unitOf(ModelRuleException e, List<OrgUnit> units, Trail unitsTrail) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).id().equals(e.subject())) {
        return unitsTrail.index(i);
      }
    }
    return unitsTrail;
  }

  public static OrgUnit toUnit(OrgUnitDocument document, Trail trail) {
    OrgUnit.Builder builder = OrgUnit.builder()
        .id(Convert.required(document.id(), trail.field("id")))
        .name(Convert.required(document.name(), trail.field("name")))
        .kind(Convert.required(document.kind(), trail.field("kind")));
    if (document.parent() != null) {
      builder.parent(document.parent());
    }
    if (document.validFrom() != null) {
      builder.validFrom(Convert.date(document.validFrom(), trail.field("validFrom")));
    }
    if (document.validTo() != null) {
      builder.validTo(Convert.date(document.validTo(), trail.field("validTo")));
    }
    builder.addAllPredecessors(Convert.orEmpty(document.predecessors()));
    builder.addAllSuccessors(Convert.orEmpty(document.successors()));
    try {
      return builder.build();
    } catch (ModelRuleException e) {
      throw new MappingProblem(trail, Problems.refused(e), e);
    }
  }

  public static OrgDirectoryDocument toDocument(OrgDirectory directory) {
    return new OrgDirectoryDocument(directory.units().stream().map(OrgDirectoryMapping::toDocument).toList());
  }

  /**
   * Returns the document of a unit.
   *
   * @param unit the unit
   * @return the document
   */
  public static OrgUnitDocument toDocument(OrgUnit unit) {
    return new OrgUnitDocument(
            unit.id(),
            unit.name(),
            unit.kind(),
            unit.parent().orElse(null),
            unit.validFrom().map(Object::toString).orElse(null),
            unit.validTo().map(Object::toString).orElse(null),
            Convert.nullIfEmpty(List.copyOf(unit.predecessors())),
            Convert.nullIfEmpty(List.copyOf(unit.successors())));
  }
}
