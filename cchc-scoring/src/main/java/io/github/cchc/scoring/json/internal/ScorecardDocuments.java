package io.github.cchc.scoring.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.Message;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.scoring.scorecard.DeadlineStatus;
import io.github.cchc.scoring.scorecard.MethodKind;
import io.github.cchc.scoring.scorecard.Rate;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON documents of scorecards and assessments. Their constructors check the shape (required fields, which
 * parameters go with which method, exactly one kind of answer) so that Jackson reports a failure with its location.
 *
 * <p>Internal to the library.
 */
public final class ScorecardDocuments {

  private ScorecardDocuments() {
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"id", "name", "source", "example", "note", "maxPoints", "classifications", "areas"})
  public record ScorecardDoc(String id, String name, String source, Boolean example, String note, BigDecimal maxPoints,
      List<ClassificationDoc> classifications, List<CriterionDoc> areas) {
    public ScorecardDoc {
      require(id, "id", "the scorecard");
      require(name, "name", "scorecard " + id);
      require(maxPoints, "maxPoints", "scorecard " + id);
      require(areas, "areas", "scorecard " + id);
      classifications = classifications == null ? List.of() : classifications;
    }
  }

  @JsonPropertyOrder({"code", "label", "atLeastPercent"})
  public record ClassificationDoc(String code, String label, BigDecimal atLeastPercent) {
    public ClassificationDoc {
      require(code, "code", "a classification");
      require(label, "label", "classification " + code);
      require(atLeastPercent, "atLeastPercent", "classification " + code);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"code", "name", "maxPoints", "method", "indicator", "thresholdPercent", "bands", "met", "late",
      "missing", "options", "evidence", "note", "children"})
  public record CriterionDoc(String code, String name, BigDecimal maxPoints, MethodKind method, String indicator,
      BigDecimal thresholdPercent, List<BandDoc> bands, BigDecimal met, BigDecimal late, BigDecimal missing,
      List<OptionDoc> options, List<String> evidence, String note, List<CriterionDoc> children) {
    public CriterionDoc {
      require(code, "code", "a criterion");
      String where = "criterion " + code;
      require(name, "name", where);
      require(maxPoints, "maxPoints", where);
      evidence = evidence == null ? List.of() : evidence;
      children = children == null ? List.of() : children;
      if (method == null) {
        if (children.isEmpty()) {
          throw new IllegalArgumentException(where + ": a criterion without \"children\" needs a \"method\"");
        }
        forbid(where, "a criterion with children", indicator, "indicator", thresholdPercent, "thresholdPercent",
            bands, "bands", met, "met", late, "late", missing, "missing", options, "options");
      } else {
        switch (method) {
          case YES_NO, MANUAL -> forbid(where, method.name(), indicator, "indicator", thresholdPercent,
              "thresholdPercent", bands, "bands", met, "met", late, "late", missing, "missing", options, "options");
          case BANDS -> {
            require(bands, "bands", where + " (method BANDS)");
            forbid(where, method.name(), indicator, "indicator", thresholdPercent, "thresholdPercent", met, "met",
                late, "late", missing, "missing", options, "options");
          }
          case LINEAR_THRESHOLD -> {
            require(thresholdPercent, "thresholdPercent", where + " (method LINEAR_THRESHOLD)");
            forbid(where, method.name(), indicator, "indicator", bands, "bands", met, "met", late, "late", missing,
                "missing", options, "options");
          }
          case DEADLINE -> {
            require(late, "late", where + " (method DEADLINE)");
            forbid(where, method.name(), indicator, "indicator", thresholdPercent, "thresholdPercent", bands,
                "bands", options, "options");
          }
          case SURVEY -> {
            require(options, "options", where + " (method SURVEY)");
            forbid(where, method.name(), indicator, "indicator", thresholdPercent, "thresholdPercent", bands,
                "bands", met, "met", late, "late", missing, "missing");
          }
          case DERIVED -> {
            require(indicator, "indicator", where + " (method DERIVED)");
            if ((thresholdPercent == null) == (bands == null)) {
              throw new IllegalArgumentException(where + ": method DERIVED needs exactly one of \"thresholdPercent\""
                  + " (linear up to a threshold) or \"bands\"");
            }
            forbid(where, method.name(), met, "met", late, "late", missing, "missing", options, "options");
          }
          default -> throw new IllegalStateException("unhandled method " + method);
        }
      }
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"atLeastPercent", "moreThanPercent", "fraction"})
  public record BandDoc(BigDecimal atLeastPercent, BigDecimal moreThanPercent, BigDecimal fraction) {
    public BandDoc {
      if ((atLeastPercent == null) == (moreThanPercent == null)) {
        throw new IllegalArgumentException("a band needs exactly one of \"atLeastPercent\" or \"moreThanPercent\"");
      }
      require(fraction, "fraction", "a band");
    }
  }

  @JsonPropertyOrder({"option", "weightPercent"})
  public record OptionDoc(String option, BigDecimal weightPercent) {
    public OptionDoc {
      require(option, "option", "a survey option");
      require(weightPercent, "weightPercent", "survey option " + option);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"unit", "unitName", "period", "scorecard", "answers", "appraisals", "notApplicable",
      "indicators"})
  public record AssessmentDoc(String unit, String unitName, String period, String scorecard, Map<String, AnswerDoc> answers,
      Map<String, AppraisalDoc> appraisals, List<String> notApplicable, Map<String, String> indicators) {
    public AssessmentDoc {
      require(unit, "unit", "an assessment");
      require(period, "period", "the assessment of unit " + unit);
      try {
        ReportPeriod.parse(period);
      } catch (DateTimeException | TextParseException e) {
        throw new IllegalArgumentException("assessment of unit " + unit + ": period \"" + period + "\": "
            + e.getMessage(), e);
      }
      answers = answers == null ? Map.of() : answers;
      appraisals = appraisals == null ? Map.of() : appraisals;
      notApplicable = notApplicable == null ? List.of() : notApplicable;
      indicators = indicators == null ? Map.of() : indicators;
      for (Map.Entry<String, String> e : indicators.entrySet()) {
        parseRate(e.getValue(), "indicator " + e.getKey());
      }
    }
  }

  @JsonPropertyOrder({"assessments"})
  public record AssessmentsDoc(List<AssessmentDoc> assessments) {
    public AssessmentsDoc {
      require(assessments, "assessments", "the document");
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"yes", "rate", "deadline", "points", "survey"})
  public record AnswerDoc(Boolean yes, String rate, DeadlineStatus deadline, BigDecimal points,
      LinkedHashMap<String, BigDecimal> survey) {
    public AnswerDoc {
      exactlyOneAnswer(yes, rate, deadline, points, survey);
      if (rate != null) {
        parseRate(rate, "the answer");
      }
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"yes", "rate", "deadline", "points", "survey", "reason"})
  public record AppraisalDoc(Boolean yes, String rate, DeadlineStatus deadline, BigDecimal points,
      LinkedHashMap<String, BigDecimal> survey, String reason) {
    public AppraisalDoc {
      exactlyOneAnswer(yes, rate, deadline, points, survey);
      if (rate != null) {
        parseRate(rate, "the appraisal");
      }
      require(reason, "reason", "an appraisal");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an appraisal needs a non-blank \"reason\"");
      }
    }
  }

  public static Rate parseRate(String text, String where) {
    try {
      return Rate.parse(text);
    } catch (TextParseException e) {
      // The path may name only the assessment: say which rate, in both languages.
      String whereVi = where.startsWith("indicator ") ? "chỉ tiêu " + where.substring("indicator ".length())
          : where.equals("the answer") ? "câu trả lời" : where.equals("the appraisal") ? "điểm thẩm định" : where;
      throw Errors.rule(ModelRuleException.Kind.ASSESSMENT, where,
          new Message(whereVi + ": " + e.message(Locale.forLanguageTag("vi")), where + ": " + e.getMessage()), e);
    }
  }

  private static void exactlyOneAnswer(Object... kinds) {
    int present = 0;
    for (Object k : kinds) {
      present += k == null ? 0 : 1;
    }
    if (present != 1) {
      throw new IllegalArgumentException("an answer needs exactly one of \"yes\", \"rate\", \"deadline\", "
          + "\"points\" or \"survey\", found " + present);
    }
  }

  private static void require(Object value, String field, String where) {
    if (value == null) {
      throw new IllegalArgumentException(where + ": missing \"" + field + "\"");
    }
  }

  private static void forbid(String where, String what, Object... valuesAndNames) {
    for (int i = 0; i < valuesAndNames.length; i += 2) {
      Object v = valuesAndNames[i];
      boolean present = v != null && !(v instanceof List<?> l && l.isEmpty());
      if (present) {
        throw new IllegalArgumentException(where + ": \"" + valuesAndNames[i + 1] + "\" does not go with " + what);
      }
    }
  }
}
