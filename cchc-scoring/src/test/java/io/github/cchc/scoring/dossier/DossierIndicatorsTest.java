package io.github.cchc.scoring.dossier;

import static io.github.cchc.scoring.dossier.DossierIndicator.APOLOGY_RATE;
import static io.github.cchc.scoring.dossier.DossierIndicator.DIGITIZED_RATE;
import static io.github.cchc.scoring.dossier.DossierIndicator.FINISHED;
import static io.github.cchc.scoring.dossier.DossierIndicator.FINISHED_LATE;
import static io.github.cchc.scoring.dossier.DossierIndicator.FINISHED_ON_TIME;
import static io.github.cchc.scoring.dossier.DossierIndicator.ONLINE_FULL_RATE;
import static io.github.cchc.scoring.dossier.DossierIndicator.ONLINE_PARTIAL_RATE;
import static io.github.cchc.scoring.dossier.DossierIndicator.ON_TIME_RATE;
import static io.github.cchc.scoring.dossier.DossierIndicator.PENDING_OVERDUE;
import static io.github.cchc.scoring.dossier.DossierIndicator.POSTAL_RATE;
import static io.github.cchc.scoring.dossier.DossierIndicator.RECEIVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.indicator.IndicatorCatalog;
import io.github.cchc.scoring.indicator.IndicatorValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed figures for the twelve dossiers of {@code dossiers-en.csv}. In 2024Q1 commune X1 received d1–d8 and
 * d10 (d9 came in 2023); it finished d1–d5 and d9; d2 (after its due date) and d4 (on its due day, after the due
 * time) are late; d5 finished after the due day's start but its due date has no time, so it is on time; d6 and d10
 * were pending and past due on 31 March.
 */
