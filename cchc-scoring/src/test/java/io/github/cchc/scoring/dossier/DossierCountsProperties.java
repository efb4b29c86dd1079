package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cchc.core.org.OrgDirectory;
import io.github.cchc.core.org.OrgKind;
import io.github.cchc.core.org.OrgUnit;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.indicator.IndicatorValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class DossierCountsProperties {
  private static final DossierQuery QUARTERS = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER);
  private static final List<DossierQuery> QUERIES = List.of(QUARTERS,
      QUARTERS.withProfile(DossierProfile.PROFILE_766).withFieldBreakdown(true),
      DossierQuery.of(ReportPeriod.parse("2024S2"), ReportPeriod.Type.MONTH));

  /** A province, two districts, and communes under them. */
  private static OrgDirectory directory(SplittableRandom r) {
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

  private static List<Dossier> dossiers(SplittableRandom r, OrgDirectory dir, int n) {
    List<Dossier> list = new ArrayList<>();
    List<OrgUnit> units = dir.units();
    LocalDate start = LocalDate.of(2023, 11, 1);
    for (int i = 0; i < n; i++) {
      LocalDate received = start.plusDays(r.nextInt(500));
      LocalDate due = received.plusDays(r.nextInt(30));
      Dossier.Builder b = Dossier.builder().id("h" + i).unitId(units.get(r.nextInt(units.size())).id())
          .field(List.of("", "Đất đai", "Xây dựng", "Hộ tịch").get(r.nextInt(4)))
          .received(received).due(due).channel(Channel.values()[r.nextInt(4)])
          .digitized(r.nextBoolean()).paidOnline(r.nextBoolean()).apology(r.nextInt(4) == 0)
          .supplementRequests(r.nextInt(4));
      if (r.nextInt(3) == 0) {
        b.dueTime(LocalTime.of(8 + r.nextInt(9), 0));
      }
      if (r.nextInt(6) != 0) {
        LocalDate finished = received.plusDays(r.nextInt(40));
        b.finished(finished);
        if (r.nextInt(2) == 0) {
          b.finishedTime(LocalTime.of(7 + r.nextInt(11), r.nextInt(60)));
        }
      }
      list.add(b.build());
    }
    return list;
  }

  private static DossierTable table(OrgDirectory dir, List<Dossier> dossiers) {
    DossierTable.Builder b = DossierTable.builder(dir);
    dossiers.forEach(b::add);
    return b.build();
  }

  @Property(tries = 60)
  void rangesMergeToTheWhole(@ForAll @LongRange(min = 1) long seed, @ForAll @IntRange(max = 300) int n,
      @ForAll @IntRange(max = 1000) int cutA, @ForAll @IntRange(max = 1000) int cutB) {
    SplittableRandom r = new SplittableRandom(seed);
    OrgDirectory dir = directory(r);
    DossierTable t = table(dir, dossiers(r, dir, n));
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

  @Property(tries = 60)
  @SuppressWarnings("unused")
  void rollUpToTheProvinceEqualsTheDirectComputation(@ForAll @LongRange(min = 1) long seed,
      @ForAll @IntRange(max = 300) int n) {
    SplittableRandom r = new SplittableRandom(seed);
    OrgDirectory dir = directory(r);
    List<Dossier> dossiers = dossiers(r, dir, n);
    // Direct: every dossier counted for the province itself.
    List<Dossier> atProvince = dossiers.stream().map(d -> (Dossier) Dossier.builder().from(d).unitId("P").build())
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

  @Property(tries = 60)
  void theEngineAgreesWithThePlainDefinitions(@ForAll @LongRange(min = 1) long seed,
      @ForAll @IntRange(max = 300) int n) {
    SplittableRandom r = new SplittableRandom(seed);
    OrgDirectory dir = directory(r);
    List<Dossier> dossiers = dossiers(r, dir, n);
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
