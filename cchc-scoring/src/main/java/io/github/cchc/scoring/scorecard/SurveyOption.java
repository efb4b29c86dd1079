package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer option of a survey criterion and its weight, for example option {@code A} at 100%, {@code B} at 60%.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param option the option's key as the questionnaire names it
 * @param weightPercent the share of the points the option earns, within 0..100
 */
public record SurveyOption(String option, BigDecimal weightPercent) {

  /**
   * Checks presence.
   *
   * @throws NullPointerException if a part is null
   * @throws ModelRuleException if the option key is blank
   */
  public SurveyOption {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(weightPercent, "weightPercent");
    if (option.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.SCORECARD, "option", "Phương án khảo sát cần có mã",
          "A survey option needs a key");
    }
  }

  /**
   * Obtains an option.
   *
   * @param option the option's key
   * @param weightPercent its weight in percent
   * @return the option
   */
  public static SurveyOption of(String option, BigDecimal weightPercent) {
    return new SurveyOption(option, weightPercent);
  }
}
