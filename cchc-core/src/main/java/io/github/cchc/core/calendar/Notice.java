package io.github.cchc.core.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A published document that fixes days off or make-up working days of a year, such as the Ministry of Home Affairs'
 * notice {@code 9441/TB-BNV} of 16/10/2025 on Tết and National Day 2026, or a Government Office letter that approves a
 * swap of working days.
 *
 * <p>Notices are read from schedule files (the {@code notices} of a year, see {@code docs/calendar.md}); {@link
 * YearSchedule#notices()} lists them and {@link YearSchedule#noticeFor(LocalDate)} tells which one fixed a day.
 *
 * <p>This class is immutable and thread-safe, and must be treated as a value type.
 */
public final class Notice {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final String number;
  private final LocalDate date;
  private final String issuer;
  private final String subject;

  Notice(String number, LocalDate date, String issuer, String subject) {
    this.number = Objects.requireNonNull(number, "number");
    this.date = date;
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.subject = Objects.requireNonNull(subject, "subject");
  }

  /**
   * Returns the number and symbol, such as {@code 9441/TB-BNV}.
   *
   * @return the number
   */
  public String number() {
    return number;
  }

  /**
   * Returns the date the notice was signed.
   *
   * @return the date, or empty when the file does not give it (it could not be verified)
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the body that issued the notice, such as "Bộ Nội vụ".
   *
   * @return the issuer
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Returns what the notice decides, in a few words.
   *
   * @return the subject, or an empty string when the file gives none
   */
  public String subject() {
    return subject;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Notice n && n.number.equals(number) && Objects.equals(n.date, date)
        && n.issuer.equals(issuer) && n.subject.equals(subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, date, issuer, subject);
  }

  /**
   * Returns the number, the date and the issuer, such as {@code 9441/TB-BNV ngày 16/10/2025, Bộ Nội vụ}.
   *
   * @return the citation
   */
  @Override
  public String toString() {
    return number + (date == null ? "" : " ngày " + DAY.format(date)) + ", " + issuer;
  }
}
