package io.github.cchc.reporting.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.json.internal.IsoDate;
import io.github.cchc.reporting.NationalHeading;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.json.internal.HeadingDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The heading file: the issue's example read as it is, strict reading with path, line and column in both languages,
 * writing what reading accepts, the ServiceLoader module, and the committed schema generated from the document and
 * agreeing with the reader ({@code -Dcchc.schema.write=true} rewrites it).
 */
class HeadingJsonTest {

  static final String ISSUE_EXAMPLE = """
      {"issuerLines": ["UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ"], "number": "125/BC-SNV", "place": "Thái Bình",
       "date": "2024-12-14", "documentType": "BÁO CÁO", "summary": "Kết quả thực hiện công tác cải cách hành chính năm 2024",
       "signature": {"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Nguyễn Văn A"},
       "recipients": ["UBND tỉnh (để b/c);", "Bộ Nội vụ;", "Lưu: VT, CCHC."]}
      """;

  static final ObjectMapper MAPPER = new ObjectMapper();

  static Path docs() {
    for (Path candidate : new Path[] {Path.of("..", "docs"), Path.of("docs")}) {
      if (Files.isDirectory(candidate.resolve("examples"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No docs/examples folder beside " + Path.of("").toAbsolutePath());
  }

  @Test
  void test_read_issueExample() {
    NationalHeading h = HeadingJson.read(ISSUE_EXAMPLE);
    assertEquals(List.of("UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ"), h.issuerLines());
    assertEquals("125/BC-SNV", h.number().orElseThrow());
    assertEquals(LocalDate.of(2024, 12, 14), h.date().orElseThrow());
    assertEquals("Thái Bình, ngày 14 tháng 12 năm 2024", h.placeAndDate(ReportLocale.VIETNAMESE));
    assertEquals("BÁO CÁO", h.documentType().orElseThrow());
    assertEquals("KT. GIÁM ĐỐC", h.signature().orElseThrow().authority().orElseThrow());
    assertEquals("PHÓ GIÁM ĐỐC", h.signature().orElseThrow().title());
    assertEquals("Nguyễn Văn A", h.signature().orElseThrow().name());
    assertEquals(List.of("UBND tỉnh (để b/c);", "Bộ Nội vụ;", "Lưu: VT, CCHC."), h.recipients());
    assertEquals(h, HeadingJson.read(docs().resolve("examples").resolve("heading-thai-binh-2024.json")));
  }

  @Test
  void test_read_draft() {
    NationalHeading h = HeadingJson.read(docs().resolve("examples").resolve("heading-draft.json"));
    String gap = "\u00A0".repeat(6);
    assertEquals("Số: " + gap + "/BC-SNV", "Số: " + h.numberText());
    assertEquals("Thái Bình, ngày" + gap + "tháng" + gap + "năm 2024", h.placeAndDate(ReportLocale.VIETNAMESE));
  }

  @Test
  void test_write_readsBack() {
    NationalHeading h = HeadingJson.read(ISSUE_EXAMPLE);
    assertEquals(h, HeadingJson.read(HeadingJson.write(h)));
    NationalHeading minimal = HeadingJson.read("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\"}");
    assertEquals("{\n  \"issuerLines\": [\n    \"SỞ NỘI VỤ\"\n  ],\n  \"place\": \"Hà Nội\"\n}\n",
        HeadingJson.write(minimal));
  }

  @Test
  void test_serviceLoaderModule() throws IOException {
    NationalHeading h = new ObjectMapper().findAndRegisterModules().readValue(ISSUE_EXAMPLE, NationalHeading.class);
    assertEquals(HeadingJson.read(ISSUE_EXAMPLE), h);
  }

  /** A bad file, the path the error names and a word of its Vietnamese and English problem. */
  record Bad(String json, String path, String vi, String en) {}

  static final List<Bad> BAD = List.of(
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"numero\": \"1\"}", "$.numero", "numero",
          "numero"),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": 12}", "$.place", "", ""),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": null}", "$.place", "", ""),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"number\": null}", "$.number", "", ""),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\", null], \"place\": \"Hà Nội\"}", "$.issuerLines[1]", "", ""),
      new Bad("{\"issuerLines\": [], \"place\": \"Hà Nội\"}", "$.issuerLines", "cơ quan ban hành", "issuer"),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"]}", "$.place", "", ""),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \" \"}", "$.place", "trống", "blank"),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"date\": \"2024-02-30\"}", "$.date", "", ""),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"year\": \"2024\"}", "$.year", "", ""),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"date\": \"2024-02-03\", \"year\": 2023}",
          "$.year", "2023", "2023"),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"signature\": {\"authority\": \"THAY MẶT\","
          + " \"title\": \"GIÁM ĐỐC\", \"name\": \"A\"}}", "$.signature.authority", "TM.", "TM."),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"signature\": {\"title\": \"GIÁM ĐỐC\"}}",
          "$.signature.name", "", ""),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"recipients\": [\"Bộ Nội vụ;\"]}",
          "$.recipients[0]", "Lưu:", "Lưu:"),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"recipients\": [\"- Bộ Nội vụ;\", "
          + "\"Lưu: VT.\"]}", "$.recipients[0]", "gạch", "dash"),
      new Bad("{\"issuerLines\": [\"SỞ NỘI VỤ\"], \"place\": \"Hà Nội\", \"recipients\": \"Lưu: VT.\"}",
          "$.recipients", "", ""));

  @TestFactory
  Stream<DynamicTest> test_read_strict() {
    return BAD.stream().map(bad -> DynamicTest.dynamicTest(bad.json(), () -> {
      InputFormatException e = assertThrows(InputFormatException.class, () -> HeadingJson.read(bad.json(), "h.json"));
      assertEquals("h.json", e.source());
      assertEquals(bad.path(), e.path());
      assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
      String vi = e.message(Locale.forLanguageTag("vi"));
      String en = e.message(Locale.ENGLISH);
      assertTrue(vi.contains(bad.vi()), vi);
      assertTrue(en.contains(bad.en()), en);
      assertFalse(vi.contains("Exception") || en.contains("Exception") || en.contains("com.fasterxml"), en);
    }));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The schema

  static final String SCHEMA_ID = "https://github.com/cchc/cchc/docs/schema/heading.schema.json";

  static String generate() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
            SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
    config.forTypesInGeneral().withDefinitionNamingStrategy(new DefaultSchemaDefinitionNamingStrategy() {
      @Override
      public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
        return super.getDefinitionNameForKey(key, context).replaceFirst("Document$", "");
      }
    });
    config.forFields().withStringFormatResolver(
        field -> field.getAnnotationConsideringFieldAndGetter(IsoDate.class) != null ? "date" : null);
    config.forFields().withArrayMinItemsResolver(field -> field.getName().equals("issuerLines")
        && field.isContainerType() && !field.isFakeContainerItemScope() ? 1 : null);
    config.forFields().withNumberInclusiveMinimumResolver(field -> field.getName().equals("year")
        ? java.math.BigDecimal.valueOf(1900) : null);
    config.forFields().withNumberInclusiveMaximumResolver(field -> field.getName().equals("year")
        ? java.math.BigDecimal.valueOf(9999) : null);
    // Every text holds something besides blanks; the authority starts with its prefix.
    config.forFields().withStringPatternResolver(field -> field.isContainerType() && !field.isFakeContainerItemScope()
        ? null : field.getName().equals("authority") ? "^(TM|KT|Q|TL|TUQ)\\. \\S" : "\\S");
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(HeadingDocument.class);
    ObjectNode ordered = MAPPER.createObjectNode();
    ordered.set("$schema", schema.get("$schema"));
    ordered.put("$id", SCHEMA_ID);
    ordered.put("title", "CCHC document heading");
    schema.properties().forEach(e -> {
      if (!e.getKey().equals("$schema")) {
        ordered.set(e.getKey(), e.getValue());
      }
    });
    return ordered.toPrettyString().replace("\r\n", "\n") + "\n";
  }

  static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(generate()));
  }

  @Test
  void test_schema_committedFileIsGenerated() throws IOException {
    Path file = docs().resolve("schema").resolve("heading.schema.json");
    if (Boolean.getBoolean("cchc.schema.write")) {
      Files.writeString(file, generate(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing: run the tests with -Dcchc.schema.write=true");
    assertEquals(generate(), Files.readString(file, StandardCharsets.UTF_8),
        file + " is out of date: run the tests with -Dcchc.schema.write=true and commit the result");
  }

  @Test
  void test_schema_examplesAreValid() throws IOException {
    JsonSchema schema = schema();
    assertEquals(Set.of(), schema.validate(MAPPER.readTree(ISSUE_EXAMPLE)));
    for (String name : List.of("heading-thai-binh-2024.json", "heading-draft.json")) {
      assertEquals(Set.of(), schema.validate(MAPPER.readTree(docs().resolve("examples").resolve(name).toFile())),
          name);
    }
  }

  /** What the schema can see (shape, types, nulls, required fields, the authority), it refuses as the reader does. */
  @Test
  void test_schema_refusesWhatTheReaderRefuses() throws IOException {
    JsonSchema schema = schema();
    for (Bad bad : BAD) {
      boolean contentRule = bad.path().startsWith("$.recipients[") || bad.path().equals("$.year")
          && bad.json().contains("\"date\"") || bad.path().equals("$.date");
      if (!contentRule) {
        assertFalse(schema.validate(MAPPER.readTree(bad.json())).isEmpty(), "the schema accepts " + bad.json());
      }
    }
  }
}
