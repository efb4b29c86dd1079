package io.github.cchc.core.finding;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The document breaks a rule it must meet. */
  ERROR("Lỗi"),
  /** The document is usable but has a defect worth fixing, such as a missing task number. */
  WARNING("Cảnh báo"),
  /** Information only. */
  INFO("Thông tin");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, such as "Cảnh báo"
   */
  public String label() {
    return label;
  }
}
