package io.github.cchc.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class TextPolicyTest {

  @Test
  @DisplayName("An escape sequence and a forged line are shown as pictures on one line")
  void escapeAndLineBreakAreShown() {
    assertEquals("␛[2J␛[31mRED␊FAKE LINE", TextPolicy.display("\u001B[2J\u001B[31mRED\nFAKE LINE"));
  }

  @Test
  @DisplayName("Texts of several lines keep line feeds and tabs, not carriage returns or escapes")
  void displayLinesKeepsLineFeedsAndTabs() {
    assertEquals("a\n\tb␍c␛", TextPolicy.displayLines("a\n\tb\rc\u001B"));
  }

  @Test
  @DisplayName("Bidirectional overrides and isolates, C1 controls, DEL and lone surrogates are shown by code point")
  void otherUnsafeCodePoints() {
    assertEquals("x[U+202E]y[U+2066]z[U+0085]␡[U+D800]", TextPolicy.display("x\u202Ey\u2066z\u0085\u007F\uD800"));
    assertEquals("a[U+DC00]", TextPolicy.display("a\uDC00"));
  }

  @Test
  void safeTextIsOnlyComposed() {
    String nfd = Normalizer.normalize("Ủy ban nhân dân tỉnh Hòa Bình 😀", Normalizer.Form.NFD);
    assertEquals("Ủy ban nhân dân tỉnh Hòa Bình 😀", TextPolicy.display(nfd));
  }

  @Test
  void findsTheFirstUnsafeCodePointAndLoneSurrogate() {
    assertEquals(OptionalInt.of(0x1B), TextPolicy.firstUnsafe("ab\u001Bc\n"));
    assertEquals(OptionalInt.empty(), TextPolicy.firstUnsafe("Sở Nội vụ"));
    assertEquals(OptionalInt.of(2), TextPolicy.firstLoneSurrogate("x \uD800 y"));
    assertEquals(OptionalInt.empty(), TextPolicy.firstLoneSurrogate("😀"));
    assertEquals("U+001B", TextPolicy.notation(0x1B));
  }

  @Test
  @DisplayName("Property: any code point sequence is shown with no unsafe code point, in NFC, encodable in UTF-8")
  void anyTextIsShownSafely() {
    qt().forAll(TextPolicyTest.anyText()).checkAssert(text -> {
      for (String shown : new String[] {TextPolicy.display(text), TextPolicy.displayLines(text)}) {
        assertTrue(shown.codePoints().allMatch(cp -> !TextPolicy.isUnsafe(cp) || cp == '\n' || cp == '\t'));
        assertTrue(Normalizer.isNormalized(shown, Normalizer.Form.NFC));
        assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(shown));
      }
      assertFalse(TextPolicy.display(text).contains("\n"));
      assertEquals(TextPolicy.display(text), TextPolicy.display(TextPolicy.display(text)));
    });
  }

  /** Any UTF-16 text, lone surrogates included, with control and bidirectional characters often. */
  static Gen<String> anyText() {
    Gen<Integer> unit = SourceDSL.integers().between(0, 9).flatMap(kind -> switch (kind) {
      case 0 -> SourceDSL.integers().between(0, 0x20);
      case 1 -> SourceDSL.integers().between(0x7F, 0xA0);
      case 2 -> SourceDSL.integers().between(0x2066, 0x2069);
      case 3 -> SourceDSL.integers().between(0x202A, 0x202E);
      case 4 -> SourceDSL.integers().between(0xD800, 0xDFFF);
      case 5 -> SourceDSL.integers().between(0x300, 0x323);
      default -> SourceDSL.integers().between(0x20, 0xFFFF);
    });
    return SourceDSL.lists().of(unit).ofSizeBetween(0, 30).map(units -> {
      StringBuilder b = new StringBuilder();
      units.forEach(u -> b.append((char) (int) u));
      return b.toString();
    });
  }
}
