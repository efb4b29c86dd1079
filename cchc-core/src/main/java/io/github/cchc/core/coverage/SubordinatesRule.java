package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code subordinates} rule: each target that is a department or a committee lists between min and max of its
 * own subordinate units to be visited there, as in Sơn La's "kiểm tra trực tiếp từ 02 đến 03 đơn vị trực thuộc".
 *
 * <p>"Committee" means a People's Committee at any tier: {@link OrgKind#PROVINCE}, {@link OrgKind#DISTRICT} and
 * {@link OrgKind#COMMUNE}; with {@link OrgKind#DEPARTMENT} these are the {@linkplain #DEFAULT_KINDS default kinds}. A
 * plan may narrow them (for example to departments and districts when its directory lists no units under the
 * communes). A unit's own subordinate units are its direct children in the directory that are active at the date, of
 * any kind: the offices of a district and its communes alike.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param min the fewest subordinate units per target
 * @param max the most subordinate units per target, at least {@code min}
 * @param kinds the kinds of target the rule applies to, not empty
 */
public record SubordinatesRule(int min, int max, Set<OrgKind> kinds) implements CoverageRule {

  /** Departments and the committees of every tier: PROVINCE, DEPARTMENT, DISTRICT, COMMUNE. */
  public static final Set<OrgKind> DEFAULT_KINDS =
      java.util.Collections.unmodifiableSet(
          EnumSet.of(OrgKind.PROVINCE, OrgKind.DEPARTMENT, OrgKind.DISTRICT, OrgKind.COMMUNE));

  /**
   * Checks the components.
   *
   * @throws io.github.cchc.core.error.ModelRuleException if {@code min} is negative or above {@code max}, or no kind is
   *     given
   * @throws NullPointerException if the kinds are null
   */
  public SubordinatesRule {
    Rules.range("subordinates", min, max);
    kinds = Rules.kinds("subordinates", "kinds", kinds);
  }

  /**
   * Returns the rule for departments and committees.
   *
   * @param min the fewest subordinate units per target
   * @param max the most subordinate units per target
   * @return the rule
   * @throws io.github.cchc.core.error.ModelRuleException if {@code min} is negative or above {@code max}
   */
  public static SubordinatesRule of(int min, int max) {
    return new SubordinatesRule(min, max, DEFAULT_KINDS);
  }

  @Override
  public String ruleName() {
    return "subordinates";
  }

  @Override
  public Set<OrgKind> mentionedKinds() {
    return kinds;
  }

  @Override
  public String describeVi() {
    return "Mỗi đơn vị được kiểm tra: từ " + min + " đến " + max + " đơn vị trực thuộc";
  }

  @Override
  public String describeEn() {
    return "Each inspected unit: " + min + " to " + max + " of its subordinate units";
  }
}
