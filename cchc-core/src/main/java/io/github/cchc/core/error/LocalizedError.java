package io.github.cchc.core.error;

import java.util.Locale;

/**
 * An error the library reports in Vietnamese and in English. Every exception of {@link io.github.cchc.core.error}
 * (and the dossier reader's {@code InvalidDossierRowException}) is one: {@link Throwable#getMessage()} is the English
 * line, {@link #message(Locale)} the line in the reader's language.
 *
 * <pre>{@code
 * try {
 *   Timeframe.parse(text);
 * } catch (TextParseException e) {
 *   show(e.message(Locale.forLanguageTag("vi")));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface LocalizedError {

  /**
   * Returns the whole message in the reader's language: English when the locale's language is English, else
   * Vietnamese.
   *
   * @param locale the reader's locale
   * @return the message, one line
   * @throws NullPointerException if the locale is null
   */
  String message(Locale locale);
}
