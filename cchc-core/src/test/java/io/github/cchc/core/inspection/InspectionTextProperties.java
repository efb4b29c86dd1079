package io.github.cchc.core.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** {@code parse(toString())} is the identity for day counts and windows, and bad text is refused as documented. */
class InspectionTextProperties {

  @Test
  void aDayCountReadsBackWhatItWrites() {
    qt().withExamples(200).forAll(Gens.intsWithEdges(0, Integer.MAX_VALUE), Generate.enumValues(DayType.class))
        .checkAssert((days, type) -> {
          DayCount count = new DayCount(days, type);
          assertEquals(count, DayCount.parse(count.toString()));
        });
  }

  @Test
  void aWindowReadsBackWhatItWrites() {
    qt().withExamples(200).forAll(windows())
        .checkAssert(window -> assertEquals(window, InspectionWindow.parse(window.toString())));
  }

  @Test
  void badWindowTextIsRefusedAsDocumented() {
    qt().withExamples(200).forAll(windowTexts()).checkAssert(text -> {
      try {
        InspectionWindow window = InspectionWindow.parse(text);
        assertEquals(window, InspectionWindow.parse(window.toString()));
      } catch (NumberFormatException e) {
        throw new AssertionError("Unexpected " + e.getClass().getName() + " for '" + text + "'", e);
      } catch (DateTimeException | IllegalArgumentException e) {
        // documented: a part that is no quarter or range, or an empty range
      }
    });
  }

  /** One to four quarters of the years an inspection plan may have, or one range of 1 to 400 days from 1950. */
  private static Gen<InspectionWindow> windows() {
    Gen<YearQuarter> quarters = Gens.intsWithEdges(InspectionPlan.MIN_YEAR, InspectionPlan.MAX_YEAR)
        .zip(Gens.intsWithEdges(1, 4), YearQuarter::of);
    Gen<InspectionWindow> ofQuarters = Gens.listsOf(quarters, 1, 4).map(qs -> InspectionWindow.ofQuarters(qs));
    Gen<InspectionWindow> ofRange = Gens.datesWithEdges(LocalDate.of(1950, 1, 1), LocalDate.of(2223, 10, 16))
        .zip(Gens.intsWithEdges(1, 400), (first, length) ->
            InspectionWindow.ofRange(LocalDateRange.of(first, first.plusDays(length))));
    return Generate.oneOf(ofQuarters, ofRange);
  }

  /** Near misses of the two forms, strings of their characters, hostile text and any UTF-16 text. */
  private static Gen<String> windowTexts() {
    return Generate.oneOf(
        Gens.oneOf(List.of("", ",", "2024Q2,", "2024Q5", "2024-04-01/2024-04-01", "2024-04-01/2023-04-01",
            "2024-04-01/", "/2024-04-01", "2024Q2,2024-04-01/2024-05-01", "99999999999Q1", "2024Q2 ,  2024Q3")),
        Gens.strings("0123456789Q-/,+ ", 0, 30),
        Gens.hostileText(8),
        Gens.anyUtf16(20));
  }
}
