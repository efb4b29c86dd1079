package io.github.cchc.core.org;

import java.util.Locale;
import java.util.Objects;

/**
 * The kind of an organisational unit. The kinds say what a unit is, not where it sits: the depth of the hierarchy is
 * whatever the directory holds, so a two-tier province (after 1 July 2025) simply has no {@link #DISTRICT} units.
 */
public enum OrgKind {
  /** A province or centrally governed city, run by its People's Committee (UBND tỉnh). */
  PROVINCE("Tỉnh, thành phố", "Province"),
  /** A specialised department or board under the provincial committee (sở, ban, ngành). */
  DEPARTMENT("Sở, ban, ngành", "Department"),
  /** A district-level committee (UBND cấp huyện); abolished on 1 July 2025. */
  DISTRICT("Huyện, thị xã, thành phố thuộc tỉnh", "District"),
  /** A commune-level committee (UBND cấp xã: xã, phường, thị trấn, đặc khu). */
  COMMUNE("Xã, phường, thị trấn, đặc khu", "Commune"),
  /** A unit or office under a department or committee (phòng, chi cục, đơn vị trực thuộc). */
  SUBORDINATE("Đơn vị trực thuộc", "Subordinate unit"),
  /** A public service unit (đơn vị sự nghiệp công lập). */
  PUBLIC_SERVICE_UNIT("Đơn vị sự nghiệp công lập", "Public service unit"),
  /** A state enterprise (doanh nghiệp nhà nước). */
  STATE_ENTERPRISE("Doanh nghiệp nhà nước", "State enterprise"),
  /** A central agency located in the province (Công an tỉnh, Cục Thuế, Kho bạc, BHXH). */
  CENTRAL_AGENCY("Cơ quan Trung ương đóng trên địa bàn", "Central agency in the province");

  private final String label;
  private final String labelEn;

  OrgKind(String label, String labelEn) {
    this.label = label;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, such as "Sở, ban, ngành"
   */
  public String label() {
    return label;
  }

  /**
   * Returns the English label.
   *
   * @return the label, such as "Department"
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
