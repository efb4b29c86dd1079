package io.github.cchc.core.error;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when figures cannot be combined: two values of different kinds (a count and a ratio), a percentage reported
 * without its parts, which no sum can combine exactly; or a unit whose figures cannot be carried to its successors
 * (it ceased without one, or was split among several). It carries the {@link #kind() kind} and the {@link #subject()
 * subject} (the unit id or indicator code).
 *
 * <p>{@link #getMessage()} is the English line; {@link #message(Locale)} gives either. Instances are created by the
 * library only. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AggregationException extends IllegalArgumentException implements LocalizedError {

  private static final long serialVersionUID = 1L;

  /** The kinds of aggregation error. */
  public enum Kind {
    /** Two values that cannot be added. */
    NOT_AGGREGATABLE,
    /** A unit whose figures cannot be carried forward: no successor, or several. */
    SUCCESSION
  }

  private final Kind kind;
  private final String subject;
  private final String problemVi;

  AggregationException(Kind kind, String subject, String problemVi, String problemEn, Throwable cause) {
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
   * Returns the unit id or indicator code whose figures cannot be combined.
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
