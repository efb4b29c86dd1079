package io.github.cchc.scoring.scorecard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an assessment says about one leaf criterion: a yes/no, a rate, a deadline outcome, points, or survey answer
 * shares. Obtain answers with the static factories.
 *
 * <p>Which kinds fit which method:
 * <ul>
 *   <li>{@link MethodKind#YES_NO}: {@link #yes()}, {@link #no()};</li>
 *   <li>{@link MethodKind#BANDS}, {@link MethodKind#LINEAR_THRESHOLD}: {@link #rate(Rate)};</li>
 *   <li>{@link MethodKind#DEADLINE}: {@link #deadline(DeadlineStatus)};</li>
 *   <li>{@link MethodKind#SURVEY}: {@link #survey(Map)};</li>
 *   <li>{@link MethodKind#DERIVED}: no self answer (the rate comes from the assessment's indicator values); an
 *       appraisal may give a corrected {@link #rate(Rate)};</li>
 *   <li>every method: {@link #points(BigDecimal)} within 0..max, which is how a council sets points directly, and the
 *       only answer a {@link MethodKind#MANUAL} criterion takes (except that a derived criterion takes points only
 *       from an appraisal).</li>
 * </ul>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Answer permits Answer.YesNo, Answer.Rated, Answer.Timeliness, Answer.Points, Answer.Shares {

  /**
   * Returns "có" (yes).
   *
   * @return the answer
   */
  static YesNo yes() {
    return new YesNo(true);
  }

  /**
   * Returns "không" (no).
   *
   * @return the answer
   */
  static YesNo no() {
    return new YesNo(false);
  }

  /**
   * Returns a rate answer.
   *
   * @param rate the rate
   * @return the answer
   */
  static Rated rate(Rate rate) {
    return new Rated(rate);
  }

  /**
   * Returns a deadline outcome.
   *
   * @param status the outcome
   * @return the answer
   */
  static Timeliness deadline(DeadlineStatus status) {
    return new Timeliness(status);
  }

  /**
   * Returns points given directly.
   *
   * @param points the points, checked against the criterion's 0..max when scored
   * @return the answer
   */
  static Points points(BigDecimal points) {
    return new Points(points);
  }

  /**
   * Returns survey answer shares in percent per option, which must add up to exactly 100 when scored.
   *
   * @param sharesPercent the share of respondents per option key, in percent
   * @return the answer
   */
  static Shares survey(Map<String, BigDecimal> sharesPercent) {
    return new Shares(sharesPercent);
  }

  /**
   * Có / Không.
   *
   * @param yes true for "có"
   */
  record YesNo(boolean yes) implements Answer {
  }

  /**
   * A rate.
   *
   * @param rate the rate
   */
  record Rated(Rate rate) implements Answer {
    /**
     * Checks presence.
     *
     * @throws NullPointerException if the rate is null
     */
    public Rated {
      Objects.requireNonNull(rate, "rate");
    }
  }

  /**
   * A deadline outcome.
   *
   * @param status the outcome
   */
  record Timeliness(DeadlineStatus status) implements Answer {
    /**
     * Checks presence.
     *
     * @throws NullPointerException if the status is null
     */
    public Timeliness {
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * Points given directly.
   *
   * @param points the points
   */
  record Points(BigDecimal points) implements Answer {
    /**
     * Checks presence.
     *
     * @throws NullPointerException if the points are null
     */
    public Points {
      Objects.requireNonNull(points, "points");
    }
  }

  /**
   * Survey answer shares.
   *
   * @param sharesPercent the share per option key in percent, in the order given
   */
  record Shares(Map<String, BigDecimal> sharesPercent) implements Answer {
    /**
     * Copies the map, keeping its order.
     *
     * @throws NullPointerException if the map, a key or a value is null
     */
    public Shares {
      Map<String, BigDecimal> copy = new LinkedHashMap<>();
      sharesPercent.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "option"), Objects.requireNonNull(v, k)));
      sharesPercent = Collections.unmodifiableMap(copy);
    }
  }
}