class DossierIndicatorsTest {
  private static final ReportPeriod Q1 = ReportPeriod.parse("2024Q1");
  private static final ReportPeriod Q2 = ReportPeriod.parse("2024Q2");
  private static final ReportPeriod Q3 = ReportPeriod.parse("2024Q3");
  private static final DossierQuery QUARTERS = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER);

  private static DossierTable table() {
    DossierLoad load = Fixtures.load("dossiers-en.csv", true);
    assertTrue(load.isClean(), load.findings().toString());
    return load.table();
  }

  private static IndicatorValue count(long n) {
    return IndicatorValue.count(n);
  }

  private static IndicatorValue ratio(long a, long b) {
    return IndicatorValue.ratio(a, b);
  }

  @Test
  void everyIndicatorOfACommuneInTheFirstQuarter() {
    DossierCounts c = table().aggregate(QUARTERS);
    assertEquals(count(9), c.value(RECEIVED, "X1", Q1));
    assertEquals(count(6), c.value(FINISHED, "X1", Q1));
    assertEquals(count(4), c.value(FINISHED_ON_TIME, "X1", Q1));
    assertEquals(count(2), c.value(FINISHED_LATE, "X1", Q1));
    assertEquals(count(2), c.value(PENDING_OVERDUE, "X1", Q1));
    assertEquals(ratio(4, 6), c.value(ON_TIME_RATE, "X1", Q1));
    assertEquals(ratio(4, 9), c.value(DossierIndicator.DIRECT_RATE, "X1", Q1), "the direct count, not a difference");
    assertEquals(ratio(2, 9), c.value(ONLINE_FULL_RATE, "X1", Q1));
    assertEquals(ratio(2, 9), c.value(ONLINE_PARTIAL_RATE, "X1", Q1));
    assertEquals(ratio(1, 9), c.value(POSTAL_RATE, "X1", Q1));
    assertEquals(ratio(2, 9), c.value(DIGITIZED_RATE, "X1", Q1));
    assertEquals(ratio(1, 2), c.value(APOLOGY_RATE, "X1", Q1));
  }

  @Test
  @DisplayName("Hồ sơ chưa giải quyết đã quá hạn: counted at the end of each period while not finished")
  void pendingOverdueAtEachPeriodsEnd() {
    DossierCounts c = table().aggregate(QUARTERS);
    // 30 June: d6 (due 20 March) and d7 (due 5 April) still pending; d8 and d10 finished in April.
    assertEquals(count(2), c.value(PENDING_OVERDUE, "X1", Q2));
    assertEquals(count(2), c.value(PENDING_OVERDUE, "X1", Q3));
    assertEquals(count(2), c.value(FINISHED, "X1", Q2));
    assertEquals(count(2), c.value(FINISHED_LATE, "X1", Q2));
    assertEquals(count(0), c.value(RECEIVED, "X1", Q2));
    assertEquals(ratio(0, 0), c.value(ON_TIME_RATE, "X1", Q3));
  }

  @Test
  @DisplayName("Hồ sơ 766: more than one supplement request counts as late")
  void profile766CountsManySupplementRequestsAsLate() {
    DossierCounts c = table().aggregate(QUARTERS.withProfile(DossierProfile.PROFILE_766));
    // d9 was finished before its due date but after two supplement requests; d5 had one, which is allowed.
    assertEquals(count(3), c.value(FINISHED_LATE, "X1", Q1));
    assertEquals(count(3), c.value(FINISHED_ON_TIME, "X1", Q1));
    assertEquals(ratio(3, 6), c.value(ON_TIME_RATE, "X1", Q1));
    assertEquals(ratio(1, 3), c.value(APOLOGY_RATE, "X1", Q1));
    assertEquals(count(9), c.value(RECEIVED, "X1", Q1));
  }

  @Test
  void aWholeYearAsOnePeriod() {
    ReportPeriod y = ReportPeriod.ofYear(2024);
    DossierCounts c = table().aggregate(DossierQuery.of(y));
    assertEquals(count(9), c.value(RECEIVED, "X1", y));
    assertEquals(count(8), c.value(FINISHED, "X1", y));
    assertEquals(count(4), c.value(FINISHED_LATE, "X1", y));
    assertEquals(count(2), c.value(PENDING_OVERDUE, "X1", y));
    assertEquals(ratio(1, 2), c.value(ONLINE_FULL_RATE, "X2", y));
    assertEquals(ratio(1, 1), c.value(APOLOGY_RATE, "X2", y));
  }

  @Test
  @DisplayName("Đối với cấp huyện: land and construction dossiers reported separately")
  void perFieldBreakdown() {
    DossierCounts c = table().aggregate(QUARTERS.withFieldBreakdown(true));
    assertEquals(count(2), c.value(RECEIVED, "X1", "Đất đai", Q1));
    assertEquals(count(3), c.value(FINISHED, "X1", "Đất đai", Q1));
    assertEquals(count(1), c.value(FINISHED_LATE, "X1", "Đất đai", Q1));
    assertEquals(count(7), c.value(RECEIVED, "X1", "Hộ tịch", Q1));
    assertEquals(count(2), c.value(PENDING_OVERDUE, "X1", "Hộ tịch", Q1));
    assertEquals(count(0), c.value(RECEIVED, "X1", "Xây dựng", Q2));
    assertEquals(ratio(1, 2), c.value(ON_TIME_RATE, "X2", "Xây dựng", Q2));
    DossierCounts up = c.rolledUp();
    assertEquals(ratio(1, 2), up.value(ON_TIME_RATE, "P", "Xây dựng", Q2));
    assertEquals(count(3), up.value(FINISHED, "D", "Đất đai", Q1));
    assertEquals(List.of("Hộ tịch", "Xây dựng", "Đất đai"), c.fields());
    // The unit totals are the same with or without the breakdown.
    DossierCounts plain = table().aggregate(QUARTERS);
    for (DossierIndicator i : DossierIndicator.values()) {
      assertEquals(plain.value(i, "X1", Q1), c.value(i, "X1", Q1), i.id());
    }
    assertThrows(IllegalArgumentException.class, () -> plain.value(RECEIVED, "X1", "Đất đai", Q1));
  }

  @Test
  void rollUpAddsEveryUnitBelow() {
    DossierCounts up = table().aggregate(QUARTERS).rolledUp();
    assertEquals(count(2), up.value(RECEIVED, "D", Q2));
    assertEquals(count(4), up.value(FINISHED, "D", Q2));
    assertEquals(count(3), up.value(FINISHED_LATE, "D", Q2));
    assertEquals(count(2), up.value(PENDING_OVERDUE, "P", Q2));
    assertEquals(ratio(1, 4), up.value(ON_TIME_RATE, "P", Q2));
    assertEquals(count(0), up.value(RECEIVED, "S", Q2));
  }

  @Test
  @DisplayName("Date-times decide only when both the due date and the finished date carry a time")
  void dateTimesAreComparedWhenBothHaveATime() {
    LocalDate day = LocalDate.of(2024, 2, 10);
    Dossier.Builder base = Dossier.builder().unitId("X1").channel(Channel.DIRECT)
        .received(LocalDate.of(2024, 2, 1)).due(day).finished(day);
    DossierTable t = DossierTable.builder(Fixtures.DIR)
        .add(base.id("early").dueTime(LocalTime.of(10, 0)).finishedTime(LocalTime.of(9, 59)).build())
        .add(base.id("sharp").dueTime(LocalTime.of(10, 0)).finishedTime(LocalTime.of(10, 0)).build())
        .add(base.id("after").dueTime(LocalTime.of(10, 0)).finishedTime(LocalTime.of(10, 1)).build())
        .add(Dossier.builder().id("noDueTime").unitId("X1").channel(Channel.DIRECT)
            .received(LocalDate.of(2024, 2, 1)).due(day).finished(day).finishedTime(LocalTime.of(23, 0)).build())
        .add(Dossier.builder().id("nextDay").unitId("X1").channel(Channel.DIRECT)
            .received(LocalDate.of(2024, 2, 1)).due(day).dueTime(LocalTime.of(17, 0)).finished(day.plusDays(1))
            .finishedTime(LocalTime.of(7, 0)).build())
        .build();
    DossierCounts c = t.aggregate(QUARTERS);
    assertEquals(count(5), c.value(FINISHED, "X1", Q1));
    assertEquals(count(2), c.value(FINISHED_LATE, "X1", Q1)); // "after" and "nextDay"
  }

  @Test
  @DisplayName("Phụ lục II, 2.4 Kết quả giải quyết TTHC and 6.6–6.7, from the dossiers")
  void phuLucIiRowsFromTheDossiers() {
    DossierCounts c = table().aggregate(DossierQuery.of(ReportPeriod.ofYear(2024)).withFieldBreakdown(true))
        .rolledUp();
    ReportPeriod y = ReportPeriod.ofYear(2024);
    var rows = c.toPhuLucII("Đất đai", "Xây dựng");
    // D: X1 finished 8 (4 late), X2 finished 2 (1 late, with an apology); d2 also had an apology.
    assertEquals(java.util.Optional.of(ratio(5, 10)), rows.value("2.4.1", "D", y));
    assertEquals(java.util.Optional.of(ratio(5, 10)), rows.value("2.4.2", "D", y));
    assertEquals(java.util.Optional.of(ratio(2, 5)), rows.value("2.4.3", "D", y));
    assertEquals(java.util.Optional.of(ratio(2, 3)), rows.value("2.4.7", "D", y));
    assertEquals(java.util.Optional.of(ratio(1, 2)), rows.value("2.4.8", "D", y));
    assertEquals(java.util.Optional.of(ratio(2, 11)), rows.value("6.6.3", "D", y));
    assertEquals(java.util.Optional.of(ratio(3, 11)), rows.value("6.6.4", "D", y));
    assertEquals(java.util.Optional.of(ratio(4, 11)), rows.value("6.6.5", "D", y)); // d9 came in 2023
    assertEquals(java.util.Optional.of(count(1)), rows.value("6.7.2", "P", y));
    assertThrows(IllegalArgumentException.class,
        () -> table().aggregate(QUARTERS).toPhuLucII("Đất đai", "Xây dựng"));
  }

  @Test
  void everyDossierIndicatorIsInTheBuiltInCatalogue() {
    for (DossierIndicator i : DossierIndicator.values()) {
      assertTrue(IndicatorCatalog.builtIn().contains(i.id()), i.id());
      assertEquals(i.id(), i.indicator().code());
    }
  }

  @Test
  void countsBecomeObservationsOfTheCatalogue() {
    var obs = table().aggregate(QUARTERS).toObservations();
    assertEquals(java.util.Optional.of(ratio(4, 6)), obs.value("dossiers.onTimeRate", "X1", Q1));
    // X1 and X2 have dossiers: 2 units × 4 quarters × 12 indicators.
    assertEquals(2 * 4 * DossierIndicator.values().length, obs.size());
    assertEquals(12, DossierIndicator.values().length);
  }
}
