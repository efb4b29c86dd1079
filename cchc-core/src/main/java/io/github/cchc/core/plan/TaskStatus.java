package io.github.cchc.core.plan;

/** Where a task of a plan stands, with its Vietnamese label. */
public enum TaskStatus {
  /** Not started yet: the state of every task when the plan is issued. */
  NOT_STARTED("Chưa thực hiện"),
  /** Work has begun but the output is not issued. */
  IN_PROGRESS("Đang thực hiện"),
  /** Done: the output is issued. */
  DONE("Đã hoàn thành"),
  /** Dropped by a later decision; it counts neither as done nor as late. */
  CANCELLED("Đã hủy");

  private final String label;

  TaskStatus(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, such as "Đã hoàn thành"
   */
  public String label() {
    return label;
  }
}
