package io.github.cchc.scoring.scorecard;

/** Whether a task scored by a {@link MethodKind#DEADLINE} criterion was done on time, late or not at all. */
public enum DeadlineStatus {
  /** Done on time. */
  MET("Đúng hạn"),
  /** Done, but late. */
  LATE("Trễ hạn"),
  /** Not done. */
  MISSING("Không thực hiện");

  private final String label;

  DeadlineStatus(String label) {
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
