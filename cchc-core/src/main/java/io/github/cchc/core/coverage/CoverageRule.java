package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgKind;
import java.util.Set;

/**
 * One rule of an inspection plan's coverage, from a small closed vocabulary:
 *
 * <ul>
 *   <li>{@link ShareRule} ({@code share}): at least, or more than, a percentage of the active units of some kinds;
 *   <li>{@link CountRule} ({@code count}): at least a number of units of some kinds;
 *   <li>{@link PerParentRule} ({@code perParent}): between min and max targets of some kinds under each parent of
 *       other kinds ("từ 01 – 02 đơn vị hành chính cấp xã của mỗi huyện");
 *   <li>{@link IncludeRule} ({@code include}): named units;
 *   <li>{@link SubordinatesRule} ({@code subordinates}): each department or committee target lists between min and
 *       max of its own subordinate units ("từ 02 đến 03 đơn vị trực thuộc");
 *   <li>{@link SelfInspectionRule} ({@code selfInspection}): each unit inspects at least a percentage of its own
 *       subordinate units, checked against self-inspection reports.
 * </ul>
 *
 * <p>Rules are checked when built: impossible rules (min above max, a percentage outside 0..100) throw {@link
 * io.github.cchc.core.error.ModelRuleException}. Implementations are immutable and thread-safe.
 */
public sealed interface CoverageRule
    permits ShareRule, CountRule, PerParentRule, IncludeRule, SubordinatesRule, SelfInspectionRule {

  /**
   * Returns the rule's name in the JSON vocabulary: {@code share}, {@code count}, {@code perParent}, {@code include},
   * {@code subordinates} or {@code selfInspection}.
   *
   * @return the name
   */
  String ruleName();

  /**
   * Returns the kinds of unit the rule is about, for telling which targets no rule mentions.
   *
   * @return the kinds, empty for {@code include}
   */
  Set<OrgKind> mentionedKinds();

  /**
   * Tells whether targets decide the rule; the self-inspection rule is decided by reports instead.
   *
   * @return true for every rule but {@code selfInspection}
   */
  default boolean isTargetRule() {
    return true;
  }

  /**
   * Returns the rule in Vietnamese, such as "Tối thiểu 50% Sở, ban, ngành".
   *
   * @return the description
   */
  String describeVi();

  /**
   * Returns the rule in English, such as "At least 50% of Department".
   *
   * @return the description
   */
  String describeEn();
}
