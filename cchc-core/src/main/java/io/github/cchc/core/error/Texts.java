package io.github.cchc.core.error;

import java.util.Locale;
import java.util.Objects;

/** The two languages of a message, and the rule that picks one. */
final class Texts {

  private Texts() {}

  static boolean isEnglish(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  static String pick(Locale locale, String vi, String en) {
    return isEnglish(locale) ? en : vi;
  }
}
