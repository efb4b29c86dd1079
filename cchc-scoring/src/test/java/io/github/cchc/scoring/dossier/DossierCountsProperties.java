package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.indicator.IndicatorValue;
import io.github.cchc.testing.Choices;
import io.github.cchc.testing.Gens;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DossierCountsProperties {
  private static final DossierQuery QUARTERS = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER);
  private static final List<DossierQuery> QUERIES = List.of(QUARTERS,
      QUARTERS.withProfile(DossierProfile.PROFILE_766).withFieldBreakdown(true),
      DossierQuery.of(ReportPeriod.parse("2024S2"), ReportPeriod.Type.MONTH));

  /** A province, two districts, and communes under them. */
  private static OrgDirectory directory(Choices r) {
    List<OrgUnit> units = new ArrayList<>();
    units.add(Fixtures.unit("P", OrgKind.PROVINCE, null));
    units.add(Fixtures.unit("S", OrgKind.DEPARTMENT, "P"));
    for (int d = 0; d < 2; d++) {
      units.add(Fixtures.unit("D" + d, OrgKind.DISTRICT, "P"));
      int communes = 1 + r.nextInt(4);
      for (int c = 0; c < communes; c++) {
        units.add(Fixtures.unit("D" + d + "X" + c, OrgKind.COMMUNE, "D" + d));
      }
    }
    return OrgDirectory.of(units);
  }

  /** Up to 300 dossiers from November 2023 to March 2025, a sixth of them unfinished. */
  private static List<Dossier> dossiers(Choices r, OrgDirectory dir) {
    return r.listOf(300, (c, i) -> dossier(c, dir.units(), i));
  }

  // Every draw is made whether it is used or not, so that each dossier makes as many draws as the next and shrinking
  // one leaves the others in place. Where a draw decides, its shrunk value (0) is the plainer case.
  private static Dossier dossier(Choices r, List<OrgUnit> units, int i) {
    LocalDate received = LocalDate.of(2023, 11, 1).plusDays(r.nextInt(500));
    LocalDate due = received.plusDays(r.nextInt(30));
    Dossier.Builder b = Dossier.builder().id("h" + i).unitId(units.get(r.nextInt(units.size())).id())
        .field(List.of("", "Đất đai", "Xây dựng", "Hộ tịch").get(r.nextInt(4)))
        .received(received).due(due).channel(Channel.values()[r.nextInt(4)])
        .digitized(r.nextBoolean()).paidOnline(r.nextBoolean()).apology(r.nextInt(4) == 3)
        .supplementRequests(r.nextInt(4));
    boolean withDueTime = r.nextInt(3) == 2;
    LocalTime dueTime = LocalTime.of(8 + r.nextInt(9), 0);
    boolean finished = r.nextInt(6) != 0;
    LocalDate finishedOn = received.plusDays(r.nextInt(40));
    boolean withFinishedTime = r.nextInt(2) == 1;
    LocalTime finishedTime = LocalTime.of(7 + r.nextInt(11), r.nextInt(60));
    if (withDueTime) {
      b.dueTime(dueTime);
    }
    if (finished) {
      b.finished(finishedOn);
      if (withFinishedTime) {
        b.finishedTime(finishedTime);
      }
    }
    return b.build();
  }

  /** A directory and up to 300 dossiers of its units; every choice shrinks, so a failure shrinks to few, plain rows. */
  record Case(OrgDirectory dir, List<Dossier> dossiers) {
    @Override
    public String toString() {
      return dir.units().stream().map(OrgUnit::id).toList() + " " + dossiers;
    }
  }

  private static Gen<Case> cases() {
    return Gens.from(r -> {
      OrgDirectory dir = directory(r);
      return new Case(dir, dossiers(r, dir));
    });
  }

  private static DossierTable table(OrgDirectory dir, List<Dossier> dossiers) {
    DossierTable.Builder b = DossierTable.builder(dir);
    dossiers.forEach(b::add);
    return b.build();
  }

  @Test
  void rangesMergeToTheWhole() {
    qt().withExamples(60).forAll(cases(), Gens.intsWithEdges(0, 1000), Gens.intsWithEdges(0, 1000))
        .checkAssert(DossierCountsProperties::assertRangesMergeToTheWhole);
  }

  private static void assertRangesMergeToTheWhole(Case c, int cutA, int cutB) {
    OrgDirectory dir = c.dir();
    int n = c.dossiers().size();
    DossierTable t = table(dir, c.dossiers());
    int a = Math.min(cutA, cutB) * n / 1000;
    int b = Math.max(cutA, cutB) * n / 1000;
    for (DossierQuery q : QUERIES) {
      DossierCounts whole = t.aggregate(q);
      DossierCounts x = t.aggregate(q, 0, a);
      DossierCounts y = t.aggregate(q, a, b);
      DossierCounts z = t.aggregate(q, b, n);
      assertEquals(whole, x.merge(y).merge(z));
      assertEquals(whole, x.merge(y.merge(z)));
      assertEquals(whole, z.merge(x).merge(y));
      assertEquals(whole, whole.merge(DossierCounts.empty(dir, q)));
      assertEquals(whole, DossierCounts.empty(dir, q).merge(whole));
      assertEquals(whole, t.aggregate(q, 3));
    }
  }

  @Test
  void rollUpToTheProvinceEqualsTheDirectComputation() {
    qt().withExamples(60).forAll(cases()).checkAssert(DossierCountsProperties::assertRollUpEqualsTheDirectComputation);
  }

  private static void assertRollUpEqualsTheDirectComputation(Case c) {
    OrgDirectory dir = c.dir();
    List<Dossier> dossiers = c.dossiers();
    // Direct: every dossier counted for the province itself.
    List<Dossier> atProvince = dossiers.stream().map(d -> Dossier.builder().from(d).unitId("P").build())
        .toList();
    for (DossierQuery q : QUERIES) {
      DossierCounts rolled = table(dir, dossiers).aggregate(q).rolledUp();
      DossierCounts direct = table(dir, atProvince).aggregate(q);
      for (ReportPeriod p : q.periods()) {
        for (DossierIndicator i : DossierIndicator.values()) {
          assertEquals(direct.value(i, "P", p), rolled.value(i, "P", p), i + " " + p);
          if (q.byField()) {
            assertEquals(direct.value(i, "P", "Đất đai", p), rolled.value(i, "P", "Đất đai", p), i + " " + p);
          }
        }
      }
    }
  }

  /** The definitions of the indicators written plainly over the dossier objects. */
  private static IndicatorValue oracle(DossierIndicator i, List<Dossier> ds, String unit, ReportPeriod p,
      boolean profile766) {
    long received = 0;
    long finished = 0;
    long late = 0;
    long apologies = 0;
    long overdue = 0;
    long[] channels = new long[4];
    long digitized = 0;
    for (Dossier d : ds) {
      if (!d.unitId().equals(unit)) {
        continue;
      }
      if (p.contains(d.received())) {
        received++;
        channels[d.channel().ordinal()]++;
        digitized += d.digitized() ? 1 : 0;
      }
      if (d.finished().isPresent() && p.contains(d.finished().get())) {
        finished++;
        boolean isLate = d.finished().get().isAfter(d.due()) || d.lateOnDueDay()
            || profile766 && d.supplementRequests() > 1;
        late += isLate ? 1 : 0;
        apologies += isLate && d.apology() ? 1 : 0;
      }
      boolean pendingAtEnd = d.finished().map(f -> f.isAfter(p.lastDay())).orElse(true);
      if (!d.received().isAfter(p.lastDay()) && pendingAtEnd && !d.due().isAfter(p.lastDay())) {
        overdue++;
      }
    }
    return switch (i) {
      case RECEIVED -> IndicatorValue.count(received);
      case FINISHED -> IndicatorValue.count(finished);
      case FINISHED_ON_TIME -> IndicatorValue.count(finished - late);
      case FINISHED_LATE -> IndicatorValue.count(late);
      case PENDING_OVERDUE -> IndicatorValue.count(overdue);
      case ON_TIME_RATE -> IndicatorValue.ratio(finished - late, finished);
      case DIRECT_RATE -> IndicatorValue.ratio(channels[Channel.DIRECT.ordinal()], received);
      case ONLINE_FULL_RATE -> IndicatorValue.ratio(channels[Channel.ONLINE_FULL.ordinal()], received);
      case ONLINE_PARTIAL_RATE -> IndicatorValue.ratio(channels[Channel.ONLINE_PARTIAL.ordinal()], received);
      case POSTAL_RATE -> IndicatorValue.ratio(channels[Channel.POSTAL.ordinal()], received);
      case DIGITIZED_RATE -> IndicatorValue.ratio(digitized, received);
      case APOLOGY_RATE -> IndicatorValue.ratio(apologies, late);
    };
  }

  @Test
  void theEngineAgreesWithThePlainDefinitions() {
    qt().withExamples(60).forAll(cases())
        .checkAssert(DossierCountsProperties::assertTheEngineAgreesWithThePlainDefinitions);
  }

  private static void assertTheEngineAgreesWithThePlainDefinitions(Case example) {
    OrgDirectory dir = example.dir();
    List<Dossier> dossiers = example.dossiers();
    DossierTable t = table(dir, dossiers);
    for (DossierQuery q : QUERIES) {
      DossierCounts c = t.aggregate(q);
      for (OrgUnit u : dir.units()) {
        for (ReportPeriod p : q.periods()) {
          for (DossierIndicator i : DossierIndicator.values()) {
            assertEquals(oracle(i, dossiers, u.id(), p, q.profile() == DossierProfile.PROFILE_766),
                c.value(i, u.id(), p), i + " " + u.id() + " " + p);
          }
        }
      }
    }
  }
}
