package io.github.cchc.scoring.json.internal;

import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.MappingProblem;
import io.github.cchc.core.json.internal.Message;
import io.github.cchc.core.json.internal.Problems;
import io.github.cchc.core.json.internal.Trail;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.AnswerDoc;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.AppraisalDoc;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.AssessmentDoc;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.BandDoc;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.ClassificationDoc;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.CriterionDoc;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.OptionDoc;
import io.github.cchc.scoring.json.internal.ScorecardDocuments.ScorecardDoc;
import io.github.cchc.scoring.scorecard.Answer;
import io.github.cchc.scoring.scorecard.Appraisal;
import io.github.cchc.scoring.scorecard.Assessment;
import io.github.cchc.scoring.scorecard.Band;
import io.github.cchc.scoring.scorecard.Classification;
import io.github.cchc.scoring.scorecard.Criterion;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.Rate;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.Scorecard;
import io.github.cchc.scoring.scorecard.ScoringMethod;
import io.github.cchc.scoring.scorecard.SurveyOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The mapping of scorecards, assessments, rates, scoring results and rankings to their documents ({@code
 * docs/scorecards.md}).
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class ScorecardMapping {

  /** The mapping of a scorecard. */
  public static final JsonMapping<Scorecard, ScorecardDoc> SCORECARD = JsonMapping.of(Scorecard.class,
      ScorecardDoc.class, ScorecardMapping::toDoc, ScorecardMapping::toScorecard);

  /** The mapping of an assessment. */
  public static final JsonMapping<Assessment, AssessmentDoc> ASSESSMENT = JsonMapping.of(Assessment.class,
      AssessmentDoc.class, ScorecardMapping::toDoc, ScorecardMapping::toAssessment);

  /** The mapping of a rate, {@code "45/50"} or {@code "90%"}. */
  public static final JsonMapping<Rate, String> RATE = JsonMapping.of(Rate.class, String.class, Rate::toString,
      (text, trail) -> io.github.cchc.core.json.internal.Convert.parse(text, trail, "tỷ lệ", "rate", Rate::parse));

  /** The mapping of a scoring result, which is computed and written, not read. */
  public static final JsonMapping<ScoreResult, ResultDocuments.ResultDoc> RESULT = JsonMapping.of(ScoreResult.class,
      ResultDocuments.ResultDoc.class, ResultDocuments::result, (d, trail) -> {
        throw new MappingProblem(trail, computed());
      });

  /** The mapping of a ranking, which is computed and written, not read. */
  public static final JsonMapping<Ranking, ResultDocuments.RankingDoc> RANKING = JsonMapping.of(Ranking.class,
      ResultDocuments.RankingDoc.class, ResultDocuments::ranking, (d, trail) -> {
        throw new MappingProblem(trail, computed());
      });

  private ScorecardMapping() {}

  private static Message computed() {
    return new Message("kết quả chấm điểm được tính từ bộ tiêu chí và bản tự đánh giá, không đọc vào",
        "a scoring result is computed from a scorecard and an assessment, not read");
  }

  /**
   * Runs a conversion to the model, reporting a value the model refuses at a trail; the model's own scorecard
   * exceptions are kept as the cause, for the library's readers to throw as they are.
   */
  private static <T> T at(Trail trail, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (MappingProblem e) {
      throw e;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new MappingProblem(trail, Problems.refused(e), e);
    }
  }

  /**
   * Converts a scorecard document.
   *
   * @param doc the document
   * @param root its trail
   * @return the scorecard
   */
  public static Scorecard toScorecard(ScorecardDoc doc, Trail root) {
    Scorecard.Builder b = Scorecard.builder()
        .id(doc.id())
        .name(doc.name())
        .example(Boolean.TRUE.equals(doc.example()))
        .maxPoints(doc.maxPoints());
    if (doc.source() != null) {
      b.source(doc.source());
    }
    if (doc.note() != null) {
      b.note(doc.note());
    }
    for (int i = 0; i < doc.areas().size(); i++) {
      CriterionDoc area = doc.areas().get(i);
      b.addArea(at(root.field("areas").index(i), () -> toCriterion(area)));
    }
    for (int i = 0; i < doc.classifications().size(); i++) {
      ClassificationDoc c = doc.classifications().get(i);
      b.addClassification(at(root.field("classifications").index(i),
          () -> new Classification(c.code(), c.label(), c.atLeastPercent())));
    }
    return at(root, b::build);
  }

  private static Criterion toCriterion(CriterionDoc doc) {
    Criterion.Builder b = Criterion.builder()
        .code(doc.code())
        .name(doc.name())
        .maxPoints(doc.maxPoints())
        .addAllEvidence(doc.evidence());
    if (doc.note() != null) {
      b.note(doc.note());
    }
    if (doc.method() != null) {
      b.method(toMethod(doc));
    }
    doc.children().forEach(c -> b.addChild(toCriterion(c)));
    return b.build();
  }

  private static ScoringMethod toMethod(CriterionDoc doc) {
    return switch (doc.method()) {
      case YES_NO -> ScoringMethod.yesNo();
      case MANUAL -> ScoringMethod.manual();
      case BANDS -> ScoringMethod.bands(toBands(doc.bands()));
      case LINEAR_THRESHOLD -> ScoringMethod.linearThreshold(doc.thresholdPercent());
      case DEADLINE -> ScoringMethod.deadline(doc.met() == null ? doc.maxPoints() : doc.met(), doc.late(),
          doc.missing() == null ? BigDecimal.ZERO : doc.missing());
      case SURVEY -> ScoringMethod.survey(doc.options().stream()
          .map(o -> SurveyOption.of(o.option(), o.weightPercent())).toList());
      case DERIVED -> ScoringMethod.derived(doc.indicator(), doc.bands() != null
          ? ScoringMethod.bands(toBands(doc.bands()))
          : ScoringMethod.linearThreshold(doc.thresholdPercent()));
    };
  }

  private static List<Band> toBands(List<BandDoc> docs) {
    return docs.stream().map(d -> d.atLeastPercent() != null
        ? Band.atLeast(d.atLeastPercent(), d.fraction())
        : Band.moreThan(d.moreThanPercent(), d.fraction())).toList();
  }

  /**
   * Converts an assessment document.
   *
   * @param doc the document
   * @param root its trail
   * @return the assessment
   */
  public static Assessment toAssessment(AssessmentDoc doc, Trail root) {
    return at(root, () -> toAssessment(doc));
  }

  private static Assessment toAssessment(AssessmentDoc doc) {
    Assessment.Builder b = Assessment.builder()
        .unitId(doc.unit())
        .period(ReportPeriod.parse(doc.period()))
        .addAllNotApplicable(doc.notApplicable());
    if (doc.unitName() != null) {
      b.unitName(doc.unitName());
    }
    if (doc.scorecard() != null) {
      b.scorecardId(doc.scorecard());
    }
    doc.answers().forEach((code, a) -> b.putAnswer(code, toAnswer(a.yes(), a.rate(), a.deadline(), a.points(),
        a.survey())));
    doc.appraisals().forEach((code, a) -> b.putAppraisal(code, Appraisal.of(toAnswer(a.yes(), a.rate(),
        a.deadline(), a.points(), a.survey()), a.reason())));
    doc.indicators().forEach((id, rate) -> b.putIndicator(id, Rate.parse(rate)));
    return b.build();
  }

  private static Answer toAnswer(Boolean yes, String rate, io.github.cchc.scoring.scorecard.DeadlineStatus deadline,
      BigDecimal points, Map<String, BigDecimal> survey) {
    if (yes != null) {
      return yes ? Answer.yes() : Answer.no();
    } else if (rate != null) {
      return Answer.rate(Rate.parse(rate));
    } else if (deadline != null) {
      return Answer.deadline(deadline);
    } else if (points != null) {
      return Answer.points(points);
    }
    return Answer.survey(survey);
  }

  /**
   * Returns the document of a scorecard.
   *
   * @param s the scorecard
   * @return the document
   */
  public static ScorecardDoc toDoc(Scorecard s) {
    return new ScorecardDoc(s.id(), s.name(), s.source().orElse(null), s.example() ? Boolean.TRUE : null,
        s.note().orElse(null), s.maxPoints(),
        s.classifications().stream().map(c -> new ClassificationDoc(c.code(), c.label(), c.atLeastPercent())).toList(),
        s.areas().stream().map(ScorecardMapping::toDoc).toList());
  }

  private static CriterionDoc toDoc(Criterion c) {
    ScoringMethod m = c.method().orElse(null);
    String indicator = null;
    BigDecimal threshold = null;
    List<BandDoc> bands = null;
    BigDecimal met = null;
    BigDecimal late = null;
    BigDecimal missing = null;
    List<OptionDoc> options = null;
    ScoringMethod rateSource = m;
    if (m instanceof ScoringMethod.Derived d) {
      indicator = d.indicatorId();
      rateSource = d.rateMethod();
    }
    if (rateSource instanceof ScoringMethod.LinearThreshold l) {
      threshold = l.thresholdPercent();
    } else if (rateSource instanceof ScoringMethod.Bands b) {
      bands = b.bands().stream().map(x -> x.inclusive()
          ? new BandDoc(x.percent(), null, x.fraction())
          : new BandDoc(null, x.percent(), x.fraction())).toList();
    } else if (m instanceof ScoringMethod.Deadline d) {
      met = d.metPoints();
      late = d.latePoints();
      missing = d.missingPoints();
    } else if (m instanceof ScoringMethod.Survey s) {
      options = s.options().stream().map(o -> new OptionDoc(o.option(), o.weightPercent())).toList();
    }
    return new CriterionDoc(c.code(), c.name(), c.maxPoints(), m == null ? null : m.kind(), indicator, threshold,
        bands, met, late, missing, options, c.evidence(), c.note().orElse(null),
        c.children().stream().map(ScorecardMapping::toDoc).toList());
  }

  /**
   * Returns the document of an assessment.
   *
   * @param a the assessment
   * @return the document
   */
  public static AssessmentDoc toDoc(Assessment a) {
    Map<String, AnswerDoc> answers = new LinkedHashMap<>();
    a.answers().forEach((code, answer) -> answers.put(code, answerDoc(answer)));
    Map<String, AppraisalDoc> appraisals = new LinkedHashMap<>();
    a.appraisals().forEach((code, appraisal) -> {
      AnswerDoc x = answerDoc(appraisal.answer());
      appraisals.put(code, new AppraisalDoc(x.yes(), x.rate(), x.deadline(), x.points(), x.survey(),
          appraisal.reason()));
    });
    Map<String, String> indicators = new LinkedHashMap<>();
    a.indicators().forEach((id, rate) -> indicators.put(id, rate.toString()));
    return new AssessmentDoc(a.unitId(), a.unitName().orElse(null), a.period().toString(),
        a.scorecardId().orElse(null), answers, appraisals, new ArrayList<>(a.notApplicable()), indicators);
  }

  private static AnswerDoc answerDoc(Answer answer) {
    if (answer instanceof Answer.YesNo y) {
      return new AnswerDoc(y.yes(), null, null, null, null);
    } else if (answer instanceof Answer.Rated r) {
      return new AnswerDoc(null, r.rate().toString(), null, null, null);
    } else if (answer instanceof Answer.Timeliness t) {
      return new AnswerDoc(null, null, t.status(), null, null);
    } else if (answer instanceof Answer.Points p) {
      return new AnswerDoc(null, null, null, p.points(), null);
    }
    return new AnswerDoc(null, null, null, null, new LinkedHashMap<>(((Answer.Shares) answer).sharesPercent()));
  }
}
