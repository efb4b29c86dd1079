package io.github.cchc.reporting;

import java.text.Normalizer;
import java.util.Objects;

/** Checks and normalises the texts that enter a report, so that every renderer sees NFC text. */
final class Texts {

  private Texts() {}

  static String nfc(String text, String what) {
    Objects.requireNonNull(text, what);
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  static String nonBlank(String text, String what) {
    String nfc = nfc(text, what).strip();
    if (nfc.isEmpty()) {
      throw new IllegalArgumentException("The " + what + " must not be blank");
    }
    return nfc;
  }
}
