package io.github.cchc.core.json.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * A message said in Vietnamese and in English, such as the problem of an input-format error.
 *
 * <p>Internal to the library. This type is immutable and thread-safe.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record Message(String vi, String en) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a text is null
   */
  public Message {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
  }

  /**
   * Returns the text in the reader's language: English when the locale's language is English, else Vietnamese.
   *
   * @param locale the reader's locale
   * @return the text
   */
  public String text(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? en : vi;
  }

  /**
   * Returns this message followed by another, joined by "; ".
   *
   * @param more the message to add
   * @return the longer message
   */
  public Message then(Message more) {
    return new Message(vi + "; " + more.vi, en + "; " + more.en);
  }

  /**
   * Returns this message with a lead-in, joined by ": ", such as the rule a problem belongs to.
   *
   * @param lead the lead-in
   * @return the longer message
   */
  public Message after(Message lead) {
    return new Message(lead.vi + ": " + vi, lead.en + ": " + en);
  }
}
