package io.github.cchc.core.plan;

/**
 * Whether a task was or is done in time, as of a given date. The answer is never guessed: a task without a due date
 * (an ongoing task, or one whose time another body sets) is {@link #NO_DUE_DATE}, and a done task whose completion
 * date is not recorded is {@link #UNKNOWN}.
 *
 * @see Task#timeliness(java.time.LocalDate)
 */
public enum Timeliness {
  /** Done no later than its due date. */
  ON_TIME("Đúng hạn"),
  /** Done after its due date. */
  LATE("Trễ hạn"),
  /** Not done, and its due date has passed. */
  OVERDUE("Quá hạn, chưa hoàn thành"),
  /** Not done, and its due date has not passed yet. */
  NOT_YET_DUE("Chưa đến hạn"),
  /** The task has no due date: ongoing, recurring without an end, or set by another body. */
  NO_DUE_DATE("Không có thời hạn xác định"),
  /** Done, but the completion date is not recorded, so the answer cannot be given. */
  UNKNOWN("Chưa xác định"),
  /** The task was cancelled. */
  CANCELLED("Đã hủy");

  private final String label;

  Timeliness(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, such as "Đúng hạn"
   */
  public String label() {
    return label;
  }
}
