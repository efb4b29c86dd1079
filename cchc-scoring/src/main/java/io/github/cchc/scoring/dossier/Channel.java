package io.github.cchc.scoring.dossier;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a dossier was submitted (hình thức nộp). The order of the constants is fixed: the dossier table stores the
 * ordinal in two bits.
 */
public enum Channel {
  /** At the one-stop desk (trực tiếp). */
  DIRECT("Trực tiếp"),
  /** Online with part of the steps on paper (trực tuyến một phần). */
  ONLINE_PARTIAL("Trực tuyến một phần"),
  /** Wholly online (trực tuyến toàn trình). */
  ONLINE_FULL("Trực tuyến toàn trình"),
  /** Through the public postal service (bưu chính công ích). */
  POSTAL("Bưu chính công ích");

  private static final Channel[] VALUES = values();
  private static final Map<String, Channel> WORDS = new HashMap<>();

  static {
    for (Channel c : VALUES) {
      WORDS.put(c.name().toLowerCase(Locale.ROOT), c);
      WORDS.put(c.label.toLowerCase(Locale.ROOT), c);
    }
    WORDS.put("bưu chính", POSTAL);
  }

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the label, such as "Trực tuyến toàn trình"
   */
  public String label() {
    return label;
  }

  /**
   * Finds the channel named by a word: the constant name ({@code ONLINE_FULL}) or the Vietnamese words ({@code trực
   * tuyến toàn trình}, {@code bưu chính}), ignoring case and surrounding spaces.
   *
   * @param word the word
   * @return the channel, or empty if the word names none
   */
  public static Optional<Channel> fromWord(String word) {
    Objects.requireNonNull(word, "word");
    String key = Normalizer.normalize(word.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(WORDS.get(key));
  }

  static Channel ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
