package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.core.calendar.LunarDate;
import io.github.cchc.core.calendar.NonWorkingDay;
import io.github.cchc.core.calendar.Notice;
import io.github.cchc.core.calendar.WorkingCalendar;
import io.github.cchc.core.calendar.YearSchedule;
import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.coverage.Pick;
import io.github.cchc.core.coverage.PlanningRequest;
import io.github.cchc.core.coverage.PlanningResult;
import io.github.cchc.core.coverage.TargetPlanner;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.schedule.ScheduleRequest;
import io.github.cchc.core.schedule.ScheduleResult;
import io.github.cchc.core.schedule.Visit;
import io.github.cchc.core.schedule.VisitScheduler;
import io.github.cchc.core.coverage.CoverageRule;
import io.github.cchc.core.coverage.ShareRule;
import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.core.timeframe.Timeframe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's own {@code ObjectMapper} reads and writes the core types in the documented forms, as strictly. */
class CchcCoreModuleTest {

  /** What a user writes: no configuration but the modules found on the class path. */
  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  /** A lenient mapper, as some applications have (Spring Boot's ignores unknown fields, renames fields). */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .findAndAddModules()
      .build();

  private static Path example(String name) {
    return Examples.docs().resolve("examples").resolve(name);
  }

  private static String pretty(ObjectMapper mapper, Object value) throws IOException {
    return mapper.writer(LibraryJson.prettyPrinter()).writeValueAsString(value) + "\n";
  }

