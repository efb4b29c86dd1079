package io.github.cchc.core.error;

import java.time.DateTimeException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a date or a year is outside the range a calendar supports (the lunar years 1800 to 2199, the working
 * calendar's years 1900 to 2100), or when a lunar date does not exist (a 30th day in a 29-day month, a leap month the
 * year lacks). It carries the {@link #kind() kind} and the offending value ({@link #subject()}).
 *
 * <p>It is a {@link java.time.DateTimeException}: callers that already handle {@code java.time} errors handle this one
 * too.
 *
 * <p>{@link #getMessage()} is the English line; {@link #message(Locale)} gives either. Instances are created by the
 * library only. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CalendarException extends DateTimeException implements LocalizedError {

  private static final long serialVersionUID = 1L;

  /** The kinds of calendar error. */
  public enum Kind {
    /** A date or a year outside the supported range. */
    OUT_OF_RANGE,
    /** A lunar date that does not exist. */
    NO_SUCH_LUNAR_DATE
  }

  private final Kind kind;
  private final String subject;
  private final String problemVi;

  CalendarException(Kind kind, String subject, String problemVi, String problemEn, Throwable cause) {
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
   * Returns the offending value as text, such as {@code 1899} or {@code 2023-02L-11}.
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
