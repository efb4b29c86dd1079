package io.github.cchc.core.json.internal;

import java.util.List;

/**
 * Every mapping of cchc-core, from which the Jackson 2 module of the jar and the Jackson 3 module are built.
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class CoreMappings {

  /** The mappings, one per model or value type. */
  public static final List<JsonMapping<?, ?>> ALL = List.of(
      PlanMapping.PLAN,
      PlanMapping.TASK,
      PlanMapping.AGENCY,
      OrgDirectoryMapping.DIRECTORY,
      OrgDirectoryMapping.UNIT,
      InspectionPlanMapping.PLAN,
      InspectionPlanMapping.RULE,
      InspectionPlanMapping.VERDICT,
      ValueMappings.TIMEFRAME,
      ValueMappings.REPORT_PERIOD,
      ValueMappings.DOCUMENT_NUMBER,
      ValueMappings.DOCUMENT_REFERENCE);

  private CoreMappings() {}
}
