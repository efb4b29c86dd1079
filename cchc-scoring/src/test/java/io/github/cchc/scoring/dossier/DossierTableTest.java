package io.github.cchc.scoring.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The builder's two ways in (dossiers and reusable rows), its end, and aggregation on the caller's executor. */
class DossierTableTest {
  private static final DossierQuery QUARTERS = DossierQuery.of(ReportPeriod.ofYear(2024), ReportPeriod.Type.QUARTER);

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  private static DossierTable fixture() {
    DossierLoad load = Fixtures.load("dossiers-en.csv", true);
    return load.table();
  }

  @Test
  @DisplayName("A reused row appends what a dossier adds")
  void aReusedRowAppendsWhatADossierAdds() {
    DossierTable.Builder byDossier = DossierTable.builder(Fixtures.DIR);
    byDossier.add(Dossier.builder().id("a").unitId("X1").field("Đất đai").received(LocalDate.parse("2024-01-10"))
        .due(LocalDate.parse("2024-01-20")).finished(LocalDate.parse("2024-01-25")).channel(Channel.ONLINE_FULL)
        .digitized(true).apology(true).supplementRequests(2).build());
    byDossier.add(Dossier.builder().id("b").unitId("S").received(LocalDate.parse("2024-02-01"))
        .due(LocalDate.parse("2024-02-05")).channel(Channel.POSTAL).paidOnline(true).build());
    DossierTable.Builder byRow = DossierTable.builder(Fixtures.DIR);
    DossierTable.Row row = new DossierTable.Row();
    byRow.append(row.unit(byRow.unitIndex("X1")).field(byRow.fieldIndex("Đất đai")).receivedDay(day("2024-01-10"))
        .dueDay(day("2024-01-20")).finishedDay(day("2024-01-25")).channel(Channel.ONLINE_FULL).digitized(true)
        .apology(true).supplementRequests(2));
    byRow.append(row.clear().unit(byRow.unitIndex("S")).receivedDay(day("2024-02-01")).dueDay(day("2024-02-05"))
        .channel(Channel.POSTAL).paidOnline(true));
    DossierTable a = byDossier.build();
    DossierTable b = byRow.build();
    for (DossierQuery q : List.of(QUARTERS, QUARTERS.withProfile(DossierProfile.PROFILE_766).withFieldBreakdown(true))) {
      assertEquals(a.aggregate(q), b.aggregate(q), q.toString());
    }
    assertEquals(a.fields(), b.fields());
  }

  @Test
  void aRowWithoutItsUnitDatesOrChannelIsRefused() {
    DossierTable.Builder b = DossierTable.builder(Fixtures.DIR);
    DossierTable.Row complete = new DossierTable.Row().unit(0).receivedDay(day("2024-01-10"))
        .dueDay(day("2024-01-20")).channel(Channel.DIRECT);
    b.append(complete);
    List<Consumer<DossierTable.Row>> unset = List.of(r -> r.unit(-1), r -> r.receivedDay(Integer.MIN_VALUE),
        r -> r.dueDay(Integer.MIN_VALUE));
    for (Consumer<DossierTable.Row> u : unset) {
      DossierTable.Row r = new DossierTable.Row().unit(0).receivedDay(day("2024-01-10")).dueDay(day("2024-01-20"))
          .channel(Channel.DIRECT);
      u.accept(r);
      assertThrows(ModelRuleException.class, () -> b.append(r), r.toString());
    }
    ModelRuleException e = assertThrows(ModelRuleException.class,
        () -> b.append(new DossierTable.Row().unit(0).receivedDay(day("2024-01-10")).dueDay(day("2024-01-20"))));
    assertTrue(e.getMessage().contains("channel=null"), e.getMessage());
    assertThrows(ModelRuleException.class, () -> b.append(new DossierTable.Row().unit(0)
        .receivedDay(day("2024-01-10")).dueDay(day("2024-01-20")).finishedDay(day("2024-01-09"))
        .channel(Channel.DIRECT)));
    assertEquals(1, b.size());
  }

  @Test
  @DisplayName("After build(), add, append, build and the dictionaries throw one IllegalStateException")
  void aBuiltBuilderRefusesEverythingTheSameWay() {
    DossierTable.Builder b = DossierTable.builder(Fixtures.DIR);
    b.build();
    Dossier d = Dossier.builder().id("a").unitId("X1").received(LocalDate.parse("2024-01-10"))
        .due(LocalDate.parse("2024-01-20")).channel(Channel.DIRECT).build();
    DossierTable.Row row = new DossierTable.Row().unit(0).receivedDay(day("2024-01-10")).dueDay(day("2024-01-20"))
        .channel(Channel.DIRECT);
    List<Runnable> calls = List.of(() -> b.add(d), () -> b.append(row), b::build, () -> b.fieldIndex("Đất đai"),
        () -> b.procedureIndex("1.001"));
    for (Runnable call : calls) {
      IllegalStateException e = assertThrows(IllegalStateException.class, call::run);
      assertEquals("This builder has already built its table", e.getMessage());
    }
    assertEquals(2, b.unitIndex("D"));
  }

  @Test
  @DisplayName("aggregate(query, executor) runs its ranges on the caller's executor and counts as one pass")
  void aggregationOnTheCallersExecutor() {
    DossierTable t = fixture();
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      DossierCounts expected = t.aggregate(QUARTERS);
      assertEquals(expected, t.aggregate(QUARTERS, task -> {
        tasks.incrementAndGet();
        pool.execute(task);
      }));
      assertEquals(1, tasks.get(), "a table of 12 rows is one range");
      tasks.set(0);
      assertEquals(expected, t.aggregate(QUARTERS, 5, task -> {
        tasks.incrementAndGet();
        pool.execute(task);
      }));
      assertEquals(5, tasks.get());
      assertEquals(expected, t.aggregate(QUARTERS, 12, pool));
      assertEquals(expected, t.aggregate(QUARTERS, 40, Runnable::run), "more ranges than rows");
    } finally {
      pool.shutdownNow();
    }
    assertThrows(IllegalArgumentException.class, () -> t.aggregate(QUARTERS, 0, Runnable::run));
    assertThrows(RejectedExecutionException.class, () -> t.aggregate(QUARTERS, task -> {
      throw new RejectedExecutionException("full");
    }));
  }

  @Test
  @DisplayName("aggregate(query, threads) shares its threads between calls instead of starting a pool each time")
  void theThreadsOverloadSharesItsThreads() {
    DossierTable t = fixture();
    DossierCounts expected = t.aggregate(QUARTERS);
    for (int i = 0; i < 30; i++) {
      assertEquals(expected, t.aggregate(QUARTERS, 3));
    }
    long threads = Thread.getAllStackTraces().keySet().stream()
        .filter(th -> th.getName().equals("cchc-dossier-aggregate")).count();
    assertTrue(threads >= 1 && threads <= Runtime.getRuntime().availableProcessors(), threads + " threads");
  }
}
