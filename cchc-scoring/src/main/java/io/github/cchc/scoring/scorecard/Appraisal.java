package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.util.Objects;

/**
 * The appraisal council's (hội đồng thẩm định) answer for one criterion, with the reason for it. Where it exists it
 * wins over the unit's self-assessment; both are kept in the result.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param answer the appraised answer
 * @param reason why the council set it, in NFC
 */
public record Appraisal(Answer answer, String reason) {

  /**
   * Checks the parts and normalises the reason to NFC.
   *
   * @throws NullPointerException if a part is null
   * @throws ModelRuleException if the reason is blank
   */
  public Appraisal {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.ASSESSMENT, "reason", "Điểm thẩm định cần có lý do",
          "An appraisal needs a reason");
    }
    reason = Text.nfc(reason);
  }

  /**
   * Obtains an appraisal.
   *
   * @param answer the appraised answer
   * @param reason why
   * @return the appraisal
   * @throws ModelRuleException if the reason is blank
   */
  public static Appraisal of(Answer answer, String reason) {
    return new Appraisal(answer, reason);
  }
}
