package io.github.cchc.core.timeframe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

class TimeframePropertiesTest {

  /** Words of real cells, including those the grammar gives a meaning to, to tempt the parser. */
  private static final List<String> WORDS =
      List.of(
          "Kế", "hoạch", "ban", "hành", "Báo", "cáo", "kết", "quả", "rà", "soát,", "đánh", "giá", "quý", "năm", "tháng",
          "theo", "trong", "từ", "đến", "ngày", "Hàng", "thường", "xuyên", "6", "2024", "I", "IV", "Tổng", "kết",
          "(lần", "2)", "của", "Bộ", "Nội", "vụ", "trước", "chậm", "nhất");

  @Property(tries = 300)
  void parseReadsBackTheCanonicalText(@ForAll("timeframes") Timeframe t) {
    assertEquals(t, Timeframe.parse(t.toString()));
  }

  @Property(tries = 200)
  void parseIgnoresCaseDiacriticsAndSpacingOfTheGrammar(@ForAll("periods") Timeframe t) {
    String plain = Normalizer.normalize(t.toString(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
    assertEquals(t, Timeframe.parse(plain.toUpperCase(java.util.Locale.ROOT).replace(" ", "   ")));
  }

  @Property(tries = 200)
  void dueDateIsTheLastOfTheDueDates(@ForAll("timeframes") Timeframe t) {
    List<LocalDate> due = t.dueDates();
    assertEquals(due.isEmpty() ? Optional.empty() : Optional.of(due.get(due.size() - 1)), t.dueDate());
    assertEquals(!due.isEmpty(), t.hasDueDate());
    for (int i = 1; i < due.size(); i++) {
      assertTrue(due.get(i - 1).isBefore(due.get(i)), "in order without repeats: " + due);
    }
  }

  @Property(tries = 200)
  void aPeriodIsDueOnItsLastDay(@ForAll("periods") Timeframe t) {
    LocalDateRange period = t.period().orElseThrow();
    assertEquals(Optional.of(period.getEnd().minusDays(1)), t.dueDate());
  }

  @Provide
  Arbitrary<Timeframe> timeframes() {
    return Arbitraries.oneOf(periodValues(), dates(), ranges(), recurrences(), setBy(), milestones(), ongoing());
  }

  @Provide
  Arbitrary<Timeframe> periods() {
    return periodValues();
  }

  private static Arbitrary<Timeframe> periodValues() {
    return Arbitraries.oneOf(months(), quarters(), halves(), years());
  }

  private static Arbitrary<Year> yearValues() {
    return Arbitraries.integers().between(1990, 2100).map(Year::of);
  }

  private static Arbitrary<Timeframe> months() {
    return Combinators.combine(yearValues(), Arbitraries.integers().between(1, 12))
        .as((y, m) -> Timeframe.month(y.atMonth(m)));
  }

  private static Arbitrary<Timeframe> quarters() {
    Arbitrary<YearQuarter> quarter =
        Combinators.combine(Arbitraries.integers().between(2019, 2026), Arbitraries.integers().between(1, 4))
            .as(YearQuarter::of);
    return quarter.list().ofMinSize(1).ofMaxSize(4).map(Timeframe.InQuarters::new);
  }

  private static Arbitrary<Timeframe> halves() {
    return Combinators.combine(yearValues(), Arbitraries.integers().between(1, 2))
        .as((y, h) -> Timeframe.half(YearHalf.of(y, h)));
  }

  private static Arbitrary<Timeframe> years() {
    return yearValues().map(Timeframe::year);
  }

  private static Arbitrary<Timeframe> dates() {
    Arbitrary<LocalDate> day =
        Arbitraries.longs()
            .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(day, Arbitraries.of(DateQualifier.class)).as(Timeframe.OnDate::new);
  }

  private static Arbitrary<Timeframe> rangeEnds() {
    Arbitrary<Timeframe> days =
        Arbitraries.longs()
            .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
            .map(d -> Timeframe.on(LocalDate.ofEpochDay(d)));
    Arbitrary<Timeframe> singleQuarters =
        Combinators.combine(Arbitraries.integers().between(2000, 2030), Arbitraries.integers().between(1, 4))
            .as((y, q) -> Timeframe.quarters(YearQuarter.of(y, q)));
    return Arbitraries.oneOf(days, months(), singleQuarters, halves(), years());
  }

  private static Arbitrary<Timeframe> ranges() {
    return Combinators.combine(rangeEnds(), rangeEnds())
        .as(
            (a, b) -> {
              LocalDate endA = a.period().orElseThrow().getEnd();
              LocalDate endB = b.period().orElseThrow().getEnd();
              return endA.isAfter(endB) ? Timeframe.between(b, a) : Timeframe.between(a, b);
            });
  }

  private static Arbitrary<Timeframe> recurrences() {
    return Combinators.combine(
            Arbitraries.of(Recurrence.class),
            yearValues().optional(),
            Arbitraries.of(Month.class).list().ofMaxSize(3))
        .as(Timeframe.Recurring::new);
  }

  private static Arbitrary<String> labels() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
  }

  private static Arbitrary<Timeframe> setBy() {
    return labels().map(Timeframe::setBy);
  }

  private static Arbitrary<Timeframe> ongoing() {
    return Arbitraries.just(Timeframe.ongoing());
  }

  private static Arbitrary<Timeframe> milestones() {
    Arbitrary<Timeframe> inner = Arbitraries.oneOf(periodValues(), dates(), ranges(), recurrences(), setBy(), ongoing());
    Arbitrary<Timeframe.Milestone> milestone =
        Combinators.combine(labels().optional(), inner).as(Timeframe.Milestone::new);
    return milestone
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .filter(ms -> ms.size() > 1 || ms.get(0).label().isPresent())
        .map(Timeframe::milestones);
  }

  @Property(tries = 50)
  void monthsAreTheirYearMonth(@ForAll("monthValues") YearMonth m) {
    assertEquals(Optional.of(m.atEndOfMonth()), Timeframe.month(m).dueDate());
  }

  @Provide
  Arbitrary<YearMonth> monthValues() {
    return Combinators.combine(yearValues(), Arbitraries.integers().between(1, 12)).as(Year::atMonth);
  }
}
