package io.github.cchc.reporting;

/** The role of a table row, which decides its emphasis. */
public enum RowKind {
  /** An ordinary row of data. */
  DATA,
  /** A group heading row, such as "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in an appendix; shown in bold. */
  GROUP,
  /** A total row; shown in bold. */
  TOTAL
}
