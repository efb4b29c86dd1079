package io.github.cchc.scoring.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.core.finding.Finding;
import io.github.cchc.scoring.scorecard.AppraisalDifference;
import io.github.cchc.scoring.scorecard.Classification;
import io.github.cchc.scoring.scorecard.CriterionScore;
import io.github.cchc.scoring.scorecard.Ranking;
import io.github.cchc.scoring.scorecard.Rate;
import io.github.cchc.scoring.scorecard.Rescaling;
import io.github.cchc.scoring.scorecard.ScoreResult;
import io.github.cchc.scoring.scorecard.YearOverYear;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON documents of scoring results, written only. Field names are part of the format documented in {@code
 * docs/scorecards.md}; absent optional values are left out rather than written as null.
 *
 * <p>Internal to the library.
 */
public final class ResultDocuments {

  private ResultDocuments() {
  }

  @JsonPropertyOrder({"results"})
  public record ResultsDoc(List<ResultDoc> results) {
  }

  @JsonPropertyOrder({"ranking"})
  public record RankingDoc(List<EntryDoc> ranking) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"rank", "unit", "unitName", "period", "index", "classification", "change", "result"})
  public record EntryDoc(int rank, String unit, String unitName, String period, BigDecimal index,
      ClassificationDoc classification, ChangeDoc change, ResultDoc result) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"scorecard", "unit", "unitName", "period", "index", "achieved", "applicableMax", "maxPoints",
      "selfIndex", "selfAchieved", "indexDifference", "classification", "rescaling", "areas", "appraisals",
      "findings"})
  public record ResultDoc(String scorecard, String unit, String unitName, String period, BigDecimal index,
      BigDecimal achieved, BigDecimal applicableMax, BigDecimal maxPoints, BigDecimal selfIndex,
      BigDecimal selfAchieved, BigDecimal indexDifference, ClassificationDoc classification, RescalingDoc rescaling,
      List<ScoreDoc> areas, List<AppraisalDiffDoc> appraisals, List<FindingDoc> findings) {
  }

  @JsonPropertyOrder({"code", "label", "atLeastPercent"})
  public record ClassificationDoc(String code, String label, BigDecimal atLeastPercent) {
  }

  @JsonPropertyOrder({"achieved", "applicableMax", "fullMax", "rescaled", "factor", "rescaledPoints"})
  public record RescalingDoc(BigDecimal achieved, BigDecimal applicableMax, BigDecimal fullMax, boolean rescaled,
      BigDecimal factor, BigDecimal rescaledPoints) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"code", "name", "maxPoints", "status", "selfPoints", "appraisedPoints", "reason", "rate",
      "achieved", "selfAchieved", "applicableMax", "index", "children"})
  public record ScoreDoc(String code, String name, BigDecimal maxPoints, CriterionScore.Status status, BigDecimal selfPoints,
      BigDecimal appraisedPoints, String reason, String rate, BigDecimal achieved, BigDecimal selfAchieved,
      BigDecimal applicableMax, BigDecimal index, List<ScoreDoc> children) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"code", "name", "selfPoints", "appraisedPoints", "difference", "reason"})
  public record AppraisalDiffDoc(String code, String name, BigDecimal selfPoints, BigDecimal appraisedPoints,
      BigDecimal difference, String reason) {
  }

  @JsonPropertyOrder({"severity", "path", "ruleId", "messageVi", "messageEn"})
  public record FindingDoc(String severity, String path, String ruleId, String messageVi, String messageEn) {
  }

  @JsonPropertyOrder({"previousPeriod", "previousIndex", "change", "areas"})
  public record ChangeDoc(String previousPeriod, BigDecimal previousIndex, BigDecimal change, List<AreaChangeDoc> areas) {
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"code", "name", "index", "previousIndex", "change"})
  public record AreaChangeDoc(String code, String name, BigDecimal index, BigDecimal previousIndex, BigDecimal change) {
  }

  public static ResultsDoc results(List<ScoreResult> results) {
    return new ResultsDoc(results.stream().map(ResultDocuments::result).toList());
  }

  public static RankingDoc ranking(Ranking ranking) {
    return new RankingDoc(ranking.entries().stream().map(e -> new EntryDoc(e.rank(), e.result().unitId(),
        e.result().unitName(), e.result().period().toString(), e.result().index(),
        e.result().classification().map(ResultDocuments::classification).orElse(null),
        e.change().map(ResultDocuments::change).orElse(null), result(e.result()))).toList());
  }

  public static ResultDoc result(ScoreResult r) {
    return new ResultDoc(r.scorecardId(), r.unitId(), r.unitName(), r.period().toString(), r.index(), r.achieved(),
        r.applicableMax(), r.scorecard().maxPoints(), r.selfIndex(), r.selfAchieved(), r.indexDifference(),
        r.classification().map(ResultDocuments::classification).orElse(null), rescaling(r.rescaling()),
        r.areas().stream().map(ResultDocuments::score).toList(),
        r.appraisals().stream().map(ResultDocuments::appraisal).toList(),
        r.findings().stream().map(ResultDocuments::finding).toList());
  }

  private static ClassificationDoc classification(Classification c) {
    return new ClassificationDoc(c.code(), c.label(), c.atLeastPercent());
  }

  private static RescalingDoc rescaling(Rescaling r) {
    return new RescalingDoc(r.achieved(), r.applicableMax(), r.fullMax(), r.isRescaled(), r.factor(),
        r.rescaledPoints());
  }

  private static ScoreDoc score(CriterionScore s) {
    return new ScoreDoc(s.code(), s.name(), s.maxPoints(), s.status(), s.selfPoints().orElse(null),
        s.appraisedPoints().orElse(null), s.reason().orElse(null), s.rate().map(Rate::toString).orElse(null),
        s.achieved(), s.selfAchieved(), s.applicableMax(), s.index().orElse(null),
        s.children().isEmpty() ? null : s.children().stream().map(ResultDocuments::score).toList());
  }

  private static AppraisalDiffDoc appraisal(AppraisalDifference d) {
    return new AppraisalDiffDoc(d.code(), d.name(), d.selfPoints().orElse(null), d.appraisedPoints(), d.difference(),
        d.reason());
  }

  private static FindingDoc finding(Finding f) {
    return new FindingDoc(f.severity().name(), f.path(), f.ruleId(), f.messageVi(), f.messageEn());
  }

  private static ChangeDoc change(YearOverYear y) {
    return new ChangeDoc(y.previousPeriod().toString(), y.previousIndex(), y.change(),
        y.areas().stream().map(a -> new AreaChangeDoc(a.code(), a.name(), a.index().orElse(null),
            a.previousIndex().orElse(null), a.change().orElse(null))).toList());
  }
}
