package io.github.cchc.core.document;

import io.github.cchc.core.text.internal.VietnameseFolding;
import java.text.Normalizer;

/**
 * Text helpers for document numbers and references: NFC, and a folded copy (lower case, no diacritics, {@code đ} as
 * {@code d}) of the same length, so that an index found in the folded copy points at the same place in the text.
 */
final class DocumentText {

  private DocumentText() {}

  /** The text in NFC without stray combining marks, so that it folds character for character. */
  static String nfc(CharSequence text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder s = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        s.append(Character.isSpaceChar(c) || Character.isWhitespace(c) ? ' ' : c);
      }
    }
    return s.toString();
  }

  /** The folded copy of an {@link #nfc} text, of the same length. */
  static String fold(String nfc) {
    StringBuilder s = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      s.append(VietnameseFolding.fold(nfc.charAt(i)));
    }
    return s.toString();
  }

  /** The text in NFC, stripped, with runs of spaces made one. */
  static String clean(String text) {
    return nfc(text).strip().replaceAll(" +", " ");
  }

  /** Tells whether a folded word occurs at {@code at}, whole (not inside a longer word). */
  static boolean wordAt(String folded, int at, String word) {
    if (at < 0 || !folded.startsWith(word, at)) {
      return false;
    }
    boolean before = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
    int after = at + word.length();
    return before && (after == folded.length() || !Character.isLetterOrDigit(folded.charAt(after)));
  }

  /** The index of the first whole occurrence of a folded word at or after {@code from}, or -1. */
  static int findWord(String folded, String word, int from) {
    for (int i = folded.indexOf(word, from); i >= 0; i = folded.indexOf(word, i + 1)) {
      if (wordAt(folded, i, word)) {
        return i;
      }
    }
    return -1;
  }
}
