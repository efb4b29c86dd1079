package io.github.cchc.core.coverage;

import io.github.cchc.core.org.OrgKind;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code perParent} rule: under each parent of the parent kinds, between min and max targets of the kinds, as in
 * Đồng Tháp's "từ 01 – 02 đơn vị hành chính cấp xã của mỗi huyện". A unit's parent here is its nearest ancestor of
 * one of the parent kinds, so intermediate tiers do not matter. {@link ParentSelection#ALL} applies the rule to every
 * active parent, {@link ParentSelection#SELECTED} only to parents that are themselves targets.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param kinds the kinds counted under each parent, not empty
 * @param parentKinds the kinds of the parents, not empty
 * @param min the fewest targets under each parent
 * @param max the most targets under each parent, at least {@code min}
 * @param parents which parents the rule applies to
 */
public record PerParentRule(Set<OrgKind> kinds, Set<OrgKind> parentKinds, int min, int max, ParentSelection parents)
    implements CoverageRule {

  /**
   * Checks the components.
   *
   * @throws io.github.cchc.core.error.ModelRuleException if a kind set is empty, {@code min} is negative or above
   *     {@code max}
   * @throws NullPointerException if a component is null
   */
  public PerParentRule {
    kinds = Rules.kinds("perParent", "kinds", kinds);
    parentKinds = Rules.kinds("perParent", "parentKinds", parentKinds);
    Rules.range("perParent", min, max);
    Objects.requireNonNull(parents, "parents");
  }

  @Override
  public String ruleName() {
    return "perParent";
  }

  @Override
  public Set<OrgKind> mentionedKinds() {
    java.util.EnumSet<OrgKind> all = java.util.EnumSet.copyOf(kinds);
    all.addAll(parentKinds);
    return all;
  }

  @Override
  public String describeVi() {
    return "Từ " + min + " đến " + max + " " + Rules.kindsVi(kinds) + " ở mỗi " + Rules.kindsVi(parentKinds)
        + (parents == ParentSelection.SELECTED ? " được kiểm tra" : "");
  }

  @Override
  public String describeEn() {
    return min + " to " + max + " " + Rules.kindsEn(kinds) + " in each "
        + (parents == ParentSelection.SELECTED ? "inspected " : "") + Rules.kindsEn(parentKinds);
  }
}
