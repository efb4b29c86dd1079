package io.github.cchc.reporting.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.reporting.Golden;
import io.github.cchc.reporting.ReportLocale;
import io.github.cchc.reporting.SampleReports;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @Test
  void fullReportMatchesTheGoldenFile() {
    Golden.assertMatches("sample-vi.json", JsonRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)));
  }

  @Test
  void valuesAreExactAndTyped() throws Exception {
    JsonNode root = MAPPER.readTree(JsonRenderer.render(SampleReports.full(ReportLocale.VIETNAMESE)));
    assertEquals("cchc-report", root.path("format").asText());
    assertEquals("2024-06-14", root.path("heading").path("date").asText());
    JsonNode table = root.path("blocks").get(1).path("blocks").get(0);
    assertEquals("table", table.path("type").asText());
    JsonNode row = table.path("rows").get(1).path("cells");
    assertEquals(12345, row.get(2).path("value").asLong());
    assertEquals(0, new BigDecimal("87.50").compareTo(row.get(3).path("value").decimalValue()));
    assertEquals(new BigDecimal("95.12"), row.get(4).path("value").decimalValue());
    assertEquals("95,12%", row.get(4).path("text").asText());
    assertEquals("2024-06-14", row.get(5).path("value").asText());
    assertEquals(11742, row.get(6).path("count").asLong());
    assertEquals(new BigDecimal("95.12"), row.get(6).path("percent").decimalValue());
    assertTrue(table.path("rows").get(2).path("cells").get(6).path("percent").isNull());
    JsonNode chart = root.path("blocks").get(1).path("blocks").get(2).path("chart");
    assertEquals("bar", chart.path("kind").asText());
    assertEquals("Sở Tư pháp", chart.path("bars").get(0).path("label").asText());
  }

  @Test
  void hostileTextIsPlainJsonString() throws Exception {
    JsonNode root = MAPPER.readTree(JsonRenderer.render(SampleReports.hostile()));
    assertEquals("Báo cáo " + SampleReports.SCRIPT, root.path("title").asText());
    assertEquals(SampleReports.HYPERLINK, root.path("heading").path("issuer").get(1).asText());
  }

  @Test
  void emptyReportHasEmptyBlocks() throws Exception {
    JsonNode root = MAPPER.readTree(JsonRenderer.render(SampleReports.empty()));
    assertTrue(root.path("blocks").isArray());
    assertEquals(0, root.path("blocks").size());
    assertTrue(root.path("heading").isNull());
  }
}
