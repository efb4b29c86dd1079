package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Adding and counting working days agree with each other, over the whole range of the calendar. */
class WorkingCalendarProperties {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
  private static final LocalDate FIRST = LocalDate.of(WorkingCalendar.MIN_YEAR, 1, 1);
  private static final LocalDate LAST = LocalDate.of(WorkingCalendar.MAX_YEAR, 12, 31);

  /** Up to 60 working days forward or back. */
  private static final Gen<Integer> COUNTS = Gens.intsWithEdges(-60, 60);

  @Test
  @DisplayName("addWorkingDays luôn rơi vào ngày làm việc")
  void addWorkingDaysLandsOnAWorkingDay() {
    qt().withExamples(200).forAll(datesToCountFrom(), COUNTS).assuming((d, n) -> n != 0).checkAssert((d, n) -> {
      LocalDate result = CALENDAR.addWorkingDays(d, n);
      assertTrue(CALENDAR.isWorkingDay(result), result.toString());
      assertEquals(n > 0, result.isAfter(d));
    });
  }

  @Test
  @DisplayName("workingDaysBetween(d, addWorkingDays(d, n)) == n cho ngày làm việc d")
  void workingDaysBetweenUndoesAddWorkingDays() {
    qt().withExamples(200).forAll(datesToCountFrom().assuming(CALENDAR::isWorkingDay), COUNTS).checkAssert((d, n) -> {
      assertEquals(n, CALENDAR.workingDaysBetween(d, CALENDAR.addWorkingDays(d, n)));
      assertEquals(d, CALENDAR.addWorkingDays(CALENDAR.addWorkingDays(d, n), -n));
    });
  }

  @Test
  void countingBackwardsIsTheNegatedCount() {
    Gen<LocalDate> dates = Gens.datesWithEdges(FIRST, LAST);
    qt().withExamples(200).forAll(dates, dates).checkAssert((a, b) ->
        assertEquals(-CALENDAR.workingDaysBetween(a, b), CALENDAR.workingDaysBetween(b, a)));
  }

  /** Days from which 60 working days either way stay inside the calendar: Tết can add nine days off to 84. */
  private static Gen<LocalDate> datesToCountFrom() {
    return Gens.datesWithEdges(FIRST.plusDays(120), LAST.minusDays(120));
  }
}
