package io.github.cchc.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.json.PlanJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import io.github.cchc.core.testing.CoreModelGens;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The round trip of the Spring Boot application (cchc-spring-boot-tests) with Jackson 3, as Spring Boot 4 would run
 * it: a plan in, its findings out; an inspection plan with its directory in, the coverage verdict out.
 */
class ApplicationRoundTripTest {

  private static final ObjectMapper USER = JsonMapper.builder().findAndAddModules().build();

  /** The application's own request type, holding the library's. */
  record CoverageRequest(InspectionPlan plan, OrgDirectory directory) {}

  @Test
  void aPlanTravelsInAndItsFindingsTravelOut() throws IOException {
    String json = Files.readString(CoreModelGens.example("thai-binh-2024-plan.json"));
    Plan plan = USER.readValue(json, Plan.class);
    assertEquals(PlanJson.read(json), plan);
    String response = USER.writeValueAsString(PlanValidator.validate(plan));
    List<Finding> findings = USER.readValue(response, new TypeReference<List<Finding>>() {});
    assertEquals(PlanValidator.validate(PlanJson.read(json)), findings);
    assertEquals(3, findings.size());
  }

  @Test
  void anInspectionPlanWithItsDirectoryGetsItsCoverageVerdict() throws IOException {
    String plan = Files.readString(CoreModelGens.example("dong-thap-2024-inspection-plan.json"));
    String directory = Files.readString(CoreModelGens.example("org-dong-thap-2024.json"));
    CoverageRequest request = USER.readValue("{\"plan\": " + plan + ", \"directory\": " + directory + "}",
        CoverageRequest.class);
    assertEquals(InspectionPlanJson.read(plan), request.plan());
    CoverageVerdict verdict = CoverageCheck.check(request.directory(), request.plan(), LocalDate.of(2024, 4, 1));
    String response = USER.writeValueAsString(verdict);
    assertEquals(verdict, USER.readValue(response, CoverageVerdict.class));
    assertFalse(verdict.satisfied());
  }
}
