package io.github.cchc.scoring.indicator;

import io.github.cchc.core.timeframe.ReportPeriod;
import java.util.Objects;

/**
 * The value of one indicator for one organisational unit in one period.
 *
 * <pre>{@code
 * Observation o = new Observation(catalog.require("2.4.1"), "SL", ReportPeriod.parse("2024"),
 *     IndicatorValue.ratio(9_512, 9_600));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param unitId the id of the unit in the organisation directory
 * @param period the period
 * @param value the value, of a kind the indicator accepts
 */
public record Observation(Indicator indicator, String unitId, ReportPeriod period, IndicatorValue value) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the unit id is blank or the value does not fit the indicator's value type
   */
  public Observation {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    if (unitId.isBlank()) {
      throw new IllegalArgumentException("An observation of " + indicator.code() + " needs a unit id");
    }
    if (!indicator.accepts(value)) {
      throw new IllegalArgumentException("Indicator " + indicator.code() + " is a " + indicator.valueType()
          + " and cannot hold the value " + value + " (" + value.kind() + ") for unit " + unitId + ", " + period);
    }
  }
}
