package io.github.cchc.core.timeframe;

import io.github.cchc.core.text.internal.VietnameseFolding;
import java.text.Normalizer;
import java.time.LocalDate;

/** The Vietnamese spelling of the parts of a timeframe, shared by the variants and the parser. */
final class TimeframeText {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private TimeframeText() {}

  /** A date as plans write it: two-digit day, month without a leading zero: "02/9/2021". */
  static String date(LocalDate date) {
    return String.format(java.util.Locale.ROOT, "%02d/%d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** The Roman numeral of a quarter, 1 to 4. */
  static String roman(int quarter) {
    return ROMAN[quarter - 1];
  }

  /** The text with its first letter in lower case, to embed a timeframe after a label or "Từ". */
  static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** The text in NFC, stripped, with runs of white space made one space. */
  static String clean(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
  }

  /** The text {@linkplain #clean cleaned}, without the given characters at its end, as a cell's trailing comma. */
  static String cleanEnd(String text, String trailing) {
    String t = clean(text);
    while (!t.isEmpty() && trailing.indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** The folded form of an NFC text without stray marks, character for character, so indices carry over. */
  static String foldWords(String nfc) {
    StringBuilder s = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      s.append(VietnameseFolding.fold(nfc.charAt(i)));
    }
    return s.toString();
  }
}
