package io.github.cchc.core.calendar;

/** Where a year's days off come from. */
public enum ScheduleStatus {
  /** Read from a published schedule: the bundled data or a file the user supplied. */
  OFFICIAL("Lịch nghỉ chính thức"),
  /** Computed from the statutory rules of the Labour Code 2019, for a year without data. */
  COMPUTED("Tính theo Bộ luật Lao động 2019");

  private final String label;

  ScheduleStatus(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
