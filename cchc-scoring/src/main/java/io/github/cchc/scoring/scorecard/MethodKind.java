package io.github.cchc.scoring.scorecard;

/** The kinds of scoring method a leaf criterion can use, each with its Vietnamese label. */
public enum MethodKind {
  /** Có / Không: the full points or none. */
  YES_NO("Có/Không"),
  /** Ordered bands of a rate, each giving a fraction of the maximum. */
  BANDS("Theo khung tỷ lệ"),
  /** Points rise linearly with a rate up to a threshold, full at and above it (the 766 rule). */
  LINEAR_THRESHOLD("Tuyến tính đến ngưỡng"),
  /** Done on time, late or not done, each with its points. */
  DEADLINE("Đúng hạn/Trễ hạn/Không thực hiện"),
  /** Points given directly within 0..max. */
  MANUAL("Chấm điểm trực tiếp"),
  /** Sociological survey: answer shares weighted per option. */
  SURVEY("Điều tra xã hội học"),
  /** A rate taken from an indicator, then scored with bands or a linear threshold. */
  DERIVED("Tính từ chỉ số");

  private final String label;

  MethodKind(String label) {
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
