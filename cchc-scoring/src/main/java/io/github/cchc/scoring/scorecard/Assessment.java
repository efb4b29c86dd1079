package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One unit's assessment for one period: its self-assessment answers, the appraisal council's answers with reasons,
 * the criteria marked not applicable (không áp dụng), and the indicator values that derived criteria read.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder()
 *     .unitId("STC").unitName("Sở Tài chính").period(ReportPeriod.parse("2024"))
 *     .putAnswer("1.1", Answer.yes())
 *     .putAnswer("1.2", Answer.deadline(DeadlineStatus.LATE))
 *     .putAppraisal("1.1", Appraisal.of(Answer.no(), "Kế hoạch ban hành sau ngày 31/01"))
 *     .addNotApplicable("3.2")
 *     .putIndicator("dossiers.onTimeRate", Rate.of(45, 50))
 *     .build();
 * }</pre>
 *
 * <p>The assessment is checked against a scorecard when it is {@linkplain Scorecard#score(Assessment) scored}: codes
 * the scorecard lacks, answers of the wrong kind and answers for not-applicable criteria are errors there. Indicator
 * values no criterion reads are allowed, so one indicator table can feed several scorecards.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {

  Assessment() {
  }

  /**
   * Returns the assessed unit's id.
   *
   * @return the unit id
   */
  public abstract String unitId();

  /**
   * Returns the unit's name, for tables.
   *
   * @return the name
   */
  public abstract Optional<String> unitName();

  /**
   * Returns the period assessed, usually a year.
   *
   * @return the period
   */
  public abstract ReportPeriod period();

  /**
   * Returns the id of the scorecard this assessment was made for; when present, scoring with another scorecard is an
   * error.
   *
   * @return the scorecard id
   */
  public abstract Optional<String> scorecardId();

  /**
   * Returns the self-assessment answers by criterion code.
   *
   * @return the answers, in the order given
   */
  public abstract Map<String, Answer> answers();

  /**
   * Returns the appraisal council's answers with reasons, by criterion code.
   *
   * @return the appraisals, in the order given
   */
  public abstract Map<String, Appraisal> appraisals();

  /**
   * Returns the codes of criteria marked not applicable; marking a group marks all of it.
   *
   * @return the codes
   */
  public abstract Set<String> notApplicable();

  /**
   * Returns the indicator values by indicator id, for derived criteria.
   *
   * @return the values
   */
  public abstract Map<String, Rate> indicators();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds assessments. {@code build()} throws {@link IllegalArgumentException} for a blank unit id.
   */
  public static class Builder extends ImmutableAssessment.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }

  @Value.Check
  Assessment normalizeAndCheck() {
    if (unitId().isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.ASSESSMENT, "unit", "Bản đánh giá cần có mã đơn vị",
          "An assessment needs a unit id");
    }
    if (!Text.isNfc(unitName())) {
      return builder().from(this).unitName(unitName().map(Text::nfc)).build();
    }
    return this;
  }
}
