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
      PlanMapping.COMPLETION,
      OrgDirectoryMapping.DIRECTORY,
      OrgDirectoryMapping.UNIT,
      InspectionPlanMapping.PLAN,
      InspectionPlanMapping.RULE,
      InspectionPlanMapping.TARGET,
      InspectionPlanMapping.WINDOW,
      InspectionPlanMapping.DAYS,
      InspectionPlanMapping.VISIT_LENGTH,
      InspectionPlanMapping.TEAM,
      InspectionPlanMapping.TEAM_MEMBER,
      InspectionPlanMapping.SUB_TEAM,
      InspectionPlanMapping.TIMING,
      InspectionPlanMapping.VISIT_FINDING,
      CoverageMapping.FINDING,
      CoverageMapping.VERDICT,
      CoverageMapping.RULE_RESULT,
      CoverageMapping.PAST_INSPECTION,
      CoverageMapping.PLANNING_REQUEST,
      CoverageMapping.PLANNING_RESULT,
      CoverageMapping.PICK,
      CoverageMapping.CONFLICT,
      ScheduleMapping.REQUEST,
      ScheduleMapping.RESULT,
      ScheduleMapping.VISIT,
      ScheduleMapping.PROBLEM,
      CalendarMapping.CALENDAR,
      CalendarMapping.YEAR,
      CalendarMapping.NOTICE,
      CalendarMapping.NON_WORKING_DAY,
      CalendarMapping.LUNAR_DATE,
      CalendarMapping.REPORT_DUE,
      ValueMappings.TIMEFRAME,
      ValueMappings.REPORT_PERIOD,
      ValueMappings.DOCUMENT_NUMBER,
      ValueMappings.DOCUMENT_REFERENCE);

  private CoreMappings() {}
}
