package io.github.cchc.scoring.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.dossier.DossierCounts;
import io.github.cchc.scoring.dossier.DossierQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON form of dossier counts, and what it refuses. */
class DossierCountsJsonTest {

  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  private static final OrgDirectory DIRECTORY = OrgDirectory.of(List.of(
      OrgUnit.builder().id("DT").name("UBND tỉnh Đồng Tháp").kind(OrgKind.PROVINCE).build(),
      OrgUnit.builder().id("DT-STC").name("Sở Tài chính").kind(OrgKind.DEPARTMENT).parent("DT").build()));

  private static final DossierQuery QUERY = DossierQuery.of(ReportPeriod.parse("2024"), ReportPeriod.Type.QUARTER);

  private static String counts(String row) {
    return "{\"query\": {\"periods\": [\"2024Q1\", \"2024Q2\", \"2024Q3\", \"2024Q4\"]}, \"directory\": "
        + "{\"units\": [{\"id\": \"DT\", \"name\": \"UBND tỉnh Đồng Tháp\", \"kind\": \"PROVINCE\"}, "
        + "{\"id\": \"DT-STC\", \"name\": \"Sở Tài chính\", \"kind\": \"DEPARTMENT\", \"parent\": \"DT\"}]}, "
        + "\"counts\": [" + row + "]}";
  }

  private static final String ROW = "{\"unit\": \"DT-STC\", \"period\": \"2024Q1\", \"received\": 120, "
      + "\"direct\": 20, \"onlinePartial\": 30, \"onlineFull\": 60, \"postal\": 10, \"digitized\": 100, "
      + "\"finished\": 110, \"late\": 5, \"apologyLate\": 4, \"pendingOverdue\": 2}";

  @Test
  void countsCarryTheirQueryTheirDirectoryAndOneRowPerUnitAndPeriod() throws Exception {
    DossierCounts expected = DossierCounts.of(DIRECTORY, QUERY, List.of(new DossierCounts.Row("DT-STC",
        Optional.empty(), ReportPeriod.parse("2024Q1"), 120, 20, 30, 60, 10, 100, 110, 5, 4, 2)));
    DossierCounts read = USER.readValue(counts(ROW), DossierCounts.class);
    assertEquals(expected, read);
    assertEquals(read, USER.readValue(USER.writeValueAsString(read), DossierCounts.class));
  }

  @Test
  void aRowOfAnUnknownUnitOrPeriodOrANegativeCountIsRefusedAtItsPath() {
    List<List<String>> refused = List.of(
        List.of(ROW.replace("\"DT-STC\"", "\"DT-SXX\""), "$.counts[0].unit",
            "unit \"DT-SXX\" is not in the directory"),
        List.of(ROW.replace("2024Q1", "2025Q1"), "$.counts[0].period", "unknown value \"2025Q1\""),
        List.of(ROW.replace("\"late\": 5", "\"late\": -5"), "$.counts[0].late",
            "a count of dossiers cannot be negative: -5"),
        List.of(ROW.replace("\"late\": 5, ", ""), "$.counts[0]", "late"),
        List.of(ROW + ", " + ROW, "$.counts", "are given twice"));
    for (List<String> c : refused) {
      JsonMappingException e = assertThrows(JsonMappingException.class,
          () -> USER.readValue(counts(c.get(0)), DossierCounts.class), c.get(0));
      assertTrue(e.getMessage().startsWith(c.get(1)), e.getMessage());
      assertTrue(e.getMessage().contains(c.get(2)), e.getMessage());
    }
  }
}
