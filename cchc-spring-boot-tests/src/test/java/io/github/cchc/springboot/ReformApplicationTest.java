package io.github.cchc.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.core.coverage.CoverageCheck;
import io.github.cchc.core.coverage.CoverageVerdict;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.InspectionPlanJson;
import io.github.cchc.core.json.OrgDirectoryJson;
import io.github.cchc.core.json.PlanJson;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.PlanValidator;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** cchc's types through a Spring Boot 3.5 application that configures nothing for them, over MockMvc. */
@SpringBootTest
@AutoConfigureMockMvc
class ReformApplicationTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @Autowired
  private MockMvc mvc;

  /** Spring Boot's own mapper, as the application's controllers use it. */
  @Autowired
  private ObjectMapper mapper;

  private String send(String uri, String body, int expected) throws Exception {
    return mvc.perform(post(uri).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().is(expected))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theLibrarysModulesArePickedUpWithoutConfiguration() {
    assertTrue(mapper.getRegisteredModuleIds().contains("cchc-core"), mapper.getRegisteredModuleIds()::toString);
    List<Method> beans = new ArrayList<>();
    for (Class<?> type : List.of(ReformApplication.class, PlanController.class, CoverageController.class,
        ViolationHandler.class)) {
      Arrays.stream(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Bean.class)).forEach(beans::add);
    }
    assertEquals(List.of(), beans);
  }

  @Test
  void aPlanTravelsInAndItsFindingsTravelOut() throws Exception {
    String json = Files.readString(EXAMPLES.resolve("thai-binh-2024-plan.json"));
    Plan plan = PlanJson.read(json);
    assertEquals(plan, mapper.readValue(json, Plan.class));
    String response = send("/plans/findings", json, 200);
    List<Finding> findings = mapper.readValue(response, new TypeReference<List<Finding>>() {});
    assertEquals(PlanValidator.validate(plan), findings);
    assertEquals(3, findings.size(), findings::toString);
    assertEquals(mapper.writeValueAsString(findings), response);
    // The plan written by Boot's mapper is the library's plan, read back by the library.
    assertEquals(plan, PlanJson.read(mapper.writeValueAsString(plan)));
  }

  @Test
  void anInspectionPlanWithItsDirectoryGetsItsCoverageVerdict() throws Exception {
    String plan = Files.readString(EXAMPLES.resolve("dong-thap-2024-inspection-plan.json"));
    String directory = Files.readString(EXAMPLES.resolve("org-dong-thap-2024.json"));
    String response = send("/inspection-plans/coverage?asOf=2024-04-01",
        "{\"plan\": " + plan + ", \"directory\": " + directory + "}", 200);
    InspectionPlan read = InspectionPlanJson.read(plan);
    OrgDirectory units = OrgDirectoryJson.read(directory);
    CoverageVerdict expected = CoverageCheck.check(units, read, LocalDate.of(2024, 4, 1));
    assertEquals(expected, mapper.readValue(response, CoverageVerdict.class));
    assertFalse(expected.satisfied());
    JsonNode tree = mapper.readTree(response);
    assertEquals(expected.rules().size(), tree.get("rules").size());
  }

  @Test
  void anInvalidPlanIsAnsweredWith400ListingItsViolations() throws Exception {
    String json = "{\"number\": \"1/KH-UBND\", \"issuer\": \"Ủy ban nhân dân xã\", \"place\": \"Vũ Thư\", "
        + "\"year\": 1999, \"title\": \"   \", \"purposes\": [\"Mục đích\", \" \"], "
        + "\"tasks\": [{\"area\": \"DIRECTION\", \"title\": \"\\t\", \"outputs\": [\"Kế hoạch\"]}]}";
    JsonNode body = mapper.readTree(send("/plans/findings", json, 400));
    List<String> violations = new ArrayList<>();
    body.get("violations").forEach(v -> violations.add(v.get("path").asText() + " " + v.get("code").asText()));
    assertEquals(List.of("purposes[1] NotBlank", "tasks[0].title NotBlank", "title NotBlank", "year Min"),
        violations.stream().sorted().toList());
  }

  @Test
  void bootsLenientMapperReadsTheLibrarysTypesAsStrictlyAsTheLibrary() throws Exception {
    String json = "{\"number\": \"1/KH-UBND\", \"issuer\": \"x\", \"place\": \"y\", \"year\": 2024, \"title\": \"t\", "
        + "\"budget\": 1}";
    JsonNode body = mapper.readTree(send("/plans/findings", json, 400));
    assertEquals("$.budget (line 1, column 94): unknown field \"budget\"; the known fields are issueDate, issuer, "
        + "legalBases, number, place, purposes, requirements, tasks, title, year", body.get("problem").asText());
  }
}
