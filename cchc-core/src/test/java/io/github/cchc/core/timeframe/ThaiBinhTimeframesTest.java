package io.github.cchc.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every cell of the column "Thời gian thực hiện" of the Thái Bình 2024 plan, read from a fixture. */
@DisplayName("Kế hoạch CCHC tỉnh Thái Bình năm 2024: thời gian thực hiện")
class ThaiBinhTimeframesTest {

  private static final String FIXTURE = "thai-binh-2024-timeframes.tsv";

  @TestFactory
  Stream<DynamicTest> everyCellParses() throws IOException {
    List<String[]> rows = rows();
    assertEquals(40, rows.size(), "the appendix has 40 task rows");
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row[0] + " " + row[1],
                    () -> {
                      Timeframe t = Timeframe.parse(row[1], Year.of(2024));
                      assertEquals(TimeframeKind.valueOf(row[2]), t.kind(), row[1]);
                      List<LocalDate> due =
                          row[3].equals("-")
                              ? List.of()
                              : Arrays.stream(row[3].split(" ")).map(LocalDate::parse).collect(Collectors.toList());
                      assertEquals(due, t.dueDates(), row[1]);
                      assertEquals(t, Timeframe.parse(t.toString()), "reads back: " + t);
                    }));
  }

  static List<String[]> rows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = ThaiBinhTimeframesTest.class.getResourceAsStream(FIXTURE)) {
      assertNotNull(in, FIXTURE);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] row = line.split("\t");
          assertEquals(4, row.length, "four columns: " + line);
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
