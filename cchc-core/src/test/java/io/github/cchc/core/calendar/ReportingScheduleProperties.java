package io.github.cchc.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.cchc.testing.Gens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard schedule finds the next due report from any date of the report periods' years. */
class ReportingScheduleProperties {

  /** The last date from which nextDue, asked of every day up to the next due date, looks ahead two years in 9999. */
  private static final LocalDate LAST_ASKED = LocalDate.of(9996, 12, 15);

  private final ReportingSchedule standard = ReportingSchedule.standard();

  @Test
  void theNextDueReportIsNotBeforeTheDateAndNothingIsDueInBetween() {
    // Report periods run from 1900 to 9999 and nextDue looks two years ahead of each date the property asks about.
    qt().withExamples(200).forAll(Gens.datesWithEdges(LocalDate.of(1900, 1, 1), LAST_ASKED))
        .checkAssert(asOf -> {
          List<ReportDue> next = standard.nextDue(asOf);
          LocalDate due = next.get(0).dueDate();
          assertTrue(!due.isBefore(asOf), due + " before " + asOf);
          for (LocalDate d = asOf; d.isBefore(due); d = d.plusDays(1)) {
            assertEquals(due, standard.nextDue(d).get(0).dueDate(), "as of " + d);
          }
          LocalDate after = standard.nextDue(due.plusDays(1)).get(0).dueDate();
          assertTrue(after.isAfter(due), "the day after " + due + " the next is " + after);
        });
  }
}
