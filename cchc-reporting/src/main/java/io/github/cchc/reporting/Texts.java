package io.github.cchc.reporting;

import io.github.cchc.core.text.TextPolicy;
import java.util.Objects;

/**
 * Checks and normalises the texts that enter a report, so that every renderer sees the same safe text: NFC under the
 * library's text policy ({@link TextPolicy#displayLines}), control characters other than line feed and tab,
 * bidirectional overrides and isolates and lone surrogates made visible. Each renderer then writes line feeds its
 * own way and escapes its own syntax.
 */
final class Texts {

  private Texts() {}

  static String nfc(String text, String what) {
    Objects.requireNonNull(text, what);
    return TextPolicy.displayLines(text);
  }

  static String nonBlank(String text, String what) {
    String nfc = nfc(text, what).strip();
    if (nfc.isEmpty()) {
      throw new IllegalArgumentException("The " + what + " must not be blank");
    }
    return nfc;
  }
}