  @Test
  void theModuleIsFoundByServiceLoader() {
    assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof CchcCoreModule));
    assertTrue(USER.getRegisteredModuleIds().contains("cchc-core"));
  }

  @Test
  void aUsersMapperReadsEveryExampleAndWritesTheLibrarysBytes() throws IOException {
    Plan plan = USER.readValue(Files.readString(example("thai-binh-2024-plan.json")), Plan.class);
    assertEquals(PlanJson.read(example("thai-binh-2024-plan.json")), plan);
    assertEquals(PlanJson.write(plan), pretty(USER, plan));
    assertEquals(PlanJson.write(plan), pretty(LENIENT, plan));
    for (String name : List.of("org-three-tier.json", "org-two-tier.json", "org-dong-thap-2024.json")) {
      OrgDirectory directory = USER.readValue(Files.readString(example(name)), OrgDirectory.class);
      assertEquals(OrgDirectoryJson.read(example(name)), directory, name);
      assertEquals(OrgDirectoryJson.write(directory), pretty(USER, directory), name);
    }
    InspectionPlan inspection = USER.readValue(Files.readString(example("dong-thap-2024-inspection-plan.json")),
        InspectionPlan.class);
    assertEquals(InspectionPlanJson.read(example("dong-thap-2024-inspection-plan.json")), inspection);
    assertEquals(InspectionPlanJson.write(inspection), pretty(USER, inspection));
    assertEquals(InspectionPlanJson.write(inspection), pretty(LENIENT, inspection));
  }

  /** Reads back what the user's mapper wrote, and checks the bytes are the library's. */
  private static <T> void roundTrip(T value, Class<T> type) throws IOException {
    String written = pretty(USER, value);
    assertEquals(CoreJson.LIBRARY.write(value), written, type.getSimpleName());
    assertEquals(value, USER.readValue(written, type), type.getSimpleName());
    assertEquals(value, CoreJson.LIBRARY.read(written, "<string>", type), type.getSimpleName());
  }

  @Test
  void theInspectionExampleRoundTripsThroughEveryResultType() throws IOException {
    OrgDirectory directory = OrgDirectoryJson.read(example("org-dong-thap-2024.json"));
    InspectionPlan draft = InspectionPlanJson.read(example("dong-thap-2024-inspection-plan.json"));
    CoverageVerdict verdict = CoverageCheck.check(directory, draft, DongThapExampleTest.AS_OF);
    roundTrip(verdict, CoverageVerdict.class);
    PlanningRequest request = DongThapExampleTest.request(draft, directory);
    roundTrip(request, PlanningRequest.class);
    PlanningResult proposal = TargetPlanner.propose(directory, request);
    roundTrip(proposal, PlanningResult.class);
    PlanningResult conflict = TargetPlanner.propose(directory, PlanningRequest.builder().from(request)
        .addMustInclude("DT-SNV").addMustExclude("DT-SNV").build());
    assertFalse(conflict.feasible());
    roundTrip(conflict, PlanningResult.class);
    InspectionPlan proposed = InspectionPlan.builder().from(draft).targets(proposal.targets()).build();
    ScheduleRequest schedule = DongThapExampleTest.schedule(proposed, directory);
    roundTrip(schedule, ScheduleRequest.class);
    roundTrip(ScheduleRequest.builder().from(schedule).calendar(WorkingCalendar.statutory()).build(),
        ScheduleRequest.class);
    ScheduleResult visits = VisitScheduler.schedule(schedule);
    roundTrip(visits, ScheduleResult.class);
    roundTrip(VisitScheduler.schedule(ScheduleRequest.builder().from(schedule).visitDays(40).build()),
        ScheduleResult.class);
    roundTrip(visits.visits().get(0), Visit.class);
    roundTrip(proposal.picks().get(0), Pick.class);
    roundTrip(verdict.findings().get(0), Finding.class);
  }

  @Test
  void calendarsRoundTripAsScheduleFiles() throws IOException {
    roundTrip(WorkingCalendar.standard(), WorkingCalendar.class);
    roundTrip(WorkingCalendar.statutory(), WorkingCalendar.class);
    for (int year : List.of(2020, 2024, 2025, 2026, 2027, 1900, 2100)) {
      YearSchedule schedule = WorkingCalendar.standard().schedule(year);
      roundTrip(schedule, YearSchedule.class);
      schedule.notices().forEach(n -> {
        try {
          roundTrip(n, Notice.class);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    WorkingCalendar file = WorkingCalendar.builder().withoutBundledSchedules()
        .withSchedules(example("lich-nghi-2026.json")).build();
    assertEquals(WorkingCalendar.standard().schedule(2026).daysOff(), file.schedule(2026).daysOff());
    assertEquals(file, USER.readValue(Files.readString(example("lich-nghi-2026.json")), WorkingCalendar.class));
    roundTrip(LunarDate.parse("2023-02L-11"), LunarDate.class);
    roundTrip(WorkingCalendar.standard().nonWorkingDays(2026).get(0), NonWorkingDay.class);
  }

  @Test
  void valueTypesAreTheirCanonicalStrings() throws IOException {
    Timeframe timeframe = Timeframe.parse("Quý I/2024");
    assertEquals("\"Quý I/2024\"", USER.writeValueAsString(timeframe));
    assertEquals(timeframe, USER.readValue("\"Quý I/2024\"", Timeframe.class));
    DocumentNumber number = DocumentNumber.parse("175/KH-UBND");
    assertEquals(number, USER.readValue(USER.writeValueAsString(number), DocumentNumber.class));
    ReportPeriod period = ReportPeriod.parse("2024Q1");
    assertEquals(period, USER.readValue(USER.writeValueAsString(period), ReportPeriod.class));
    Map<String, Timeframe> inMap = USER.readValue("{\"a\": \"Năm 2024\"}", new TypeReference<>() {});
    assertEquals(Timeframe.parse("Năm 2024"), inMap.get("a"));
  }

  @Test
  void coverageRulesAreChosenByTheirRuleName() throws IOException {
    CoverageRule rule = USER.readValue("{\"kinds\": [\"DEPARTMENT\"], \"rule\": \"share\", \"atLeastPercent\": 50}",
        CoverageRule.class);
    assertTrue(rule instanceof ShareRule, rule::toString);
    assertEquals("{\"rule\":\"share\",\"kinds\":[\"DEPARTMENT\"],\"atLeastPercent\":50}", USER.writeValueAsString(rule));
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> USER.readValue(
        "{\"rule\": \"include\", \"units\": [\"A\"], \"min\": 1}", CoverageRule.class));
    assertTrue(e.getMessage().contains("unknown field \"min\"; the known fields are units"), e.getMessage());
  }

  @Test
  void aLenientMapperIsAsStrictAsTheLibrary() {
    String plan = "{\"number\": \"1/KH-UBND\", \"issuer\": \"x\", \"place\": \"y\", \"year\": 2024, \"title\": \"t\"";
    Map<String, String> refused = Map.of(
        plan + ", \"budget\": 1}", "unknown field \"budget\"",
        plan.replace("2024", "\"2024\"") + "}", "expected an integer, found a string",
        plan + ", \"title\": \"u\"}", "the field \"title\" is given twice",
        plan + ", \"purposes\": [null]}", "null is not allowed here",
        plan + ", \"issueDate\": \"2024-02-30\"}", "30 February 2024 does not exist",
        // A parser that allows NaN gives a decimal number; the default one refuses the token.
        plan.replace("2024", "NaN") + "}", "NaN is not a number here|expected an integer, found a decimal number");
    refused.forEach((json, problem) -> {
      for (ObjectMapper mapper : List.of(USER, LENIENT)) {
        JacksonException e = assertThrows(JacksonException.class, () -> mapper.readValue(json, Plan.class), json);
        assertTrue(java.util.Arrays.stream(problem.split("\\|")).anyMatch(e.getMessage()::contains), e.getMessage());
        assertFalse(e.getMessage().contains("io.github") || e.getMessage().contains("java."), e.getMessage());
      }
    });
    // The mapper itself is not changed.
    assertFalse(LENIENT.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertTrue(LENIENT.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS));
    assertFalse(LENIENT.getFactory().isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
  }

  @Test
  void thePathOfAnErrorIncludesWhereTheUsersOwnTypesPutTheValue() {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> USER.readValue(
        "{\"plans\": [{\"year\": \"x\"}]}", new TypeReference<Map<String, List<Plan>>>() {}));
    assertTrue(e.getMessage().startsWith("$.plans[0].year"), e.getMessage());
  }
}
