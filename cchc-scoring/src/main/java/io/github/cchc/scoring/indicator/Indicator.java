package io.github.cchc.scoring.indicator;

import io.github.cchc.core.plan.ReformArea;
import java.text.Normalizer;
import java.util.Objects;

/**
 * A statistical indicator of a CCHC report: one row of Phụ lục II, such as 2.4.1 "Tỷ lệ hồ sơ TTHC đã tiếp nhận được
 * giải quyết đúng hạn", counted in dossiers as a count with its share.
 *
 * <pre>{@code
 * Indicator onTime = IndicatorCatalog.builtIn().require("2.4.1");
 * onTime.valueType();   // COUNT_WITH_SHARE
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code: the table's STT such as {@code 2.4.1}, or a dotted id such as {@code dossiers.received}
 * @param name the Vietnamese name, in NFC
 * @param area the area of the report the indicator belongs to
 * @param unit the unit it is counted in
 * @param valueType the kind of value, which decides how it aggregates
 * @param timeAggregation how it aggregates over time
 * @param group the heading the row stands under in the table, empty if none
 */
public record Indicator(
    String code,
    String name,
    ReformArea area,
    IndicatorUnit unit,
    ValueType valueType,
    TimeAggregation timeAggregation,
    String group) {

  /**
   * Checks the components and puts the texts in NFC.
   *
   * @throws IllegalArgumentException if the code or the name is blank, a text holds a tab or a line break, the code
   *     holds a space or starts with {@code #} or a byte-order mark (U+FEFF)
   */
  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(timeAggregation, "timeAggregation");
    Objects.requireNonNull(group, "group");
    code = Normalizer.normalize(code.strip(), Normalizer.Form.NFC);
    name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    group = Normalizer.normalize(group.strip(), Normalizer.Form.NFC);
    if (code.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("An indicator needs a code and a name: '" + code + "', '" + name + "'");
    }
    for (String text : new String[] {code, name, group}) {
      if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("Indicator " + code + ": a tab or line break in '" + text + "'");
      }
    }
    if (code.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("An indicator code has no spaces: '" + code + "'");
    }
    if (code.startsWith("#")) { // the text format would read the line back as a comment
      throw new IllegalArgumentException("An indicator code cannot start with '#': '" + code + "'");
    }
    if (code.startsWith("\uFEFF")) { // on the first line, the text format would read it back as a byte-order mark
      throw new IllegalArgumentException("An indicator code cannot start with a byte-order mark (U+FEFF): '"
          + code.substring(1) + "'");
    }
  }

  /**
   * Returns an indicator that aggregates over time by summing and stands under no heading.
   *
   * @param code the code
   * @param name the Vietnamese name
   * @param area the area
   * @param unit the unit
   * @param valueType the value type
   * @return the indicator
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static Indicator of(String code, String name, ReformArea area, IndicatorUnit unit, ValueType valueType) {
    return new Indicator(code, name, area, unit, valueType, TimeAggregation.SUM, "");
  }

  /**
   * Tells whether a value may stand for this indicator: a count for a count, a ratio or a reported percentage for a
   * percentage, flags for a flag, a ratio for a count with share, a pair for a pair.
   *
   * @param value the value
   * @return true if the kind of the value fits the value type
   */
  public boolean accepts(IndicatorValue value) {
    Objects.requireNonNull(value, "value");
    return switch (valueType) {
      case COUNT -> value.kind() == IndicatorValue.Kind.COUNT;
      case PERCENT -> value.kind() == IndicatorValue.Kind.RATIO || value.kind() == IndicatorValue.Kind.REPORTED_PERCENT;
      case FLAG -> value.kind() == IndicatorValue.Kind.FLAGS;
      case COUNT_WITH_SHARE -> value.kind() == IndicatorValue.Kind.RATIO;
      case PAIR -> value.kind() == IndicatorValue.Kind.PAIR;
    };
  }

  /**
   * Returns the line of the catalogue format that {@link IndicatorCatalog#parse(String)} reads back.
   *
   * @return the tab-separated line
   */
  @Override
  public String toString() {
    return String.join("\t", code, area.name(), unit.name(), valueType.name(), timeAggregation.name(), group, name);
  }
}
