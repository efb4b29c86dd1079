package io.github.cchc.core.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** {@code parse(toString())} is the identity for day counts and windows, and bad text is refused as documented. */
class InspectionTextProperties {

  @Property(tries = 200)
  void aDayCountReadsBackWhatItWrites(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int days,
      @ForAll DayType type) {
    DayCount count = new DayCount(days, type);
    assertEquals(count, DayCount.parse(count.toString()));
  }

  @Example
  void aDayCountTooLargeForAnIntIsRefusedNotOverflowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DayCount.parse("99999999999 working days"));
    assertEquals("Not a day count: '99999999999 working days' (the number is too large)", e.getMessage());
  }

  @Property(tries = 200)
  void aWindowReadsBackWhatItWrites(@ForAll("windows") InspectionWindow window) {
    assertEquals(window, InspectionWindow.parse(window.toString()));
  }

  @Provide
  Arbitrary<InspectionWindow> windows() {
    Arbitrary<YearQuarter> quarters = Arbitraries.integers().between(1900, 2200)
        .flatMap(y -> Arbitraries.integers().between(1, 4).map(q -> YearQuarter.of(y, q)));
    Arbitrary<InspectionWindow> ofQuarters = quarters.list().ofMinSize(1).ofMaxSize(4)
        .map(InspectionWindow::ofQuarters);
    Arbitrary<InspectionWindow> ofRange = Arbitraries.integers().between(0, 100_000)
        .flatMap(start -> Arbitraries.integers().between(1, 400).map(length -> {
          LocalDate first = LocalDate.of(1950, 1, 1).plusDays(start);
          return InspectionWindow.ofRange(LocalDateRange.of(first, first.plusDays(length)));
        }));
    return Arbitraries.oneOf(ofQuarters, ofRange);
  }

  @Property(tries = 200)
  void badWindowTextIsRefusedAsDocumented(@ForAll("windowTexts") String text) {
    try {
      InspectionWindow window = InspectionWindow.parse(text);
      assertEquals(window, InspectionWindow.parse(window.toString()));
    } catch (NumberFormatException e) {
      throw new AssertionError("Unexpected " + e.getClass().getName() + " for '" + text + "'", e);
    } catch (DateTimeException | IllegalArgumentException e) {
      // documented: a part that is no quarter or range, or an empty range
    }
  }

  @Provide
  Arbitrary<String> windowTexts() {
    return Arbitraries.oneOf(
        Arbitraries.of(List.of("", ",", "2024Q2,", "2024Q5", "2024-04-01/2024-04-01", "2024-04-01/2023-04-01",
            "2024-04-01/", "/2024-04-01", "2024Q2,2024-04-01/2024-05-01", "99999999999Q1", "2024Q2 ,  2024Q3")),
        Arbitraries.strings().withChars("0123456789Q-/,+ ").ofMaxLength(30),
        Arbitraries.strings().all().ofMaxLength(20));
  }
}
