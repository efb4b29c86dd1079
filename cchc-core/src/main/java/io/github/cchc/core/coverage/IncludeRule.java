package io.github.cchc.core.coverage;

import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.org.OrgKind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code include} rule: named units must be targets, as in Sơn La's "UBND các huyện: Mai Sơn, Mộc Châu, Bắc Yên,
 * Phù Yên".
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param units the unit ids, not empty, without duplicates
 */
public record IncludeRule(List<String> units) implements CoverageRule {

  /**
   * Checks the components.
   *
   * @throws ModelRuleException if no unit is given, an id is blank or listed twice
   * @throws NullPointerException if the list or an id is null
   */
  public IncludeRule {
    Objects.requireNonNull(units, "units");
    if (units.isEmpty()) {
      throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, "include", "Quy tắc 'include' cần ít nhất một đơn vị",
          "An 'include' rule needs at least one unit");
    }
    Set<String> seen = new HashSet<>();
    for (String u : units) {
      Objects.requireNonNull(u, "unit");
      if (u.isBlank()) {
        throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, "include", "Quy tắc 'include' có một mã đơn vị trống",
            "An 'include' rule lists a blank unit id");
      }
      if (!seen.add(u)) {
        throw Errors.rule(ModelRuleException.Kind.COVERAGE_RULE, "include",
            "Quy tắc 'include' liệt kê đơn vị '" + u + "' hai lần",
            "An 'include' rule lists unit '" + u + "' twice");
      }
    }
    units = List.copyOf(units);
  }

  /**
   * Returns a rule naming the given units.
   *
   * @param units the unit ids
   * @return the rule
   * @throws ModelRuleException if no unit is given or one is listed twice
   */
  public static IncludeRule of(String... units) {
    return new IncludeRule(List.of(units));
  }

  @Override
  public String ruleName() {
    return "include";
  }

  @Override
  public Set<OrgKind> mentionedKinds() {
    return Set.of();
  }

  @Override
  public String describeVi() {
    return "Kiểm tra các đơn vị: " + String.join(", ", units);
  }

  @Override
  public String describeEn() {
    return "Inspect the units: " + String.join(", ", units);
  }
}
