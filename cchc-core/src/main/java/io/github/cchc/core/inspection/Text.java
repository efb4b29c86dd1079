package io.github.cchc.core.inspection;

import java.text.Normalizer;

/** Keeps text in NFC, stripped, so that names compare as written. */
final class Text {
  private Text() {}

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
  }
}
