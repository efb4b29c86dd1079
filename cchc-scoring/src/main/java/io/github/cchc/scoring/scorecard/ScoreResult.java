package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The score of one unit's {@link Assessment} on a {@link Scorecard}: points per criterion (self-assessed, appraised,
 * final), the index per area and in total, the rescaling for not-applicable criteria, the classification band, the
 * appraisal differences, and findings for criteria left without an answer.
 *
 * <p>Arithmetic: points computed from rates and survey shares are rounded to {@value #POINTS_SCALE} decimals with
 * {@link RoundingMode#HALF_UP} and never exceed the criterion's maximum; points given directly are kept as given. The
 * index is achieved ÷ applicable maximum × 100, rounded once to {@value #INDEX_SCALE} decimals with {@link
 * RoundingMode#HALF_UP}. The classification uses that rounded index, the figure that is published.
 *
 * <p>Obtain results with {@link Scorecard#score(Assessment)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoreResult {

  /** The number of decimals of an index. */
  public static final int INDEX_SCALE = 2;
  /** The number of decimals of points computed from a rate or a survey. */
  public static final int POINTS_SCALE = 2;
  /** The rounding mode of indexes and computed points. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private final Scorecard scorecard;
  private final Assessment assessment;
  private final List<CriterionScore> areas;
  private final Rescaling rescaling;
  private final BigDecimal selfAchieved;
  private final List<AppraisalDifference> appraisals;
  private final List<Finding> findings;

  ScoreResult(Scorecard scorecard, Assessment assessment, List<CriterionScore> areas, Rescaling rescaling,
      BigDecimal selfAchieved, List<AppraisalDifference> appraisals, List<Finding> findings) {
    this.scorecard = scorecard;
    this.assessment = assessment;
    this.areas = List.copyOf(areas);
    this.rescaling = rescaling;
    this.selfAchieved = selfAchieved;
    this.appraisals = List.copyOf(appraisals);
    this.findings = List.copyOf(findings);
  }

  /**
   * Returns the scorecard's id.
   *
   * @return the id
   */
  public String scorecardId() {
    return scorecard.id();
  }

  /**
   * Returns the scorecard that produced this result.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * Returns the assessed unit's id.
   *
   * @return the unit id
   */
  public String unitId() {
    return assessment.unitId();
  }

  /**
   * Returns the assessed unit's name, or its id when the assessment gives no name.
   *
   * @return the name for tables
   */
  public String unitName() {
    return assessment.unitName().orElse(assessment.unitId());
  }

  /**
   * Returns the period assessed.
   *
   * @return the period
   */
  public ReportPeriod period() {
    return assessment.period();
  }

  /**
   * Returns the scores of the areas, each with its sub-tree.
   *
   * @return the area scores in scorecard order
   */
  public List<CriterionScore> areas() {
    return areas;
  }

  /**
   * Finds the score of any criterion by code.
   *
   * @param code the criterion code
   * @return the score, or empty if the scorecard has no such code
   */
  public Optional<CriterionScore> criterion(String code) {
    Objects.requireNonNull(code, "code");
    return areas.stream().flatMap(ScoreResult::flatten).filter(s -> s.code().equals(code)).findFirst();
  }

  private static Stream<CriterionScore> flatten(CriterionScore s) {
    return Stream.concat(Stream.of(s), s.children().stream().flatMap(ScoreResult::flatten));
  }

  /**
   * Returns the final points achieved (appraised where the council gave points).
   *
   * @return the points
   */
  public BigDecimal achieved() {
    return rescaling.achieved();
  }

  /**
   * Returns the maximum of the applicable criteria.
   *
   * @return the applicable maximum
   */
  public BigDecimal applicableMax() {
    return rescaling.applicableMax();
  }

  /**
   * Returns the total index: achieved ÷ applicable maximum × 100, to {@value #INDEX_SCALE} decimals {@link
   * RoundingMode#HALF_UP}.
   *
   * @return the index within 0..100
   */
  public BigDecimal index() {
    return rescaling.index();
  }

  /**
   * Returns the index of one area (or any criterion).
   *
   * @param code the criterion code
   * @return the index, or empty if the code is unknown or the criterion is not applicable
   */
  public Optional<BigDecimal> index(String code) {
    return criterion(code).flatMap(CriterionScore::index);
  }

  /**
   * Returns how the total was brought to the 100 scale: achieved, applicable maximum, full maximum and factor.
   *
   * @return the rescaling
   */
  public Rescaling rescaling() {
    return rescaling;
  }

  /**
   * Returns the points as the unit assessed itself, before appraisal.
   *
   * @return the self-assessed points
   */
  public BigDecimal selfAchieved() {
    return selfAchieved;
  }

  /**
   * Returns the index as the unit assessed itself, before appraisal, rounded like {@link #index()}.
   *
   * @return the self-assessed index
   */
  public BigDecimal selfIndex() {
    return Rescaling.index(selfAchieved, rescaling.applicableMax());
  }

  /**
   * Returns the index after appraisal minus the self-assessed index.
   *
   * @return the difference in index points, negative when the council lowered the score
   */
  public BigDecimal indexDifference() {
    return index().subtract(selfIndex());
  }

  /**
   * Returns the classification band of the index.
   *
   * @return the band, or empty if the index is below every band or the scorecard defines none
   */
  public Optional<Classification> classification() {
    return scorecard.classify(index());
  }

  /**
   * Returns the criteria the appraisal council scored, with self and appraised points, the difference and the reason.
   *
   * @return the appraisals in scorecard order
   */
  public List<AppraisalDifference> appraisals() {
    return appraisals;
  }

  /**
   * Returns findings about the assessment, such as criteria left without an answer (scored zero).
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public String toString() {
    return "ScoreResult[" + scorecard.id() + ", " + unitId() + ", " + period() + ", " + index() + "]";
  }
}
