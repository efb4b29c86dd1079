package io.github.cchc.core.inspection;

import java.util.Locale;
import java.util.Objects;

/**
 * A form of CCHC inspection (hình thức kiểm tra), as the provincial inspection plans name them.
 */
public enum InspectionForm {
  /** Self-inspection by a unit of itself and its subordinate units. */
  SELF("Tự kiểm tra", "Self-inspection"),
  /** A direct visit announced beforehand. */
  DIRECT_ANNOUNCED("Kiểm tra trực tiếp, có báo trước", "Direct inspection, announced"),
  /** A surprise, unannounced visit. */
  SURPRISE("Kiểm tra đột xuất, không báo trước", "Surprise inspection, unannounced"),
  /** An online inspection. */
  ONLINE("Kiểm tra trực tuyến", "Online inspection"),
  /** An inspection through the province's digital systems and information systems. */
  DIGITAL_SYSTEMS("Kiểm tra qua môi trường số", "Inspection through digital systems"),
  /** An inspection through the unit's reports. */
  REPORTS("Kiểm tra qua báo cáo", "Inspection through reports"),
  /** A re-inspection of earlier findings. */
  RE_INSPECTION("Tái kiểm tra, phúc tra", "Re-inspection");

  private final String label;
  private final String labelEn;

  InspectionForm(String label, String labelEn) {
    this.label = label;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, such as "Tự kiểm tra"
   */
  public String label() {
    return label;
  }

  /**
   * Returns the English label.
   *
   * @return the label, such as "Self-inspection"
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
   * Tells whether the team goes to the unit in person for this form.
   *
   * @return true for announced, surprise and re-inspection visits
   */
  public boolean isVisit() {
    return this == DIRECT_ANNOUNCED || this == SURPRISE || this == RE_INSPECTION;
  }
}
