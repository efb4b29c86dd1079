package io.github.cchc.core.plan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The seven areas of an annual CCHC plan, in their fixed order: direction and administration, then the six reform
 * areas of Resolution 76/NQ-CP. Plans number them with Roman numerals I–VII in their task appendix; {@link
 * #values()} and {@link Enum#compareTo} follow that order.
 */
public enum ReformArea {
  /** I. Direction and administration. */
  DIRECTION("I", "Công tác chỉ đạo, điều hành", "Direction and administration"),
  /** II. Institutional reform. */
  INSTITUTIONS("II", "Cải cách thể chế", "Institutional reform"),
  /** III. Administrative-procedure reform (TTHC). */
  PROCEDURES("III", "Cải cách thủ tục hành chính", "Administrative-procedure reform"),
  /** IV. Organisational-apparatus reform. */
  APPARATUS("IV", "Cải cách tổ chức bộ máy", "Organisational-apparatus reform"),
  /** V. Civil-service reform. */
  CIVIL_SERVICE("V", "Cải cách chế độ công vụ", "Civil-service reform"),
  /** VI. Public-finance reform. */
  PUBLIC_FINANCE("VI", "Cải cách tài chính công", "Public-finance reform"),
  /** VII. E-government and digital government. */
  DIGITAL_GOVERNMENT(
      "VII",
      "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
      "E-government and digital government");

  private static final List<ReformArea> REFORM_AREAS =
      List.of(INSTITUTIONS, PROCEDURES, APPARATUS, CIVIL_SERVICE, PUBLIC_FINANCE, DIGITAL_GOVERNMENT);

  private final String roman;
  private final String label;
  private final String labelEn;

  ReformArea(String roman, String label, String labelEn) {
    this.roman = roman;
    this.label = label;
    this.labelEn = labelEn;
  }

  /**
   * Returns the Roman numeral of the area in a plan's task appendix.
   *
   * @return "I" to "VII"
   */
  public String roman() {
    return roman;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, such as "Cải cách thể chế"
   */
  public String label() {
    return label;
  }

  /**
   * Returns the English label.
   *
   * @return the label, such as "Institutional reform"
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
   * Tells whether this is one of the six reform areas of Resolution 76/NQ-CP, that is, not {@link #DIRECTION}.
   *
   * @return true for the six reform areas
   */
  public boolean isReformArea() {
    return this != DIRECTION;
  }

  /**
   * Returns the six reform areas of Resolution 76/NQ-CP in order, without {@link #DIRECTION}.
   *
   * @return the six areas
   */
  public static List<ReformArea> reformAreas() {
    return REFORM_AREAS;
  }

  /**
   * Returns the area with the given Roman numeral.
   *
   * @param roman "I" to "VII", case-insensitive, surrounding spaces and a trailing dot ignored
   * @return the area
   * @throws IllegalArgumentException if the numeral is not I–VII, naming it
   */
  public static ReformArea ofRoman(String roman) {
    Objects.requireNonNull(roman, "roman");
    String key = roman.strip().toUpperCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    for (ReformArea area : values()) {
      if (area.roman.equals(key)) {
        return area;
      }
    }
    throw new IllegalArgumentException("Not the Roman numeral of a reform area (I to VII): '" + roman + "'");
  }
}
