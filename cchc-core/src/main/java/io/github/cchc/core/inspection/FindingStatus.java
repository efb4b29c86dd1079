package io.github.cchc.core.inspection;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a finding of an inspection stands: it stays open until remediated.
 */
public enum FindingStatus {
  /** Not remediated yet. */
  OPEN("Chưa khắc phục", "Open"),
  /** The unit has sent its remediation report (báo cáo khắc phục); not yet confirmed. */
  REMEDIATION_REPORTED("Đã báo cáo khắc phục", "Remediation reported"),
  /** Remediated and confirmed, by the report's review or by a re-inspection. */
  REMEDIATED("Đã khắc phục", "Remediated");

  private final String label;
  private final String labelEn;

  FindingStatus(String label, String labelEn) {
    this.label = label;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the English label.
   *
   * @return the label
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

  /**
   * Tells whether a finding with this status is still open.
   *
   * @return true unless {@link #REMEDIATED}
   */
  public boolean isOpen() {
    return this != REMEDIATED;
  }
}
