package io.github.cchc.core.error;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a model value breaks a rule of its kind, whatever the source: a directory with a duplicate unit id or a
 * cycle, a coverage rule with min above max, a planning or schedule request that contradicts itself, an inspection
 * plan out of range, a scorecard whose maxima do not add up, an assessment whose answer does not fit its criterion, a
 * rate whose part exceeds its whole, a report table whose rows do not fit its columns. It carries the {@link #kind()
 * kind} of model and the {@link #subject() subject} (the id of what is at fault).
 *
 * <p>A reader that meets such a value in a file reports an {@link InputFormatException} with this as its cause,
 * naming the file and the JSON path.
 *
 * <p>{@link #getMessage()} is the English line; {@link #message(Locale)} gives either. Instances are created by the
 * library only. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ModelRuleException extends IllegalArgumentException implements LocalizedError {

  private static final long serialVersionUID = 1L;

  /** The kinds of model whose rule is broken. */
  public enum Kind {
    /** A unit or an organisation directory: blank id, duplicate id, unknown parent or successor, cycle. */
    ORG_UNIT,
    /** A reform plan or its parts: a blank unit id or group name, a completion without its summary. */
    PLAN,
    /** A coverage rule: a percentage outside 0..100, min above max, no kinds. */
    COVERAGE_RULE,
    /** A planning request: a number the planner cannot weigh exactly. */
    PLANNING_REQUEST,
    /**
     * An inspection plan or its parts: a year out of range, a sub-team listed twice, an empty window, a target that
     * lists itself, a visit length whose bounds are reversed, a finding due before its visit, a day count that cannot
     * be read.
     */
    INSPECTION_PLAN,
    /** A schedule request: a visit of no days, no sub-team, a report due before its notice, no window. */
    SCHEDULE_REQUEST,
    /** A scorecard: a criterion malformed, two criteria with one code, maxima that do not add up. */
    SCORECARD,
    /** An assessment: an answer of the wrong kind, points out of range, survey shares that do not add up. */
    ASSESSMENT,
    /** A rate: a negative part, a whole not above zero, a part above the whole. */
    RATE,
    /** The indicator catalogue: a duplicate code, a malformed line. */
    INDICATOR_CATALOG,
    /** A set of dossier rows or counts: a unit given twice, counts that contradict each other. */
    DOSSIERS,
    /** A ranking: results of several scorecards or periods, a unit twice. */
    RANKING,
    /** A report table: no columns, a row that does not fit them. */
    REPORT_TABLE
  }

  private final Kind kind;
  private final String subject;
  private final String problemVi;

  ModelRuleException(Kind kind, String subject, String problemVi, String problemEn, Throwable cause) {
    super(Objects.requireNonNull(problemEn, "problemEn"));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.problemVi = Objects.requireNonNull(problemVi, "problemVi");
    if (cause != null) {
      initCause(cause);
    }
  }

  /**
   * Returns the kind of error.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns what the broken rule is about, as an id a caller can look up: the unit id, the criterion code, the
   * scorecard id, the coverage rule's name, the field.
   *
   * @return the subject, or empty when the error is about the whole
   */
  public String subject() {
    return subject;
  }

  @Override
  public String message(Locale locale) {
    return Texts.pick(locale, problemVi, getMessage());
  }
}
