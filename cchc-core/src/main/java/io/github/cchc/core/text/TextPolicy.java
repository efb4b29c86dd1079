package io.github.cchc.core.text;

import java.text.Normalizer;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The library's one text policy: what a text taken from a document may contain when it is shown, in every output
 * (the terminal, HTML, Markdown, CSV, XLSX and JSON), and how the rest is made visible.
 *
 * <p>Shown texts are in Unicode NFC. These code points are <em>unsafe</em>, because a terminal or a viewer acts on
 * them instead of showing them: the C0 controls U+0000 to U+001F, DEL (U+007F) and the C1 controls U+0080 to U+009F
 * (an escape sequence can clear a screen, a line break can forge a line), the bidirectional embeddings and overrides
 * U+202A to U+202E and the isolates U+2066 to U+2069 (they reorder what follows, so a name can read as something
 * else), and a lone surrogate (no encoding can write it). {@link #display(String)} replaces each by something
 * visible: a C0 control or DEL by its picture from the Control Pictures block ({@code ␛} for ESC, {@code ␊} for a line
 * feed), the others by their code point in brackets ({@code [U+202E]}). {@link #displayLines(String)} keeps line
 * feeds and tabs, for texts of several lines whose format has its own way to write them.
 *
 * <p>An input reader or a check reports an unsafe text with {@link #firstUnsafe(String)}; a lone surrogate is refused
 * at input ({@link #firstLoneSurrogate(String)}), since a text holding one cannot be written in UTF-8.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TextPolicy {

  private TextPolicy() {}

  /**
   * Returns {@code true} if the code point is unsafe to show as it is: a C0 or C1 control, DEL, a bidirectional
   * embedding, override or isolate, or a surrogate.
   *
   * @param codePoint a code point
   * @return whether it is shown replaced
   */
  public static boolean isUnsafe(int codePoint) {
    return codePoint < 0x20
        || codePoint >= 0x7F && codePoint <= 0x9F
        || codePoint >= 0x202A && codePoint <= 0x202E
        || codePoint >= 0x2066 && codePoint <= 0x2069
        || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }

  /**
   * Returns a text as it is shown on one line: in NFC, every unsafe code point, line breaks and tabs included,
   * replaced by a visible sign.
   *
   * @param text the text
   * @return the text to show
   */
  public static String display(String text) {
    return neutralise(text, false);
  }

  /**
   * Returns a text of several lines as it is shown: in NFC, every unsafe code point but the line feed and the tab
   * replaced by a visible sign (a carriage return too, which would let a line overwrite another).
   *
   * @param text the text
   * @return the text to show
   */
  public static String displayLines(String text) {
    return neutralise(text, true);
  }

  /**
   * Returns the first unsafe code point of a text, if any; line feeds and tabs count as unsafe.
   *
   * @param text the text
   * @return the code point, empty when the text is safe to show
   */
  public static OptionalInt firstUnsafe(String text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isUnsafe(cp)) {
        return OptionalInt.of(cp);
      }
      i += Character.charCount(cp);
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the index of the first lone surrogate of a text (a high surrogate not followed by a low one, or a low one
   * not preceded by a high one), if any.
   *
   * @param text the text
   * @return the char index, empty when the text is well-formed UTF-16
   */
  public static OptionalInt firstLoneSurrogate(String text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return OptionalInt.of(i);
        }
      } else if (Character.isLowSurrogate(c)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns how a code point is written in messages: {@code U+001B}.
   *
   * @param codePoint a code point
   * @return its notation
   */
  public static String notation(int codePoint) {
    return String.format("U+%04X", codePoint);
  }

  private static String neutralise(String text, boolean keepLines) {
    Objects.requireNonNull(text, "text");
    // A lone surrogate makes normalisation throw in some JDKs, so it is replaced before.
    String nfc = firstLoneSurrogate(text).isPresent() || !Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? Normalizer.normalize(replaceLoneSurrogates(text), Normalizer.Form.NFC)
        : text;
    if (firstUnsafe(nfc).isEmpty()) {
      return nfc;
    }
    StringBuilder b = new StringBuilder(nfc.length() + 8);
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (!isUnsafe(cp) || keepLines && (cp == '\n' || cp == '\t')) {
        b.appendCodePoint(cp);
      } else if (cp < 0x20) {
        b.append((char) (0x2400 + cp));
      } else if (cp == 0x7F) {
        b.append('\u2421');
      } else {
        b.append('[').append(notation(cp)).append(']');
      }
    }
    return b.toString();
  }

  private static String replaceLoneSurrogates(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        b.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append('[').append(notation(c)).append(']');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
