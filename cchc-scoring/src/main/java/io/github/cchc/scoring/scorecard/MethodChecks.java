package io.github.cchc.scoring.scorecard;

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
      checkPoints(code, d.metPoints(), max, "points when on time");
      checkPoints(code, d.latePoints(), max, "points when late");
      checkPoints(code, d.missingPoints(), max, "points when not done");
    } else if (method instanceof ScoringMethod.Survey s) {
      checkSurvey(code, s.options());
    } else if (method instanceof ScoringMethod.Derived d) {
      check(code, max, d.rateMethod());
    }
    // YES_NO and MANUAL have nothing to check.
  }

  static void checkPoints(String code, BigDecimal points, BigDecimal max, String what) {
    if (points.signum() < 0 || points.compareTo(max) > 0) {
      throw new PointsOutOfRangeException(code, points, max, what);
    }
  }

  private static void checkBands(String code, List<Band> bands) {
    if (bands.isEmpty()) {
      throw new InvalidCriterionException(code, "a bands method needs at least one band");
    }
    Band previous = null;
    for (Band band : bands) {
      if (band.percent().signum() < 0) {
        throw new InvalidCriterionException(code, "band bound " + band.percent().toPlainString() + "% is negative");
      }
      if (band.fraction().signum() < 0 || band.fraction().compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidCriterionException(code, "band fraction " + band.fraction().toPlainString()
            + " is outside 0..1");
      }
      if (previous != null) {
        if (band.percent().compareTo(previous.percent()) >= 0) {
          throw new InvalidCriterionException(code, "bands must be listed from the highest bound down, but "
              + band.percent().toPlainString() + "% follows " + previous.percent().toPlainString() + "%");
        }
        if (band.fraction().compareTo(previous.fraction()) > 0) {
          throw new InvalidCriterionException(code, "a lower band cannot earn more: fraction "
              + band.fraction().toPlainString() + " at " + band.percent().toPlainString() + "% exceeds "
              + previous.fraction().toPlainString() + " at " + previous.percent().toPlainString() + "%");
        }
      }
      previous = band;
    }
  }

  private static void checkThreshold(String code, BigDecimal threshold) {
    if (threshold.signum() <= 0 || threshold.compareTo(HUNDRED) > 0) {
      throw new InvalidCriterionException(code, "threshold " + threshold.toPlainString()
          + "% is outside (0, 100]");
    }
  }

  private static void checkSurvey(String code, List<SurveyOption> options) {
    if (options.isEmpty()) {
      throw new InvalidCriterionException(code, "a survey needs at least one answer option");
    }
    Set<String> keys = new HashSet<>();
    for (SurveyOption option : options) {
      if (!keys.add(option.option())) {
        throw new InvalidCriterionException(code, "survey option \"" + option.option() + "\" is listed twice");
      }
      BigDecimal w = option.weightPercent();
      if (w.signum() < 0 || w.compareTo(HUNDRED) > 0) {
        throw new InvalidCriterionException(code, "survey option \"" + option.option() + "\" has weight "
            + w.toPlainString() + "% outside 0..100%");
      }
    }
  }
}
