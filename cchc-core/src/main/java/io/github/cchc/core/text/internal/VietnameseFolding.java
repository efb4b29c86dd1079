package io.github.cchc.core.text.internal;

import java.text.Normalizer;

/**
 * Folds one character of Vietnamese text for matching: lower case, without diacritics ({@code đ} becomes {@code d}),
 * every dash to {@code -} and every kind of space to a plain space. One character in, one character out, so that an
 * index found in a folded copy points at the same place in the text it was folded from.
 *
 * <p>Internal to the module: the package is not exported. This class is immutable and thread-safe.
 */
public final class VietnameseFolding {

  private VietnameseFolding() {}

  /**
   * Folds one character.
   *
   * @param c a character of text in NFC
   * @return the folded character
   */
  public static char fold(char c) {
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (c < 0x80 && !Character.isWhitespace(c)) {
      return Character.toLowerCase(c);
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    if ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212".indexOf(c) >= 0) {
      return '-';
    }
    return Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
  }
}
