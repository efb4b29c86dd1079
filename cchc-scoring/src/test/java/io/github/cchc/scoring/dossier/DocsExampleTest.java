package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorTable;
import io.github.cchc.scoring.indicator.ObservationSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/indicators.md: a dossier file of an example district goes in, Phụ lục II rows come out. */
class DocsExampleTest {

  static String table() throws IOException {
    OrgDirectory dir = OrgDirectory.of(
        Fixtures.unit("SL", OrgKind.PROVINCE, null),
        Fixtures.unit("SL-MS", OrgKind.DISTRICT, "SL"),
        Fixtures.unit("SL-MS-HH", OrgKind.COMMUNE, "SL-MS"),
        Fixtures.unit("SL-MS-CM", OrgKind.COMMUNE, "SL-MS"));
    DossierLoad load;
    try (InputStream in = DocsExampleTest.class.getResourceAsStream("mai-son-example.csv")) {
      load = DossierCsvReader.of(dir).strict(true).read(in, "mai-son-example.csv");
    }
    assertTrue(load.isClean());
    DossierQuery query = DossierQuery.of(List.of(ReportPeriod.ofYear(2023), ReportPeriod.ofYear(2024)))
        .withFieldBreakdown(true);
    DossierCounts counts = load.table().aggregate(query).rolledUp();
    ObservationSet rows = counts.toPhuLucII("Đất đai", "Xây dựng").merge(counts.toObservations());
    IndicatorTable table = IndicatorTable.of(IndicatorCatalog.builtIn(), rows, "SL-MS", 2024);
    StringBuilder md = new StringBuilder();
    for (List<String> cells : table.cells(1, RoundingMode.HALF_UP)) {
      if (cells.get(0).equals("STT") || !(cells.get(3).isEmpty() && cells.get(4).isEmpty())) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
        if (cells.get(0).equals("STT")) {
          md.append("|---|---|---|---:|---:|\n");
        }
      }
    }
    return md.toString();
  }

  @Test
  void theDocumentedTableIsWhatTheCodeProduces() throws IOException {
    String expected;
    try (InputStream in = DocsExampleTest.class.getResourceAsStream("mai-son-example-table.md")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, table());
  }
}
