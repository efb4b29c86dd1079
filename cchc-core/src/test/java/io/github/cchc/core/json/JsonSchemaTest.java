package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.cchc.core.coverage.ParentSelection;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.inspection.DayType;
import io.github.cchc.core.inspection.FindingStatus;
import io.github.cchc.core.inspection.InspectionForm;
import io.github.cchc.core.inspection.InspectionPlan;
import io.github.cchc.core.json.internal.AgencyDocument;
import io.github.cchc.core.json.internal.CoverageRuleDocument;
import io.github.cchc.core.json.internal.InspectionPlanDocument;
import io.github.cchc.core.json.internal.InspectionWindowDocument;
import io.github.cchc.core.json.internal.IsoDate;
import io.github.cchc.core.json.internal.OrgDirectoryDocument;
import io.github.cchc.core.json.internal.PlanDocument;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.plan.Plan;
import io.github.cchc.core.plan.ReformArea;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generates the JSON Schemas of the three formats from their JSON model and checks that the committed files under
 * {@code docs/schema} are up to date; run with {@code -Dcchc.schema.write=true} to rewrite them. Then validates every
 * example file and every JSON block of {@code docs/formats.md} against them.
 */
class JsonSchemaTest {

  static final String WRITE_PROPERTY = "cchc.schema.write";
  static final ObjectMapper MAPPER = new ObjectMapper();

