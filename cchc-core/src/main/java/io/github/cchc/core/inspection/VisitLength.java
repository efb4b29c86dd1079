package io.github.cchc.core.inspection;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.util.Objects;

/**
 * How long an inspection visit lasts, as a plan bounds it: "từ 02 ngày đến 04 ngày làm việc" is 2 to 4 working days.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param min the shortest visit, at least 1
 * @param max the longest visit, at least {@code min}
 * @param type how the days are counted
 */
public record VisitLength(int min, int max, DayType type) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if the type is null
   * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
   */
  public VisitLength {
    Objects.requireNonNull(type, "type");
    if (min < 1 || max < min) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, "visitLength",
          "Thời gian một cuộc kiểm tra cần 1 <= min <= max, gặp min " + min + " và max " + max,
          "A visit length needs 1 <= min <= max, found min " + min + " and max " + max);
    }
  }

  /**
   * Returns a visit length counted in working days.
   *
   * @param min the shortest visit
   * @param max the longest visit
   * @return the length
   * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
   */
  public static VisitLength workingDays(int min, int max) {
    return new VisitLength(min, max, DayType.WORKING);
  }

  /**
   * Tells whether a visit of a number of days fits these bounds.
   *
   * @param days the length of a visit
   * @return true if {@code min <= days <= max}
   */
  public boolean allows(int days) {
    return days >= min && days <= max;
  }
}
