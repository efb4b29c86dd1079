package io.github.cchc.reporting.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XlsxTextTest {

  private static String content(String text) {
    StringBuilder b = new StringBuilder();
    XlsxText.cellContent(b, text);
    return b.toString();
  }

  private static String attribute(String text) {
    StringBuilder b = new StringBuilder();
    XlsxText.attribute(b, text);
    return b.toString();
  }

  @Test
  void controlCharactersBecomeTheirPicturesAndTabLineFeedAndReturnStay() {
    assertEquals("a\u2400b\u241B[2Jc\u2407d\u241Fe\tf\ng\rh",
        XlsxText.visible("a\u0000b\u001B[2Jc\u0007d\u001Fe\tf\ng\rh"));
  }

  @Test
  void loneSurrogatesAndNonCharactersBecomeTheReplacementCharacter() {
    assertEquals("x \uFFFD y \uFFFD \uFFFD\uFFFD", XlsxText.visible("x \uD800 y \uDFFF \uFFFE\uFFFF"));
    assertEquals("\uFFFD", XlsxText.visible("\uD800"));
    assertEquals("a\uFFFD", XlsxText.visible("a\uDBFF"));
  }

  @Test
  void surrogatePairsAndOrdinaryTextAreKept() {
    String text = "Sở Tư pháp 😀 \uD83D\uDE00 \u202E ‮";
    assertSame(text, XlsxText.visible(text));
  }

  @Test
  void aCellOfTheLimitIsKeptAndALongerOneIsCutWithAnEllipsis() {
    String limit = "x".repeat(XlsxText.MAX_CELL);
    assertSame(limit, XlsxText.cell(limit));
    String cut = XlsxText.cell("x".repeat(40_000));
    assertEquals(32_767, cut.length());
    assertEquals("x".repeat(32_766) + "…", cut);
    assertEquals("y".repeat(32_766) + "…", XlsxText.cell("y".repeat(XlsxText.MAX_CELL + 1)));
  }

  @Test
  void theCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(32_765) + "😀" + "b".repeat(10);
    String cut = XlsxText.cell(text);
    assertEquals("a".repeat(32_765) + "…", cut);
    assertTrue(cut.length() <= XlsxText.MAX_CELL);
  }

  @Test
  void theCutCountsTheShownText() {
    String cut = XlsxText.cell("\u0001".repeat(40_000));
    assertEquals("\u2401".repeat(32_766) + "…", cut);
  }

  @Test
  void markupIsEscapedAndAReturnSurvivesParsing() {
    assertEquals("&lt;b&gt;a &amp; b&lt;/b&gt; \"q\" 'a'&#13;\n\t", content("<b>a & b</b> \"q\" 'a'\r\n\t"));
    assertEquals("&lt;&quot;a&quot; &amp; b&gt;&#9;&#10;&#13;", attribute("<\"a\" & b>\t\n\r"));
  }

  @Test
  void anExcelEscapeInTheTextIsItselfEscaped() {
    assertEquals("_x005F_x0041_", content("_x0041_"));
    assertEquals("a_x005F_x00e9_b_x005F_xFFFF_", content("a_x00e9_b_xFFFF_"));
    assertEquals("_x005F_x005F_x005F_x0041_", content("_x005F_x0041_"));
    assertEquals("_x004_ _x00G1_ _x0041 x0041_ _X0041_", content("_x004_ _x00G1_ _x0041 x0041_ _X0041_"));
    assertEquals("_x١٢٣٤_", content("_x١٢٣٤_"));
  }
}
