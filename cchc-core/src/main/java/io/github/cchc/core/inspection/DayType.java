package io.github.cchc.core.inspection;

import java.util.Locale;
import java.util.Objects;

/**
 * How a plan counts days: calendar days ("trước 10 ngày") or working days ("03 ngày làm việc").
 */
public enum DayType {
  /** Every day counts. */
  CALENDAR("ngày", "calendar days"),
  /** Only working days count: Monday to Friday, less public holidays, plus make-up Saturdays. */
  WORKING("ngày làm việc", "working days");

  private final String label;
  private final String labelEn;

  DayType(String label, String labelEn) {
    this.label = label;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Vietnamese label, as written after a number.
   *
   * @return "ngày" or "ngày làm việc"
   */
  public String label() {
    return label;
  }

  /**
   * Returns the English label, as written after a number.
   *
   * @return "calendar days" or "working days"
   */
  public String labelEn() {
    return labelEn;
  }

  /**
   * Returns the label in the reader's language: Vietnamese unless the locale's language is English.
   *
   * @param locale the reader's locale
   * @return the label
   */
  public String label(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? labelEn : label;
  }
}
