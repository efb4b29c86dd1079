package io.github.cchc.core.inspection;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The timing rules of the visits: how long a visit lasts, how long before it the unit is notified, and how long
 * before it the unit sends its report. Sơn La 2024: 2 to 4 working days, notified 10 days before, report 5 days
 * before; Hà Nội 2023: report 3 working days before.
 *
 * <pre>{@code
 * TimingRules sonLa = TimingRules.builder()
 *     .visitLength(VisitLength.workingDays(2, 4))
 *     .noticeLead(DayCount.calendarDays(10))
 *     .reportLead(DayCount.calendarDays(5))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimingRules {

  TimingRules() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TimingRules}; every field is optional. */
  public static final class Builder extends ImmutableTimingRules.Builder {
    Builder() {}
  }

  /**
   * Returns the bounds on a visit's length.
   *
   * @return the visit length, empty if the plan does not say
   */
  public abstract Optional<VisitLength> visitLength();

  /**
   * Returns how long before a visit the unit is notified of it.
   *
   * @return the notice lead time, empty if the plan does not say
   */
  public abstract Optional<DayCount> noticeLead();

  /**
   * Returns how long before a visit the unit sends its report to the team.
   *
   * @return the report lead time, empty if the plan does not say
   */
  public abstract Optional<DayCount> reportLead();
}
