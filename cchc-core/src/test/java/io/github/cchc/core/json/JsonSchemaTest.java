package io.github.cchc.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.cchc.core.plan.Plan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generates the JSON Schemas of the two formats from their JSON model and checks that the committed files under
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
    config.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
      if (scope.getType().getErasedType() == AgencyDocument.class) {
        // Exactly one of the two fields: a unit id or a named group.
        var oneOf = node.putArray("oneOf");
        oneOf.addObject().putArray("required").add("unit");
        oneOf.addObject().putArray("required").add("group");
      }
    });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(documentType);
    ObjectNode ordered = MAPPER.createObjectNode();
    ordered.set("$schema", schema.get("$schema"));
    ordered.put("$id", id);
    ordered.put("title", title);
    schema.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("$schema")) {
        ordered.set(e.getKey(), e.getValue());
      }
    });
    return ordered.toPrettyString().replace("\r\n", "\n") + "\n";
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

  static Path schemaFile(String name) {
    return Examples.docs().resolve("schema").resolve(name);
  }

  @TestFactory
  Stream<DynamicTest> theCommittedSchemasAreGeneratedFromTheModel() {
    return Stream.of(
            new String[] {"plan.schema.json", planSchema()},
            new String[] {"org-directory.schema.json", orgSchema()})
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
    String text = name.equals("plan.schema.json") ? planSchema() : orgSchema();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(text));
  }

  @Test
  void theExampleFilesMatchTheirSchema() throws IOException {
    JsonSchema plan = schema("plan.schema.json");
    JsonSchema org = schema("org-directory.schema.json");
    assertValid(plan, Examples.example("thai-binh-2024-plan.json"));
    assertValid(org, Examples.example("org-three-tier.json"));
    assertValid(org, Examples.example("org-two-tier.json"));
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
        boolean isOrg = node.has("units");
        JsonSchema schema = schema(isOrg ? "org-directory.schema.json" : "plan.schema.json");
        assertEquals(Set.of(), schema.validate(node));
        if (isOrg) {
          OrgDirectoryJson.read(json, "formats.md");
        } else {
          PlanJson.read(json, "formats.md");
        }
      }));
    }
    assertFalse(tests.isEmpty(), "formats.md has JSON examples");
    return tests.stream();
  }
}
