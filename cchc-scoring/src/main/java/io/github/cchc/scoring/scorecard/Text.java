package io.github.cchc.scoring.scorecard;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/** NFC normalisation of the texts a scorecard carries, so that Vietnamese names compare as written. */
final class Text {

  private Text() {
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static boolean isNfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }

  static boolean isNfc(Optional<String> s) {
    return s.map(Text::isNfc).orElse(true);
  }

  static boolean isNfc(List<String> list) {
    return list.stream().allMatch(Text::isNfc);
  }
}
