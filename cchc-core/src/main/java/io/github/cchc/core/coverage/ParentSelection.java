package io.github.cchc.core.coverage;

/** Which parents a {@link PerParentRule} applies to. */
public enum ParentSelection {
  /** Every active parent of the parent kinds. */
  ALL,
  /** Only the parents that are themselves targets. */
  SELECTED
}
