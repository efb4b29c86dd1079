package io.github.cchc.scoring.indicator;

/**
 * The tasks of a plan counted by where they stand on a date. Tasks with no due date are counted apart, never guessed
 * into on time or overdue: ongoing tasks ("Thường xuyên"), tasks whose time another body sets, and tasks with no
 * usable timeframe. A done task whose completion date is not recorded is counted as done and as unknown timeliness.
 *
 * <p>Counts add with {@link #plus(TaskCounts)}, which is associative and commutative with {@link #ZERO} as identity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param set the tasks in the plan, cancelled ones included
 * @param done the tasks done on or before the date
 * @param doneOnTime done no later than their due date
 * @param doneLate done after their due date
 * @param overdue not done by the date, whose due date has passed
 * @param notYetDue not done by the date, whose due date has not passed
 * @param ongoing tasks without deadline ("Thường xuyên")
 * @param setByOther tasks whose time another body sets
 * @param noTimeframe tasks without a timeframe that gives a due date (missing, or a recurrence without a year)
 * @param unknown done tasks with a due date but no recorded completion date
 * @param cancelled cancelled tasks
 */
public record TaskCounts(long set, long done, long doneOnTime, long doneLate, long overdue, long notYetDue,
    long ongoing, long setByOther, long noTimeframe, long unknown, long cancelled) {

  /** No task. */
  public static final TaskCounts ZERO = new TaskCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public TaskCounts {
    for (long n : new long[] {set, done, doneOnTime, doneLate, overdue, notYetDue, ongoing, setByOther, noTimeframe,
        unknown, cancelled}) {
      if (n < 0) {
        throw new IllegalArgumentException("Task counts cannot be negative: " + n);
      }
    }
  }

  /**
   * Adds two sets of counts.
   *
   * @param o the other counts
   * @return the sum
   */
  public TaskCounts plus(TaskCounts o) {
    return new TaskCounts(set + o.set, done + o.done, doneOnTime + o.doneOnTime, doneLate + o.doneLate,
        overdue + o.overdue, notYetDue + o.notYetDue, ongoing + o.ongoing, setByOther + o.setByOther,
        noTimeframe + o.noTimeframe, unknown + o.unknown, cancelled + o.cancelled);
  }
}
