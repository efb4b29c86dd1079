package io.github.cchc.core.inspection;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.Message;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of days counted as the plan says, in calendar days or working days, such as the notice lead time "trước
 * 10 ngày" (10 calendar days) or the report lead time "3 ngày làm việc" (3 working days).
 *
 * <p>{@link #toString()} writes {@code "10 calendar days"} or {@code "3 working days"}, which {@link #parse} reads
 * back.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param days the number of days, zero or more
 * @param type how the days are counted
 */
public record DayCount(int days, DayType type) {

  private static final Pattern FORM = Pattern.compile("(\\d+) (calendar|working) days?");

  /**
   * Checks the components.
   *
   * @throws NullPointerException if the type is null
   * @throws IllegalArgumentException if the number of days is negative
   */
  public DayCount {
    Objects.requireNonNull(type, "type");
    if (days < 0) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, String.valueOf(days), "Số ngày không được âm: " + days,
          "A number of days must not be negative: " + days);
    }
  }

  /**
   * Returns a number of calendar days.
   *
   * @param days the number, zero or more
   * @return the count
   * @throws IllegalArgumentException if the number is negative
   */
  public static DayCount calendarDays(int days) {
    return new DayCount(days, DayType.CALENDAR);
  }

  /**
   * Returns a number of working days.
   *
   * @param days the number, zero or more
   * @return the count
   * @throws IllegalArgumentException if the number is negative
   */
  public static DayCount workingDays(int days) {
    return new DayCount(days, DayType.WORKING);
  }

  /**
   * Reads the form written by {@link #toString()}, such as {@code "10 calendar days"}.
   *
   * @param text the text
   * @return the count
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static DayCount parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.toString().strip());
    if (!m.matches()) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, text.toString(),
          "Không phải số ngày: '" + text + "' (cần như '10 calendar days' hoặc '3 working days')",
          "Not a day count: '" + text + "' (expected e.g. '10 calendar days' or '3 working days')");
    }
    int days;
    try {
      days = Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      throw Errors.rule(ModelRuleException.Kind.INSPECTION_PLAN, text.toString(), new Message(
          "Không phải số ngày: '" + text + "' (số quá lớn)",
              "Not a day count: '" + text + "' (the number is too large)"),
          e);
    }
    return new DayCount(days, m.group(2).equals("calendar") ? DayType.CALENDAR : DayType.WORKING);
  }

  /**
   * Returns the Vietnamese form, such as "10 ngày" or "3 ngày làm việc".
   *
   * @return the label
   */
  public String label() {
    return days + " " + type.label();
  }

  /**
   * Returns {@code "10 calendar days"} or {@code "3 working days"}.
   *
   * @return the text that {@link #parse} reads
   */
  @Override
  public String toString() {
    return days + " " + type.labelEn();
  }
}
