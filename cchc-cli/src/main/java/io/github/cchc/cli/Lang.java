package io.github.cchc.cli;

import java.util.Locale;

/** The language of text output: Vietnamese by default, English on request. */
public enum Lang {
  /** Vietnamese. */
  VI(Locale.forLanguageTag("vi-VN")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale of this language.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Picks the text in this language.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   * @return {@code vi} or {@code en}
   */
  public String pick(String vi, String en) {
    return this == VI ? vi : en;
  }
}
