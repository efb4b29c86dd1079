package io.github.cchc.scoring.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.AggregationException;
import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ObservationSetTest {
  private static final IndicatorCatalog CATALOG = IndicatorCatalog.builtIn();
  private static final Indicator RECEIVED = CATALOG.require("dossiers.received");
  private static final Indicator ON_TIME = CATALOG.require("2.4.1");
  private static final Indicator FEEDBACK = CATALOG.require("2.4.5");
  private static final Indicator STAFF = CATALOG.require("3.2.1");
  private static final ReportPeriod Y2024 = ReportPeriod.ofYear(2024);

  private static ReportPeriod p(String code) {
    return ReportPeriod.parse(code);
  }

  private static OrgUnit unit(String id, OrgKind kind, String parent) {
    OrgUnit.Builder b = OrgUnit.builder().id(id).name("Đơn vị " + id).kind(kind);
    return parent == null ? b.build() : b.parent(parent).build();
  }

  private static final OrgDirectory DIR = OrgDirectory.of(
      unit("P", OrgKind.PROVINCE, null),
      unit("A", OrgKind.COMMUNE, "P"),
      unit("B", OrgKind.COMMUNE, "P"),
      unit("C", OrgKind.COMMUNE, "P"));

  @Test
  @DisplayName("Over time: flows sum their quarters, stocks take the last quarter present")
  void overTimeSumsFlowsAndTakesTheLastStock() {
    ObservationSet s = ObservationSet.of(List.of(
        new Observation(RECEIVED, "A", p("2024Q1"), IndicatorValue.count(10)),
        new Observation(RECEIVED, "A", p("2024Q2"), IndicatorValue.count(15)),
        new Observation(STAFF, "A", p("2024Q1"), IndicatorValue.count(40)),
        new Observation(STAFF, "A", p("2024Q3"), IndicatorValue.count(38)),
        new Observation(ON_TIME, "A", p("2024Q1"), IndicatorValue.ratio(9, 10)),
        new Observation(ON_TIME, "A", p("2024Q2"), IndicatorValue.ratio(5, 15))));
    ObservationSet y = s.overTime(ReportPeriod.Type.YEAR);
    assertEquals(Optional.of(IndicatorValue.count(25)), y.value("dossiers.received", "A", Y2024));
    assertEquals(Optional.of(IndicatorValue.count(38)), y.value("3.2.1", "A", Y2024));
    assertEquals(Optional.of(IndicatorValue.ratio(14, 25)), y.value("2.4.1", "A", Y2024));
    assertThrows(IllegalArgumentException.class, () -> y.overTime(ReportPeriod.Type.QUARTER));
  }

  @Test
  @DisplayName("Up the hierarchy: counts sum, shares are ratios of sums, flags become k of n units")
  void rollUpSumsCountsRatiosAndFlags() {
    ObservationSet s = ObservationSet.of(List.of(
        new Observation(ON_TIME, "A", Y2024, IndicatorValue.ratio(90, 100)),
        new Observation(ON_TIME, "B", Y2024, IndicatorValue.ratio(1, 10)),
        new Observation(FEEDBACK, "A", Y2024, IndicatorValue.flag(true)),
        new Observation(FEEDBACK, "B", Y2024, IndicatorValue.flag(false)),
        new Observation(FEEDBACK, "C", Y2024, IndicatorValue.flag(true))));
    ObservationSet up = s.rolledUp(DIR);
    assertEquals(Optional.of(IndicatorValue.ratio(91, 110)), up.value("2.4.1", "P", Y2024));
    IndicatorValue flags = up.value("2.4.5", "P", Y2024).orElseThrow();
    assertEquals(IndicatorValue.flags(2, 3), flags);
    assertEquals("2/3 đơn vị = 66,67%", flags.format(FEEDBACK, 2, RoundingMode.HALF_UP));
    assertEquals(Optional.of(IndicatorValue.ratio(90, 100)), up.value("2.4.1", "A", Y2024));
  }

  @Test
  @DisplayName("Hai huyện sáp nhập năm 2025: số liệu 2024 chuyển sang đơn vị kế thừa để so sánh với 2026")
  void mergedUnitsCarryTheirHistoryToTheSuccessor() {
    LocalDate merger = LocalDate.of(2025, 7, 1);
    OrgDirectory dir = OrgDirectory.of(
        OrgUnit.builder().id("H1").name("Huyện 1").kind(OrgKind.DISTRICT).validTo(merger).successors(List.of("X"))
            .build(),
        OrgUnit.builder().id("H2").name("Huyện 2").kind(OrgKind.DISTRICT).validTo(merger).successors(List.of("X"))
            .build(),
        OrgUnit.builder().id("X").name("Xã mới").kind(OrgKind.COMMUNE).validFrom(merger).build());
    ObservationSet s = ObservationSet.of(List.of(
        new Observation(ON_TIME, "H1", Y2024, IndicatorValue.ratio(80, 100)),
        new Observation(ON_TIME, "H2", Y2024, IndicatorValue.ratio(50, 50)),
        new Observation(ON_TIME, "X", ReportPeriod.ofYear(2026), IndicatorValue.ratio(140, 150))));
    ObservationSet carried = s.carriedForward(dir, LocalDate.of(2026, 1, 1));
    assertEquals(Optional.of(IndicatorValue.ratio(130, 150)), carried.value("2.4.1", "X", Y2024));
    assertEquals(Optional.of(IndicatorValue.ratio(140, 150)), carried.value("2.4.1", "X", ReportPeriod.ofYear(2026)));
    assertTrue(carried.value("2.4.1", "H1", Y2024).isEmpty());
  }

  @Test
  void aSplitUnitCannotCarryItsCountsForward() {
    LocalDate split = LocalDate.of(2025, 7, 1);
    OrgDirectory dir = OrgDirectory.of(
        OrgUnit.builder().id("H").name("Huyện").kind(OrgKind.DISTRICT).validTo(split).successors(List.of("X", "Y"))
            .build(),
        OrgUnit.builder().id("X").name("Xã X").kind(OrgKind.COMMUNE).validFrom(split).build(),
        OrgUnit.builder().id("Y").name("Xã Y").kind(OrgKind.COMMUNE).validFrom(split).build());
    ObservationSet s = ObservationSet.of(List.of(new Observation(RECEIVED, "H", Y2024, IndicatorValue.count(7))));
    AggregationException e = assertThrows(AggregationException.class,
        () -> s.carriedForward(dir, LocalDate.of(2026, 1, 1)));
    assertTrue(e.getMessage().contains("'H'") && e.getMessage().contains("[X, Y]"), e.getMessage());
  }

  @Test
  void theTwoYearTableHoldsEveryRowWithLastYearAndThisYear() {
    ObservationSet s = ObservationSet.of(List.of(
        new Observation(ON_TIME, "A", p("2023Q4"), IndicatorValue.ratio(70, 100)),
        new Observation(ON_TIME, "A", p("2024Q1"), IndicatorValue.ratio(45, 50)),
        new Observation(ON_TIME, "A", p("2024Q2"), IndicatorValue.ratio(50, 50)),
        new Observation(ON_TIME, "B", p("2024Q2"), IndicatorValue.ratio(1, 50))));
    IndicatorTable t = IndicatorTable.of(IndicatorCatalog.phuLucII(), s, "A", 2024);
    assertEquals(IndicatorCatalog.phuLucII().size(), t.rows().size());
    IndicatorTable.Row row = t.row("2.4.1").orElseThrow();
    assertEquals(Optional.of(IndicatorValue.ratio(70, 100)), row.previous());
    assertEquals(Optional.of(IndicatorValue.ratio(95, 100)), row.current());
    List<List<String>> cells = t.cells(1, RoundingMode.HALF_UP);
    assertEquals(List.of("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Năm 2023", "Năm 2024"), cells.get(0));
    List<String> line = cells.stream().filter(c -> c.get(0).equals("2.4.1")).findFirst().orElseThrow();
    assertEquals(List.of("2.4.1", "Tỷ lệ hồ sơ TTHC đã tiếp nhận được giải quyết đúng hạn", "Hồ sơ",
        "70 hồ sơ = 70,0%", "95 hồ sơ = 95,0%"), line);
    assertEquals("", cells.stream().filter(c -> c.get(0).equals("1.1")).findFirst().orElseThrow().get(4));
  }
}
