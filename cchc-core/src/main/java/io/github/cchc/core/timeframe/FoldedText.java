package io.github.cchc.core.timeframe;

import io.github.cchc.core.text.internal.VietnameseFolding;
import java.text.Normalizer;

/**
 * A text in NFC together with a folded copy for matching: lower case, without diacritics ({@code đ} becomes {@code
 * d}), dashes unified to {@code -} and every kind of space to a plain space. Each folded character remembers where it
 * came from, so that an error can point into the text the user wrote.
 */
final class FoldedText {

  private final String original;
  private final String folded;
  private final int[] origin;

  private FoldedText(String original, String folded, int[] origin) {
    this.original = original;
    this.folded = folded;
    this.origin = origin;
  }

  static FoldedText of(CharSequence text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    int[] origin = new int[nfc.length() + 1];
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        // A stray combining mark that NFC could not compose: it carries no letter.
        continue;
      }
      origin[out.length()] = i;
      out.append(VietnameseFolding.fold(c));
    }
    origin[out.length()] = nfc.length();
    int[] trimmed = new int[out.length() + 1];
    System.arraycopy(origin, 0, trimmed, 0, out.length() + 1);
    return new FoldedText(nfc, out.toString(), trimmed);
  }

  /** The text in NFC. */
  String original() {
    return original;
  }

  /** The folded text, as long as the NFC text less any stray combining marks. */
  String folded() {
    return folded;
  }

  /** The index in the NFC text of a folded index (the text's length for the end). */
  int originOf(int foldedIndex) {
    return origin[Math.min(Math.max(foldedIndex, 0), origin.length - 1)];
  }

  /** The original text between two folded indices, stripped. */
  String originalBetween(int foldedStart, int foldedEnd) {
    return original.substring(originOf(foldedStart), originOf(foldedEnd)).strip();
  }
}
