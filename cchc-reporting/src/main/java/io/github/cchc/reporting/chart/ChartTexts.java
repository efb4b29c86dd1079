package io.github.cchc.reporting.chart;

import java.text.Normalizer;
import java.util.Objects;

/** Checks and normalises the texts of charts. */
final class ChartTexts {

  private ChartTexts() {}

  static String nfc(String text, String what) {
    Objects.requireNonNull(text, what);
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }

  static String nonBlank(String text, String what) {
    String nfc = nfc(text, what);
    if (nfc.isEmpty()) {
      throw new IllegalArgumentException("The " + what + " of a chart must not be blank");
    }
    return nfc;
  }
}
