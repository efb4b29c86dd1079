package io.github.cchc.reporting.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A timeline (Gantt) chart: one bar per item from its first to its last day, such as the visits of an inspection
 * schedule.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the title
 * @param items the items, in the order drawn
 */
public record TimelineChart(String title, List<Item> items) implements Chart {

  /**
   * One item.
   *
   * @param label the label, such as the inspected unit
   * @param start the first day
   * @param end the last day, inclusive
   */
  public record Item(String label, LocalDate start, LocalDate end) {
    /**
     * Creates an item.
     *
     * @param label the label
     * @param start the first day
     * @param end the last day, inclusive, not before the first
     * @throws IllegalArgumentException if the end is before the start
     */
    public Item {
      label = ChartTexts.nfc(label, "item label");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("Item '" + label + "' ends " + end + " before it starts " + start);
      }
    }

    /**
     * Creates an item.
     *
     * @param label the label
     * @param start the first day
     * @param end the last day, inclusive, not before the first
     * @return the item
     * @throws IllegalArgumentException if the end is before the start
     */
    public static Item of(String label, LocalDate start, LocalDate end) {
      return new Item(label, start, end);
    }
  }

  /**
   * Creates a timeline chart.
   *
   * @param title the title, not blank
   * @param items the items
   * @throws IllegalArgumentException if the title is blank
   */
  public TimelineChart {
    title = ChartTexts.nonBlank(title, "title");
    items = List.copyOf(items);
  }

  /**
   * Creates a timeline chart.
   *
   * @param title the title, not blank
   * @param items the items
   * @return the chart
   * @throws IllegalArgumentException if the title is blank
   */
  public static TimelineChart of(String title, List<Item> items) {
    return new TimelineChart(title, items);
  }

  @Override
  public boolean isEmpty() {
    return items.isEmpty();
  }
}
