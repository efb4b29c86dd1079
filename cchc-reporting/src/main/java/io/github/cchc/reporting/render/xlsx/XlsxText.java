package io.github.cchc.reporting.render.xlsx;

/**
 * The rules for text in the workbook: what a cell can hold, and how text is written into SpreadsheetML.
 *
 * <p>XML 1.0 cannot carry the C0 control characters other than tab, line feed and carriage return, nor lone
 * surrogates, U+FFFE or U+FFFF. They are shown, never dropped: a C0 control becomes its symbol from the Unicode
 * Control Pictures block (U+0000 as ␀ U+2400, ESC as ␛ U+241B), the others become � U+FFFD. Each character is
 * replaced by one, so the length does not change. A cell holds at most {@value #MAX_CELL} characters, Excel's limit;
 * a longer text is cut and ends with "…".
 */
final class XlsxText {

  /** The most characters (UTF-16 code units) a cell holds. */
  static final int MAX_CELL = 32_767;

  private XlsxText() {}

  /**
   * Replaces every character that XML 1.0 cannot carry by a visible one.
   *
   * @param text the text
   * @return the text, of the same length
   */
  static String visible(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = c;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        shown = (char) (0x2400 + c);
      } else if (c == '\uFFFE' || c == '\uFFFF') {
        shown = '\uFFFD';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        shown = '\uFFFD';
      } else if (Character.isLowSurrogate(c)) {
        shown = '\uFFFD';
      }
      if (shown != c && b == null) {
        b = new StringBuilder(text);
      }
      if (b != null) {
        b.setCharAt(i, shown);
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * Returns the text a cell holds: {@linkplain #visible(String) visible}, and cut to {@value #MAX_CELL} characters
   * with "…" as the last one, never between the two halves of a surrogate pair.
   *
   * @param text the text
   * @return the cell's text
   */
  static String cell(String text) {
    String shown = visible(text);
    if (shown.length() <= MAX_CELL) {
      return shown;
    }
    int end = MAX_CELL - 1;
    if (Character.isHighSurrogate(shown.charAt(end - 1))) {
      end--;
    }
    return shown.substring(0, end) + "…";
  }

  /**
   * Appends text as XML element content: {@code & < >} escaped, a carriage return as a character reference (a
   * parser would turn a raw one into a line feed).
   *
   * @param out the XML written so far
   * @param text visible text
   */
  static void content(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }

  /**
   * Appends a cell's text as element content. Spreadsheets read {@code _xHHHH_} in a cell as the character U+HHHH,
   * so the underscore that begins such a sequence in the text is itself written as {@code _x005F_}, and the cell
   * shows the text as it is.
   *
   * @param out the XML written so far
   * @param text the cell's text
   */
  static void cellContent(StringBuilder out, String text) {
    int from = 0;
    for (int i = text.indexOf("_x"); i >= 0; i = text.indexOf("_x", i + 1)) {
      if (isEscape(text, i)) {
        content(out, text.substring(from, i));
        out.append("_x005F_");
        from = i + 1;
      }
    }
    content(out, text.substring(from));
  }

  private static boolean isEscape(String text, int at) {
    if (at + 7 > text.length() || text.charAt(at + 6) != '_') {
      return false;
    }
    for (int i = at + 2; i < at + 6; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends text as an attribute value between double quotes: {@code & < > "} escaped, tab, line feed and carriage
   * return as character references (a parser would turn raw ones into spaces).
   *
   * @param out the XML written so far
   * @param text visible text
   */
  static void attribute(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }
}
