package io.github.cchc.core.plan;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.internal.Errors;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The document that completed a task: its number and symbol, its date and a one-line summary, as a report's
 * completed-task appendix (Phụ lục I) lists them.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param number the completing document's number and symbol, such as 12/KH-UBND
 * @param date the completing document's date
 * @param summary what the document is about (trích yếu), in NFC
 */
public record Completion(DocumentNumber number, LocalDate date, String summary) {

  /**
   * Checks the components and normalises the summary to NFC.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the summary is blank
   */
  public Completion {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(summary, "summary");
    if (summary.isBlank()) {
      throw Errors.rule(ModelRuleException.Kind.PLAN, String.valueOf(number),
          "Văn bản hoàn thành " + number + " cần có trích yếu",
          "The completing document " + number + " needs a summary");
    }
    summary = Normalizer.normalize(summary.strip(), Normalizer.Form.NFC);
  }

  /**
   * Creates a completion.
   *
   * @param number the completing document's number and symbol
   * @param date the completing document's date
   * @param summary what the document is about
   * @return the completion
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the summary is blank
   */
  public static Completion of(DocumentNumber number, LocalDate date, String summary) {
    return new Completion(number, date, summary);
  }
}
