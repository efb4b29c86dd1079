package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.core.json.internal.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One run of a scorecard over one assessment. */
final class Scoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private final Scorecard card;
  private final Assessment assessment;
  private final List<AppraisalDifference> appraisals = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  Scoring(Scorecard card, Assessment assessment) {
    this.card = card;
    this.assessment = assessment;
  }

  ScoreResult result() {
    checkReferences();
    List<CriterionScore> areas = new ArrayList<>();
    for (Criterion area : card.areas()) {
      areas.add(score(area, false));
    }
    BigDecimal achieved = sum(areas, CriterionScore::achieved);
    BigDecimal selfAchieved = sum(areas, CriterionScore::selfAchieved);
    BigDecimal applicable = sum(areas, CriterionScore::applicableMax);
    if (applicable.signum() == 0) {
      throw Faults.assessment(card.id(), "mọi tiêu chí đều được đánh dấu không áp dụng cho đơn vị "
          + assessment.unitId() + ", nên không có chỉ số", "every criterion is marked not applicable for unit "
          + assessment.unitId() + ", so there is no index");
    }
    return new ScoreResult(card, assessment, areas, new Rescaling(achieved, applicable, card.maxPoints()),
        selfAchieved, appraisals, findings);
  }

  private void checkReferences() {
    assessment.scorecardId().filter(id -> !id.equals(card.id())).ifPresent(id -> {
      throw Faults.assessment(card.id(), "bản đánh giá của đơn vị " + assessment.unitId()
          + " được lập cho bộ tiêu chí " + id, "the assessment of unit " + assessment.unitId()
          + " was made for scorecard " + id);
    });
    checkCodes(assessment.answers().keySet(), "answers", true);
    checkCodes(assessment.appraisals().keySet(), "appraisals", true);
    checkCodes(assessment.notApplicable(), "notApplicable", false);
  }

  private void checkCodes(Set<String> codes, String where, boolean leavesOnly) {
    for (String code : codes) {
      Criterion c = card.criterion(code).orElseThrow(() -> Errors.unknown(UnknownReferenceException.Kind.CRITERION,
          code, new Message(where + ", bộ tiêu chí " + card.id(), where + ", scorecard " + card.id()),
          card.criteria().keySet()));
      if (leavesOnly && !c.isLeaf()) {
        throw Faults.answer(code, "là nhóm được chấm từ các tiêu chí con; " + where + " phải nêu các tiêu chí con",
            "is a group scored from its sub-criteria; " + where + " must name its sub-criteria");
      }
    }
  }

  private CriterionScore score(Criterion c, boolean ancestorNotApplicable) {
    boolean notApplicable = ancestorNotApplicable || assessment.notApplicable().contains(c.code());
    if (c.isLeaf()) {
      return notApplicable ? notApplicableLeaf(c) : leaf(c);
    }
    List<CriterionScore> children = new ArrayList<>();
    for (Criterion child : c.children()) {
      children.add(score(child, notApplicable));
    }
    BigDecimal applicable = sum(children, CriterionScore::applicableMax);
    CriterionScore.Status status = applicable.signum() == 0
        ? CriterionScore.Status.NOT_APPLICABLE : CriterionScore.Status.SCORED;
    return new CriterionScore(c.code(), c.name(), c.maxPoints(), status, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), sum(children, CriterionScore::achieved),
        sum(children, CriterionScore::selfAchieved), applicable, children);
  }

  private CriterionScore notApplicableLeaf(Criterion c) {
    if (assessment.answers().containsKey(c.code()) || assessment.appraisals().containsKey(c.code())) {
      throw Faults.answer(c.code(), "được đánh dấu không áp dụng nhưng có câu trả lời hoặc điểm thẩm định",
          "is marked not applicable but has an answer or an appraisal");
    }
    return new CriterionScore(c.code(), c.name(), c.maxPoints(), CriterionScore.Status.NOT_APPLICABLE,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, List.of());
  }

  private CriterionScore leaf(Criterion c) {
    ScoringMethod method = c.method().orElseThrow();
    Optional<Scored> self = selfInput(c, method).map(a -> points(c, method, a, "self-assessed"));
    Optional<Appraisal> appraisal = Optional.ofNullable(assessment.appraisals().get(c.code()));
    Optional<Scored> appraised = appraisal.map(a -> points(c, method, a.answer(), "appraised"));
    Optional<BigDecimal> selfPoints = self.map(Scored::points);
    Optional<BigDecimal> appraisedPoints = appraised.map(Scored::points);
    CriterionScore.Status status;
    Scored decisive;
    if (appraised.isPresent()) {
      status = CriterionScore.Status.APPRAISED;
      decisive = appraised.get();
      appraisals.add(new AppraisalDifference(c.code(), c.name(), selfPoints, decisive.points(),
          appraisal.get().reason()));
    } else if (self.isPresent()) {
      status = CriterionScore.Status.SCORED;
      decisive = self.get();
    } else {
      status = CriterionScore.Status.MISSING;
      decisive = new Scored(BigDecimal.ZERO, Optional.empty());
      findings.add(missing(c, method));
    }
    return new CriterionScore(c.code(), c.name(), c.maxPoints(), status, selfPoints, appraisedPoints,
        appraisal.map(Appraisal::reason), decisive.rate(), decisive.points(), selfPoints.orElse(BigDecimal.ZERO),
        c.maxPoints(), List.of());
  }

  private Finding missing(Criterion c, ScoringMethod method) {
    if (method instanceof ScoringMethod.Derived d) {
      return Finding.warning("criteria." + c.code(), "scorecard.indicator-missing",
          "Tiêu chí " + c.code() + ": không có giá trị chỉ số " + d.indicatorId() + ", tính 0 điểm",
          "Criterion " + c.code() + ": no value for indicator " + d.indicatorId() + ", scored 0");
    }
    return Finding.warning("criteria." + c.code(), "scorecard.answer-missing",
        "Tiêu chí " + c.code() + ": chưa có kết quả tự đánh giá hoặc thẩm định, tính 0 điểm",
        "Criterion " + c.code() + ": no self-assessment or appraisal, scored 0");
  }

  /** The unit's own input: its answer, or for a derived criterion the supplied indicator value. */
  private Optional<Answer> selfInput(Criterion c, ScoringMethod method) {
    Answer answer = assessment.answers().get(c.code());
    if (method instanceof ScoringMethod.Derived d) {
      if (answer != null) {
        throw Faults.answer(c.code(), "được tính từ chỉ tiêu " + d.indicatorId()
            + " và không nhận câu trả lời tự đánh giá; hãy cho giá trị chỉ tiêu hoặc điểm thẩm định",
            "is derived from indicator " + d.indicatorId()
            + " and takes no self-assessment answer; supply the indicator value or an appraisal");
      }
      return Optional.ofNullable(assessment.indicators().get(d.indicatorId())).map(Answer::rate);
    }
    return Optional.ofNullable(answer);
  }

  private record Scored(BigDecimal points, Optional<Rate> rate) {
  }

  private Scored points(Criterion c, ScoringMethod method, Answer answer, String what) {
    BigDecimal max = c.maxPoints();
    if (answer instanceof Answer.Points p) {
      if (method instanceof ScoringMethod.Derived && "self-assessed".equals(what)) {
        throw Faults.answer(c.code(), "tiêu chí tính từ chỉ tiêu chỉ nhận điểm từ thẩm định",
            "a derived criterion takes points only from an appraisal");
      }
      MethodChecks.checkPoints(ModelRuleException.Kind.ASSESSMENT, c.code(), p.points(), max,
          "self-assessed".equals(what) ? "điểm tự đánh giá" : "điểm thẩm định", what + " points");
      return new Scored(p.points(), Optional.empty());
    }
    if (method instanceof ScoringMethod.YesNo && answer instanceof Answer.YesNo y) {
      return new Scored(y.yes() ? max : BigDecimal.ZERO, Optional.empty());
    }
    if (method instanceof ScoringMethod.Deadline d && answer instanceof Answer.Timeliness t) {
      return new Scored(d.points(t.status()), Optional.empty());
    }
    if (method instanceof ScoringMethod.Survey s && answer instanceof Answer.Shares sh) {
      return new Scored(survey(c, s, sh), Optional.empty());
    }
    ScoringMethod rateMethod = method instanceof ScoringMethod.Derived d ? d.rateMethod() : method;
    if (rateMethod instanceof ScoringMethod.RateMethod rm && answer instanceof Answer.Rated r) {
      return new Scored(rate(max, rm, r.rate()), Optional.of(r.rate()));
    }
    throw Faults.answer(c.code(), "tiêu chí loại " + method.kind() + " không nhận câu trả lời "
        + ("self-assessed".equals(what) ? "tự đánh giá " : "thẩm định ") + describe(answer),
        "a " + method.kind() + " criterion cannot take the " + what + " answer " + describe(answer));
  }

  private static String describe(Answer answer) {
    if (answer instanceof Answer.YesNo y) {
      return y.yes() ? "yes" : "no";
    } else if (answer instanceof Answer.Rated r) {
      return "rate " + r.rate();
    } else if (answer instanceof Answer.Timeliness t) {
      return "deadline " + t.status();
    } else if (answer instanceof Answer.Shares s) {
      return "survey " + s.sharesPercent();
    }
    return answer.toString();
  }

  static BigDecimal rate(BigDecimal max, ScoringMethod.RateMethod method, Rate rate) {
    if (method instanceof ScoringMethod.Bands b) {
      for (Band band : b.bands()) {
        if (band.isReachedBy(rate)) {
          return computed(max.multiply(band.fraction()), max);
        }
      }
      return BigDecimal.ZERO;
    }
    ScoringMethod.LinearThreshold l = (ScoringMethod.LinearThreshold) method;
    // points = rate × max ÷ threshold, with rate = n/d and threshold = t/100: max × n × 100 ÷ (d × t), one division.
    BigDecimal raw = max.multiply(rate.numerator()).multiply(HUNDRED)
        .divide(rate.denominator().multiply(l.thresholdPercent()), ScoreResult.POINTS_SCALE, ScoreResult.ROUNDING);
    return computed(raw, max);
  }

  private static BigDecimal survey(Criterion c, ScoringMethod.Survey method, Answer.Shares shares) {
    Map<String, BigDecimal> weights = new java.util.HashMap<>();
    method.options().forEach(o -> weights.put(o.option(), o.weightPercent()));
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : shares.sharesPercent().entrySet()) {
      BigDecimal weight = weights.get(e.getKey());
      if (weight == null) {
        List<String> options = weights.keySet().stream().sorted().toList();
        throw Faults.answer(c.code(), "phương án \"" + e.getKey() + "\" không thuộc " + options,
            "answer option \"" + e.getKey() + "\" is not one of " + options);
      }
      if (e.getValue().signum() < 0) {
        throw Faults.answer(c.code(), "tỷ lệ của phương án \"" + e.getKey() + "\" là số âm: "
            + e.getValue().toPlainString() + "%", "share of option \"" + e.getKey() + "\" is negative: "
            + e.getValue().toPlainString() + "%");
      }
      total = total.add(e.getValue());
      weighted = weighted.add(e.getValue().multiply(weight));
    }
    if (total.compareTo(HUNDRED) != 0) {
      throw Faults.answer(c.code(), "các tỷ lệ khảo sát cộng lại " + total.toPlainString() + "%, không phải 100% "
          + shares.sharesPercent(), "survey shares add up to " + total.toPlainString() + "%, not 100% "
          + shares.sharesPercent());
    }
    // points = max × Σ (share% × weight%) ÷ 100²
    return computed(c.maxPoints().multiply(weighted).divide(TEN_THOUSAND, ScoreResult.POINTS_SCALE,
        ScoreResult.ROUNDING), c.maxPoints());
  }

  /** Rounds computed points and keeps them within the maximum, which may have more decimals than the scale. */
  private static BigDecimal computed(BigDecimal raw, BigDecimal max) {
    BigDecimal rounded = raw.setScale(ScoreResult.POINTS_SCALE, RoundingMode.HALF_UP);
    return rounded.compareTo(max) >= 0 ? max : rounded;
  }

  private static <T> BigDecimal sum(List<T> items, java.util.function.Function<T, BigDecimal> f) {
    return items.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
