package io.github.cchc.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The key by which Vietnamese names are matched: two spellings of one name have equal keys, two names have different
 * ones. The library matches names by this key wherever it matches them ({@code OrgDirectory.findByName}, the fields
 * of dossier statistics).
 *
 * <p>The key of a name is made in this order:
 *
 * <ol>
 *   <li>NFC, lower case ({@code Đất Đai} and {@code Đất đai} match);
 *   <li>every run of spaces (any kind, tabs and line breaks too) one space, none at either end, and punctuation at
 *       the end ignored ({@code "Sở Nội vụ."} matches {@code "Sở Nội vụ"});
 *   <li>the standard abbreviations written out: {@code UBND} is {@code Ủy ban nhân dân} and {@code HĐND} is {@code
 *       Hội đồng nhân dân} ({@code Văn phòng UBND tỉnh} matches {@code Văn phòng Ủy ban nhân dân tỉnh});
 *   <li>the tone mark of each word taken off the vowel that carries it and kept for the word, so that the old and the
 *       new placement match: {@code hoà}/{@code hòa}, {@code thuỷ}/{@code thủy}, {@code Uỷ}/{@code Ủy}, {@code
 *       qúy}/{@code quý}. The tone itself is kept: {@code Hòa} and {@code Hóa} stay different, as do {@code đ} and
 *       {@code d}.
 * </ol>
 *
 * <p>Example:
 *
 * <pre>{@code
 * NameKey.of("Văn phòng UBND tỉnh Hoà Bình").equals(NameKey.of("văn phòng Ủy ban nhân dân tỉnh Hòa Bình")) // true
 * }</pre>
 *
 * <p>The key's text ({@link #toString()}) is for comparison and diagnosis, not for display. Making a key of a key's
 * text gives the same key. This class is immutable and thread-safe and must be treated as a value type.
 *
 * @since 0.1.0
 */
public final class NameKey {

  // The five tone marks of Vietnamese as combining characters: grave (huyền), acute (sắc), hook above (hỏi), tilde
  // (ngã), dot below (nặng).
  private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

  private static final Map<String, String> ABBREVIATIONS = Map.of(
      "ubnd", "ủy ban nhân dân",
      "hđnd", "hội đồng nhân dân");

  private final String key;

  private NameKey(String key) {
    this.key = key;
  }

  /**
   * Returns the key of a name.
   *
   * @param name the name, as written
   * @return its key
   * @throws NullPointerException if the name is null
   */
  public static NameKey of(String name) {
    Objects.requireNonNull(name, "name");
    String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String[] words = lower.strip().split("[\\s\\p{Zs}]+");
    StringBuilder b = new StringBuilder(lower.length() + 16);
    for (int w = 0; w < words.length; w++) {
      String word = w == words.length - 1 ? stripTrailingPunctuation(words[w]) : words[w];
      if (word.isEmpty()) {
        continue;
      }
      String expanded = ABBREVIATIONS.getOrDefault(word, word);
      for (String part : expanded.split(" ")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        appendWord(b, part);
      }
    }
    return new NameKey(b.toString());
  }

  /**
   * Returns {@code true} if two names have the same key.
   *
   * @param a a name
   * @param b another name
   * @return whether they are spellings of one name
   */
  public static boolean matches(String a, String b) {
    return of(a).equals(of(b));
  }

  private static String stripTrailingPunctuation(String word) {
    int end = word.length();
    while (end > 0 && ".,;:!?…".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  // The word without its tone mark, in NFC, then the tone mark alone: a canonical place that both styles reach.
  private static void appendWord(StringBuilder b, String word) {
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder letters = new StringBuilder(nfd.length());
    char tone = 0;
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (TONES.indexOf(c) >= 0) {
        tone = c;
      } else if (c != '\u034F') {
        letters.append(c);
      }
    }
    b.append(Normalizer.normalize(letters, Normalizer.Form.NFC));
    if (tone != 0) {
      // Kept apart from the letters by a mark that no name holds, so that NFC cannot compose it onto the last one
      // and a key read back as a name keeps its tone in this place.
      b.append('\u034F').append(tone);
    }
  }

  /**
   * Returns {@code true} if the other object is a key of the same name.
   *
   * @param other another object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof NameKey k && key.equals(k.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * Returns the key's text.
   *
   * @return the key's text
   */
  @Override
  public String toString() {
    return key;
  }
}
