package io.github.cchc.core.document;

import java.util.Objects;
import java.util.Optional;

/**
 * The type of an administrative document, with the code written in its number (the "KH" of {@code 175/KH-UBND})
 * and its Vietnamese name. The codes follow the abbreviations of Decree 30/2020/NĐ-CP on administrative documents.
 *
 * <p>A letter (công văn) usually carries no type code: {@code 5673/BNV-CCVC} is a letter of the ministry BNV, unit
 * CCVC. A number whose first code is not one of these is read as such a letter, except that a number with a year
 * (legal documents: {@code 60/2021/NĐ-CP}) always leads with its type code, which is kept as {@link #OTHER} when it
 * is not known here.
 */
public enum DocumentType {
  /** Kế hoạch, code KH. */
  PLAN("KH", "Kế hoạch"),
  /** Quyết định, code QĐ. */
  DECISION("QĐ", "Quyết định"),
  /** Nghị quyết, code NQ. */
  RESOLUTION("NQ", "Nghị quyết"),
  /** Nghị định, code NĐ. */
  DECREE("NĐ", "Nghị định"),
  /** Thông tư, code TT. */
  CIRCULAR("TT", "Thông tư"),
  /** Thông tư liên tịch, code TTLT. */
  JOINT_CIRCULAR("TTLT", "Thông tư liên tịch"),
  /** Chỉ thị, code CT. */
  DIRECTIVE("CT", "Chỉ thị"),
  /** Kết luận, code KL. */
  CONCLUSION("KL", "Kết luận"),
  /** Báo cáo, code BC. */
  REPORT("BC", "Báo cáo"),
  /** Thông báo, code TB. */
  NOTICE("TB", "Thông báo"),
  /** Tờ trình, code TTr. */
  SUBMISSION("TTr", "Tờ trình"),
  /** Hướng dẫn, code HD. */
  GUIDANCE("HD", "Hướng dẫn"),
  /** Chương trình, code CTr. */
  PROGRAMME("CTr", "Chương trình"),
  /** Đề án, code ĐA. */
  SCHEME("ĐA", "Đề án"),
  /** Phương án, code PA. */
  OPTION("PA", "Phương án"),
  /** Quy chế, code QC. */
  RULES("QC", "Quy chế"),
  /** Quy định, code QyĐ. */
  REGULATION("QyĐ", "Quy định"),
  /** Biên bản, code BB. */
  MINUTES("BB", "Biên bản"),
  /** Công điện, code CĐ. */
  DISPATCH("CĐ", "Công điện"),
  /** Giấy mời, code GM. */
  INVITATION("GM", "Giấy mời"),
  /** Công văn: a letter, usually written without a type code, sometimes with CV. */
  LETTER("CV", "Công văn"),
  /** A type code that is not one of the above; the code itself is kept in the number. */
  OTHER("", "Văn bản");

  private final String code;
  private final String label;

  DocumentType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the code as written in document numbers.
   *
   * @return the code, such as "QĐ"; empty for {@link #OTHER}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the Vietnamese name, the word that precedes "số" in a reference.
   *
   * @return the label, such as "Quyết định"
   */
  public String label() {
    return label;
  }

  /**
   * Finds the type of a code. Codes compare without regard to case or diacritics, so "ND" and "nđ" find {@link
   * #DECREE}; {@link #OTHER} is never returned.
   *
   * @param code the code, such as "NĐ"
   * @return the type, or empty if the code is not known
   */
  public static Optional<DocumentType> ofCode(String code) {
    Objects.requireNonNull(code, "code");
    String key = DocumentText.fold(DocumentText.nfc(code.strip()));
    for (DocumentType t : values()) {
      if (t != OTHER && DocumentText.fold(t.code).equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
