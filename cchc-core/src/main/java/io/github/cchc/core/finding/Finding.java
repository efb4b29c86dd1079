package io.github.cchc.core.finding;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a check found in a document: its severity, where it is, which rule it breaks and what is wrong, said in
 * Vietnamese and in English.
 *
 * <p>The path uses the document's own field names with zero-based indexes, for example {@code tasks[12].outputs}; it
 * is empty for a finding about the whole document. Rule ids are stable, dotted and lower case ({@code
 * plan.issued-by-31-january}) so that callers can filter on them.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param severity how serious the finding is
 * @param path where in the document, empty for the document as a whole
 * @param ruleId the stable id of the rule
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
public record Finding(Severity severity, String path, String ruleId, String messageVi, String messageEn) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the rule id or a message is blank
   */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(messageVi, "messageVi");
    Objects.requireNonNull(messageEn, "messageEn");
    if (ruleId.isBlank() || messageVi.isBlank() || messageEn.isBlank()) {
      throw new IllegalArgumentException("A finding needs a rule id and both messages: " + ruleId);
    }
  }

  /**
   * Creates an error.
   *
   * @param path where in the document
   * @param ruleId the rule id
   * @param messageVi the message in Vietnamese
   * @param messageEn the message in English
   * @return the finding
   */
  public static Finding error(String path, String ruleId, String messageVi, String messageEn) {
    return new Finding(Severity.ERROR, path, ruleId, messageVi, messageEn);
  }

  /**
   * Creates a warning.
   *
   * @param path where in the document
   * @param ruleId the rule id
   * @param messageVi the message in Vietnamese
   * @param messageEn the message in English
   * @return the finding
   */
  public static Finding warning(String path, String ruleId, String messageVi, String messageEn) {
    return new Finding(Severity.WARNING, path, ruleId, messageVi, messageEn);
  }

  /**
   * Creates an informational finding.
   *
   * @param path where in the document
   * @param ruleId the rule id
   * @param messageVi the message in Vietnamese
   * @param messageEn the message in English
   * @return the finding
   */
  public static Finding info(String path, String ruleId, String messageVi, String messageEn) {
    return new Finding(Severity.INFO, path, ruleId, messageVi, messageEn);
  }

  /**
   * Returns the message in the given language: Vietnamese unless the locale's language is English.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? messageEn : messageVi;
  }

  /**
   * Returns a one-line English form: severity, rule id, path and message.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return severity + " " + ruleId + (path.isEmpty() ? "" : " at " + path) + ": " + messageEn;
  }
}