  static String generate(Class<?> documentType, String id, String title) {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
            SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
    // "OrgUnitDocument" is the Java record; the schema speaks of an "OrgUnit".
    config.forTypesInGeneral().withDefinitionNamingStrategy(new DefaultSchemaDefinitionNamingStrategy() {
      @Override
      public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
        return super.getDefinitionNameForKey(key, context).replaceFirst("Document$", "");
      }
    });
    config.forFields().withStringFormatResolver(
        field -> field.getAnnotationConsideringFieldAndGetter(IsoDate.class) != null ? "date" : null);
    config.forFields().withNumberInclusiveMinimumResolver(field -> isPlanYear(field.getDeclaringType().getErasedType(),
        field.getName()) ? BigDecimal.valueOf(Plan.MIN_YEAR) : null);
    config.forFields().withNumberInclusiveMaximumResolver(field -> isPlanYear(field.getDeclaringType().getErasedType(),
        field.getName()) ? BigDecimal.valueOf(Plan.MAX_YEAR) : null);
    config.forFields().withNumberInclusiveMinimumResolver(field -> isInspectionYear(
        field.getDeclaringType().getErasedType(), field.getName()) ? BigDecimal.valueOf(InspectionPlan.MIN_YEAR) : null);
    config.forFields().withNumberInclusiveMaximumResolver(field -> isInspectionYear(
        field.getDeclaringType().getErasedType(), field.getName()) ? BigDecimal.valueOf(InspectionPlan.MAX_YEAR) : null);
    // The inspection documents keep enum values as strings (so that an unknown one is reported with its path); the
    // schema still lists the values allowed, on the string itself or on each item of a list of them.
    config.forFields().withEnumResolver(field -> field.isContainerType() && !field.isFakeContainerItemScope() ? null
        : ENUMS.get(field.getDeclaringType().getErasedType().getSimpleName() + "." + field.getName()));
    config.forFields().withStringPatternResolver(field -> field.isContainerType() && !field.isFakeContainerItemScope()
        ? null : PATTERNS.get(field.getDeclaringType().getErasedType().getSimpleName() + "." + field.getName()));
    config.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
      if (scope.getType().getErasedType() == AgencyDocument.class) {
        // Exactly one of the two fields: a unit id or a named group.
        var oneOf = node.putArray("oneOf");
        oneOf.addObject().putArray("required").add("unit");
        oneOf.addObject().putArray("required").add("group");
      }
      if (scope.getType().getErasedType() == InspectionWindowDocument.class) {
        // Quarters, or a first and a last day.
        var oneOf = node.putArray("oneOf");
        ObjectNode quarters = oneOf.addObject();
        quarters.putArray("required").add("quarters");
        var notDays = quarters.putObject("not").putArray("anyOf");
        notDays.addObject().putArray("required").add("from");
        notDays.addObject().putArray("required").add("to");
        ObjectNode days = oneOf.addObject();
        days.putArray("required").add("from").add("to");
        days.putObject("not").putArray("required").add("quarters");
      }
      Class<?> type = scope.getType().getErasedType();
      if (CoverageRuleDocument.class.isAssignableFrom(type) && type != CoverageRuleDocument.class) {
        // Jackson's type handling reads the rule's name from "rule": it comes first and is required.
        String name = Arrays.stream(CoverageRuleDocument.class.getAnnotation(JsonSubTypes.class).value())
            .filter(t -> t.value() == type).findFirst().orElseThrow().name();
        ObjectNode properties = MAPPER.createObjectNode();
        properties.putObject("rule").put("const", name);
        if (node.get("properties") instanceof ObjectNode given) {
          properties.setAll(given);
        }
        node.set("properties", properties);
        ArrayNode required = MAPPER.createArrayNode().add("rule");
        if (node.get("required") instanceof ArrayNode given) {
          required.addAll(given);
        }
        node.set("required", required);
      }
      if (scope.getType().getErasedType() == CoverageRuleDocument.Share.class) {
        // A share rule takes one of its two bounds.
        var oneOf = node.putArray("oneOf");
        ObjectNode atLeast = oneOf.addObject();
        atLeast.putArray("required").add("atLeastPercent");
        atLeast.putObject("not").putArray("required").add("moreThanPercent");
        ObjectNode moreThan = oneOf.addObject();
        moreThan.putArray("required").add("moreThanPercent");
        moreThan.putObject("not").putArray("required").add("atLeastPercent");
      }
    });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(documentType);
    ObjectNode ordered = MAPPER.createObjectNode();
    ordered.set("$schema", schema.get("$schema"));
    ordered.put("$id", id);
    ordered.put("title", title);
    schema.properties().forEach(e -> {
      if (!e.getKey().equals("$schema")) {
        ordered.set(e.getKey(), e.getValue());
      }
    });
    return ordered.toPrettyString().replace("\r\n", "\n") + "\n";
  }

  /** The values of the string fields that stand for enum constants, by record and field. */
  static final Map<String, List<String>> ENUMS = Map.ofEntries(
      Map.entry("InspectionPlanDocument.forms", names(InspectionForm.class)),
      Map.entry("InspectionPlanDocument.contentAreas", names(ReformArea.class)),
      Map.entry("Share.kinds", names(OrgKind.class)),
      Map.entry("Count.kinds", names(OrgKind.class)),
      Map.entry("PerParent.kinds", names(OrgKind.class)),
      Map.entry("PerParent.parentKinds", names(OrgKind.class)),
      Map.entry("PerParent.parents", names(ParentSelection.class)),
      Map.entry("Subordinates.kinds", names(OrgKind.class)),
      Map.entry("SelfInspection.kinds", names(OrgKind.class)),
      Map.entry("InspectionTargetDocument.form", names(InspectionForm.class)),
      Map.entry("InspectionDaysDocument.type", names(DayType.class)),
      Map.entry("InspectionVisitLengthDocument.type", names(DayType.class)),
      Map.entry("InspectionFindingDocument.status", names(FindingStatus.class)));

  static final Map<String, String> PATTERNS = Map.of("InspectionWindowDocument.quarters", "^[0-9]{4}Q[1-4]$");

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  private static boolean isInspectionYear(Class<?> declaringType, String name) {
    return declaringType == InspectionPlanDocument.class && name.equals("year");
  }

  private static boolean isPlanYear(Class<?> declaringType, String name) {
    return declaringType == PlanDocument.class && name.equals("year");
  }

  static String planSchema() {
    return generate(PlanDocument.class, "https://github.com/cchc/cchc/docs/schema/plan.schema.json",
        "CCHC plan");
  }

  static String orgSchema() {
    return generate(OrgDirectoryDocument.class,
        "https://github.com/cchc/cchc/docs/schema/org-directory.schema.json", "CCHC organisation directory");
  }

  static String inspectionPlanSchema() {
    return generate(InspectionPlanDocument.class,
        "https://github.com/cchc/cchc/docs/schema/inspection-plan.schema.json", "CCHC inspection plan");
  }

  static Path schemaFile(String name) {
    return Examples.docs().resolve("schema").resolve(name);
  }

  @TestFactory
  Stream<DynamicTest> theCommittedSchemasAreGeneratedFromTheModel() {
    return Stream.of(
            new String[] {"plan.schema.json", planSchema()},
            new String[] {"org-directory.schema.json", orgSchema()},
            new String[] {"inspection-plan.schema.json", inspectionPlanSchema()})
        .map(pair -> DynamicTest.dynamicTest(pair[0], () -> {
          Path file = schemaFile(pair[0]);
          if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pair[1], StandardCharsets.UTF_8);
          }
          assertTrue(Files.exists(file), file + " is missing: run the tests with -D" + WRITE_PROPERTY + "=true");
          assertEquals(pair[1], Files.readString(file, StandardCharsets.UTF_8),
              file + " is out of date: run the tests with -D" + WRITE_PROPERTY + "=true and commit the result");
        }));
  }

  /** The schema as the model generates it, so that the checks below do not depend on the committed file. */
  static JsonSchema schema(String name) throws IOException {
    String text = switch (name) {
      case "plan.schema.json" -> planSchema();
      case "inspection-plan.schema.json" -> inspectionPlanSchema();
      default -> orgSchema();
    };
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(text));
  }

  @Test
  void theExampleFilesMatchTheirSchema() throws IOException {
    JsonSchema plan = schema("plan.schema.json");
    JsonSchema org = schema("org-directory.schema.json");
    assertValid(plan, Examples.example("thai-binh-2024-plan.json"));
    assertValid(org, Examples.example("org-three-tier.json"));
    assertValid(org, Examples.example("org-two-tier.json"));
    assertValid(org, Examples.example("org-dong-thap-2024.json"));
    assertValid(schema("inspection-plan.schema.json"), Examples.example("dong-thap-2024-inspection-plan.json"));
  }

  @Test
  void theIssuesInspectionPlanExampleMatchesItsSchema() throws IOException {
    JsonSchema inspection = schema("inspection-plan.schema.json");
    assertEquals(Set.of(), inspection.validate(MAPPER.readTree(InspectionPlanJsonTest.ISSUE_EXAMPLE)));
  }

  /** What the inspection-plan reader refuses, the schema refuses too. */
  @TestFactory
  Stream<DynamicTest> theInspectionPlanSchemaRejectsWhatTheReaderRejects() throws IOException {
    JsonSchema inspection = schema("inspection-plan.schema.json");
    String targets = "\"targets\": [{\"unit\": \"A\"}]";
    return Stream.of(
            "{\"coverage\": [], " + targets + "}",
            "{\"year\": 2024, " + targets + "}",
            "{\"year\": 2024, \"coverage\": []}",
            "{\"year\": 1800, \"coverage\": [], " + targets + "}",
            "{\"year\": 2024, \"coverage\": [], " + targets + ", \"extra\": 1}",
            "{\"year\": 2024, \"forms\": [\"VISIT\"], \"coverage\": [], " + targets + "}",
            "{\"year\": 2024, \"coverage\": [{\"rule\": \"quota\", \"atLeast\": 1}], " + targets + "}",
            "{\"year\": 2024, \"coverage\": [{\"rule\": \"share\", \"kinds\": [\"COUNTY\"], "
                + "\"atLeastPercent\": 50}], " + targets + "}",
            "{\"year\": 2024, \"coverage\": [{\"rule\": \"share\", \"kinds\": [\"DISTRICT\"]}], "
                + targets + "}",
            "{\"year\": 2024, \"coverage\": [{\"rule\": \"share\", \"kinds\": [\"DISTRICT\"], "
                + "\"atLeastPercent\": 50, \"moreThanPercent\": 30}], " + targets + "}",
            "{\"year\": 2024, \"coverage\": [{\"rule\": \"include\", \"units\": [\"A\"], \"min\": 1}], "
                + targets + "}",
            "{\"year\": 2024, \"coverage\": [{\"rule\": \"perParent\", \"kinds\": [\"COMMUNE\"], "
                + "\"parentKinds\": [\"DISTRICT\"], \"min\": 1}], " + targets + "}",
            "{\"year\": 2024, \"window\": {\"quarters\": [\"2024Q5\"]}, \"coverage\": [], " + targets + "}",
            "{\"year\": 2024, \"window\": {\"from\": \"2024-04-01\"}, \"coverage\": [], " + targets + "}",
            "{\"year\": 2024, \"window\": {\"quarters\": [\"2024Q2\"], \"from\": \"2024-04-01\"}, "
                + "\"coverage\": [], " + targets + "}",
            "{\"year\": 2024, \"coverage\": [], \"targets\": [{\"unit\": \"A\", \"form\": \"VISIT\"}]}")
        .map(json -> DynamicTest.dynamicTest(json, () -> {
          assertFalse(inspection.validate(MAPPER.readTree(json)).isEmpty(), "the schema accepts " + json);
          assertThrows(InputFormatException.class, () -> InspectionPlanJson.read(json), "the reader accepts " + json);
        }));
  }

  private static void assertValid(JsonSchema schema, Path file) throws IOException {
    Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(file.toFile()));
    assertEquals(Set.of(), errors, file.toString());
  }

  @Test
  void theSchemasRejectWhatTheReaderRejects() throws IOException {
    JsonSchema org = schema("org-directory.schema.json");
    assertFalse(org.validate(MAPPER.readTree("{\"units\": [{\"id\": \"A\", \"name\": \"x\", \"kind\": \"COUNTY\"}]}"))
        .isEmpty());
    assertFalse(org.validate(MAPPER.readTree("{\"units\": [{\"id\": \"A\", \"name\": \"x\"}]}")).isEmpty());
    assertFalse(org.validate(MAPPER.readTree("{\"units\": [], \"extra\": 1}")).isEmpty());
    assertTrue(org.validate(MAPPER.readTree(OrgDirectoryJsonTest.MINIMAL)).isEmpty());

    JsonSchema plan = schema("plan.schema.json");
    String good = PlanJsonTest.TEMPLATE.replace("TASK", PlanJsonTest.GOOD_TASK);
    assertTrue(plan.validate(MAPPER.readTree(good)).isEmpty());
    assertFalse(plan.validate(MAPPER.readTree(good.replace("2024,", "1999,"))).isEmpty());
    assertFalse(plan.validate(MAPPER.readTree(good.replace("{\"unit\": \"TB-KX-VQ\"}",
        "{\"unit\": \"TB-KX-VQ\", \"group\": \"UBND xã\"}"))).isEmpty());
  }

  /** The inspection plans shown in docs/inspection.md (its JSON blocks with coverage and targets) match the schema. */
  @TestFactory
  Stream<DynamicTest> theInspectionPlansOfTheInspectionPageAreValid() throws IOException {
    String page = Files.readString(Examples.docs().resolve("inspection.md"), StandardCharsets.UTF_8);
    Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
    List<DynamicTest> tests = new ArrayList<>();
    JsonSchema inspection = schema("inspection-plan.schema.json");
    while (blocks.find()) {
      JsonNode node = MAPPER.readTree(blocks.group(1));
      if (node.has("coverage") && node.has("targets")) {
        String json = blocks.group(1);
        int line = page.substring(0, blocks.start()).split("\n", -1).length;
        tests.add(DynamicTest.dynamicTest("inspection.md line " + line, () -> {
          assertEquals(Set.of(), inspection.validate(node));
          InspectionPlanJson.read(json, "inspection.md");
        }));
      }
    }
    assertFalse(tests.isEmpty(), "inspection.md shows an inspection plan");
    return tests.stream();
  }

  /** Every JSON block of docs/formats.md is a whole document that the schema accepts and the reader reads. */
  @TestFactory
  Stream<DynamicTest> theJsonBlocksOfTheFormatsPageAreValid() throws IOException {
    String page = Files.readString(Examples.docs().resolve("formats.md"), StandardCharsets.UTF_8);
    Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
    List<DynamicTest> tests = new ArrayList<>();
    while (blocks.find()) {
      String json = blocks.group(1);
      int line = page.substring(0, blocks.start()).split("\n", -1).length;
      tests.add(DynamicTest.dynamicTest("formats.md line " + line, () -> {
        JsonNode node = MAPPER.readTree(json);
        String kind = node.has("units") ? "org-directory" : node.has("coverage") ? "inspection-plan" : "plan";
        assertEquals(Set.of(), schema(kind + ".schema.json").validate(node));
        switch (kind) {
          case "org-directory" -> OrgDirectoryJson.read(json, "formats.md");
          case "inspection-plan" -> InspectionPlanJson.read(json, "formats.md");
          default -> PlanJson.read(json, "formats.md");
        }
      }));
    }
    assertFalse(tests.isEmpty(), "formats.md has JSON examples");
    return tests.stream();
  }
}
