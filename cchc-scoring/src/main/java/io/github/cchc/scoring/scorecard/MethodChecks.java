package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks of a scoring method against its criterion's maximum, so that errors name the criterion. */
final class MethodChecks {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MethodChecks() {
  }

  static void check(String code, BigDecimal max, ScoringMethod method) {
    if (method instanceof ScoringMethod.Bands b) {
      checkBands(code, b.bands());
    } else if (method instanceof ScoringMethod.LinearThreshold l) {
      checkThreshold(code, l.thresholdPercent());
    } else if (method instanceof ScoringMethod.Deadline d) {
      checkPoints(ModelRuleException.Kind.SCORECARD, code, d.metPoints(), max, "điểm khi đúng hạn",
          "points when on time");
      checkPoints(ModelRuleException.Kind.SCORECARD, code, d.latePoints(), max, "điểm khi trễ hạn", "points when late");
      checkPoints(ModelRuleException.Kind.SCORECARD, code, d.missingPoints(), max, "điểm khi chưa thực hiện",
          "points when not done");
    } else if (method instanceof ScoringMethod.Survey s) {
      checkSurvey(code, s.options());
    } else if (method instanceof ScoringMethod.Derived d) {
      check(code, max, d.rateMethod());
    }
    // YES_NO and MANUAL have nothing to check.
  }

  static void checkPoints(ModelRuleException.Kind kind, String code, BigDecimal points, BigDecimal max, String whatVi,
      String what) {
    if (points.signum() < 0 || points.compareTo(max) > 0) {
      throw Errors.rule(kind, code, "Tiêu chí " + code + ": " + whatVi + " " + points.toPlainString()
          + " ngoài khoảng 0.." + max.toPlainString(), "Criterion " + code + ": " + what + " "
          + points.toPlainString() + " is outside 0.." + max.toPlainString());
    }
  }

  private static void checkBands(String code, List<Band> bands) {
    if (bands.isEmpty()) {
      throw Faults.criterion(code, "phương pháp theo mức cần ít nhất một mức",
          "a bands method needs at least one band");
    }
    Band previous = null;
    for (Band band : bands) {
      if (band.percent().signum() < 0) {
        throw Faults.criterion(code, "ngưỡng mức " + band.percent().toPlainString() + "% là số âm",
            "band bound " + band.percent().toPlainString() + "% is negative");
      }
      if (band.fraction().signum() < 0 || band.fraction().compareTo(BigDecimal.ONE) > 0) {
        throw Faults.criterion(code, "hệ số mức " + band.fraction().toPlainString() + " ngoài khoảng 0..1",
            "band fraction " + band.fraction().toPlainString() + " is outside 0..1");
      }
      if (previous != null) {
        if (band.percent().compareTo(previous.percent()) >= 0) {
          throw Faults.criterion(code, "các mức phải liệt kê từ ngưỡng cao xuống, nhưng "
              + band.percent().toPlainString() + "% đứng sau " + previous.percent().toPlainString() + "%",
              "bands must be listed from the highest bound down, but " + band.percent().toPlainString()
              + "% follows " + previous.percent().toPlainString() + "%");
        }
        if (band.fraction().compareTo(previous.fraction()) > 0) {
          throw Faults.criterion(code, "mức thấp hơn không thể được nhiều điểm hơn: hệ số "
              + band.fraction().toPlainString() + " ở " + band.percent().toPlainString() + "% lớn hơn "
              + previous.fraction().toPlainString() + " ở " + previous.percent().toPlainString() + "%",
              "a lower band cannot earn more: fraction " + band.fraction().toPlainString() + " at "
              + band.percent().toPlainString() + "% exceeds " + previous.fraction().toPlainString() + " at "
              + previous.percent().toPlainString() + "%");
        }
      }
      previous = band;
    }
  }

  private static void checkThreshold(String code, BigDecimal threshold) {
    if (threshold.signum() <= 0 || threshold.compareTo(HUNDRED) > 0) {
      throw Faults.criterion(code, "ngưỡng " + threshold.toPlainString() + "% ngoài khoảng (0, 100]",
          "threshold " + threshold.toPlainString() + "% is outside (0, 100]");
    }
  }

  private static void checkSurvey(String code, List<SurveyOption> options) {
    if (options.isEmpty()) {
      throw Faults.criterion(code, "khảo sát cần ít nhất một phương án trả lời",
          "a survey needs at least one answer option");
    }
    Set<String> keys = new HashSet<>();
    for (SurveyOption option : options) {
      if (!keys.add(option.option())) {
        throw Faults.criterion(code, "phương án khảo sát \"" + option.option() + "\" được liệt kê hai lần",
            "survey option \"" + option.option() + "\" is listed twice");
      }
      BigDecimal w = option.weightPercent();
      if (w.signum() < 0 || w.compareTo(HUNDRED) > 0) {
        throw Faults.criterion(code, "phương án khảo sát \"" + option.option() + "\" có trọng số "
            + w.toPlainString() + "% ngoài khoảng 0..100%", "survey option \"" + option.option() + "\" has weight "
            + w.toPlainString() + "% outside 0..100%");
      }
    }
  }
}
