package io.github.cchc.scoring.indicator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The unit in which an indicator is counted (the column "Đơn vị tính" of Phụ lục II), with its Vietnamese label.
 */
public enum IndicatorUnit {
  /** Tasks (Nhiệm vụ). */
  TASK("Nhiệm vụ"),
  /** Documents (Văn bản). */
  DOCUMENT("Văn bản"),
  /** Administrative procedures (Thủ tục). */
  PROCEDURE("Thủ tục"),
  /** Internal processes (Quy trình). */
  PROCESS("Quy trình"),
  /** People (Người). */
  PERSON("Người"),
  /** Agencies and units (Cơ quan, đơn vị). */
  AGENCY("Cơ quan, đơn vị"),
  /** A percentage (%). */
  PERCENT("%"),
  /** Meetings or dialogues (Cuộc). */
  MEETING("Cuộc"),
  /** Procedure dossiers (Hồ sơ). */
  DOSSIER("Hồ sơ"),
  /** Issues found by an inspection (Vấn đề). */
  ISSUE("Vấn đề"),
  /** News items and articles (Tin/bài). */
  ARTICLE("Tin/bài"),
  /** Apology letters (Văn bản xin lỗi). */
  APOLOGY_LETTER("Văn bản xin lỗi"),
  /** E-mail accounts (Tài khoản). */
  ACCOUNT("Tài khoản"),
  /** Computers (Máy). */
  COMPUTER("Máy"),
  /** Devices such as printers and scanners (Thiết bị). */
  DEVICE("Thiết bị"),
  /** A yes/no flag (Không = 0, Có = 1). */
  YES_NO("Không = 0, Có = 1");

  private final String label;

  IndicatorUnit(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese label, as in the table.
   *
   * @return the label, such as "Nhiệm vụ"
   */
  public String label() {
    return label;
  }

  /**
   * Finds a unit by its constant name or its Vietnamese label, ignoring case.
   *
   * @param text the name, such as {@code TASK} or {@code Nhiệm vụ}
   * @return the unit
   * @throws IllegalArgumentException if no unit has that name or label, naming the text
   */
  public static IndicatorUnit parse(String text) {
    Objects.requireNonNull(text, "text");
    String wanted = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    for (IndicatorUnit u : values()) {
      if (u.name().equalsIgnoreCase(wanted) || u.label.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
        return u;
      }
    }
    throw new IllegalArgumentException("Unknown indicator unit: '" + text + "'");
  }
}
