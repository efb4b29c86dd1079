package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A classification band of a scorecard: an index of at least {@code atLeastPercent} falls in it unless a higher band
 * takes it. The 2024 provincial PAR Index grouping, for example, is A at 90% and above and B from 80% to below 90%:
 * {@code Classification.of("A", "Nhóm A", 90)} then {@code Classification.of("B", "Nhóm B", 80)}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param code the short code, for example {@code A}
 * @param label the Vietnamese label
 * @param atLeastPercent the lowest index of the band, within 0..100
 */
public record Classification(String code, String label, BigDecimal atLeastPercent) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws ModelRuleException if the code or label is blank, or the bound is outside 0..100
   */
  public Classification {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(atLeastPercent, "atLeastPercent");
    if (code.isBlank() || label.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.SCORECARD, code,
          "Mức xếp loại cần có mã và nhãn: \"" + code + "\"",
              "A classification needs a code and a label: \"" + code + "\"");
    }
    if (atLeastPercent.signum() < 0 || atLeastPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw Errors.rule(ModelRuleException.Kind.SCORECARD, code, "Mức xếp loại " + code + ": ngưỡng "
          + atLeastPercent.toPlainString() + " ngoài khoảng 0..100", "Classification " + code + ": bound "
          + atLeastPercent.toPlainString() + " is outside 0..100");
    }
    label = Text.nfc(label);
  }

  /**
   * Obtains a band.
   *
   * @param code the short code
   * @param label the Vietnamese label
   * @param atLeastPercent the lowest index of the band
   * @return the band
   * @throws ModelRuleException if the code or label is blank, or the bound is outside 0..100
   */
  public static Classification of(String code, String label, long atLeastPercent) {
    return new Classification(code, label, BigDecimal.valueOf(atLeastPercent));
  }
}
