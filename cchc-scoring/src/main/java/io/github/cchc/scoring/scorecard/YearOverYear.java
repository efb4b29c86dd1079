package io.github.cchc.scoring.scorecard;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The change of a unit's index from an earlier result to a later one, in total and per area (areas matched by code).
 *
 * <p>The caller chooses which earlier result counts as the same unit: usually the same unit id, or a predecessor
 * when units merged. Changes are differences of the published (rounded) indexes, in index points.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param unitId the later result's unit
 * @param period the later period
 * @param previousPeriod the earlier period
 * @param index the later index
 * @param previousIndex the earlier index
 * @param areas the per-area changes: the later result's areas in order, then areas found only earlier
 */
public record YearOverYear(String unitId, ReportPeriod period, ReportPeriod previousPeriod, BigDecimal index,
    BigDecimal previousIndex, List<AreaChange> areas) {

  /**
   * The change of one area's index.
   *
   * @param code the area's code
   * @param name the area's name
   * @param index the later index, empty if the area is absent or not applicable then
   * @param previousIndex the earlier index, empty if the area was absent or not applicable then
   */
  public record AreaChange(String code, String name, Optional<BigDecimal> index, Optional<BigDecimal> previousIndex) {
    /**
     * Checks presence.
     *
     * @throws NullPointerException if a part is null
     */
    public AreaChange {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(index, "index");
      Objects.requireNonNull(previousIndex, "previousIndex");
    }

    /**
     * Returns the later index minus the earlier.
     *
     * @return the change in index points, or empty if either index is missing
     */
    public Optional<BigDecimal> change() {
      return index.flatMap(i -> previousIndex.map(i::subtract));
    }
  }

  /**
   * Checks presence and copies the areas.
   *
   * @throws NullPointerException if a part is null
   */
  public YearOverYear {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(previousPeriod, "previousPeriod");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(previousIndex, "previousIndex");
    areas = List.copyOf(areas);
  }

  /**
   * Compares a result with an earlier one.
   *
   * @param current the later result
   * @param previous the earlier result
   * @return the change
   * @throws ModelRuleException if the earlier result's period does not end before the later one's starts
   */
  public static YearOverYear between(ScoreResult current, ScoreResult previous) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    if (!previous.period().lastDay().isBefore(current.period().firstDay())) {
      throw Errors.rule(ModelRuleException.Kind.RANKING, current.unitId(), "Đơn vị " + current.unitId()
          + ": kết quả kỳ trước " + previous.period() + " không ở trước " + current.period(), "Unit "
          + current.unitId() + ": earlier result " + previous.period() + " does not precede " + current.period());
    }
    List<AreaChange> areas = new ArrayList<>();
    for (CriterionScore area : current.areas()) {
      areas.add(new AreaChange(area.code(), area.name(), area.index(),
          previous.criterion(area.code()).flatMap(CriterionScore::index)));
    }
    for (CriterionScore old : previous.areas()) {
      if (areas.stream().noneMatch(a -> a.code().equals(old.code()))) {
        areas.add(new AreaChange(old.code(), old.name(), Optional.empty(), old.index()));
      }
    }
    return new YearOverYear(current.unitId(), current.period(), previous.period(), current.index(),
        previous.index(), areas);
  }

  /**
   * Returns the later index minus the earlier.
   *
   * @return the change in index points
   */
  public BigDecimal change() {
    return index.subtract(previousIndex);
  }

  /**
   * Finds the change of one area.
   *
   * @param code the area's code
   * @return the change, or empty if the area's index is missing in either result or the code is unknown
   */
  public Optional<BigDecimal> areaChange(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst().flatMap(AreaChange::change);
  }
}
