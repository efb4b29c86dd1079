package io.github.cchc.reporting.render.xlsx;

import java.util.Objects;

/**
 * The look of a cell: font weight, slant and size, background colour, number format and wrapping. Equal styles are
 * written once in the workbook's style sheet.
 *
 * @param bold whether the font is bold
 * @param italic whether the font is italic
 * @param fontSize the font size in points
 * @param fill the background colour as {@code RRGGBB}, or the empty string for none
 * @param numberFormat the number format code, or the empty string for the General format
 * @param wrap whether the text wraps within the column's width
 */
record CellStyle(boolean bold, boolean italic, int fontSize, String fill, String numberFormat, boolean wrap) {

  /** Calibri 11, no fill, General format, no wrapping. */
  static final CellStyle PLAIN = new CellStyle(false, false, 11, "", "", false);

  CellStyle {
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(numberFormat, "numberFormat");
    if (!fill.isEmpty() && !fill.matches("[0-9A-F]{6}")) {
      throw new IllegalArgumentException("A fill colour is six upper-case hex digits: " + fill);
    }
  }

  CellStyle withBold(boolean value) {
    return new CellStyle(value, italic, fontSize, fill, numberFormat, wrap);
  }

  CellStyle withItalic(boolean value) {
    return new CellStyle(bold, value, fontSize, fill, numberFormat, wrap);
  }

  CellStyle withFontSize(int value) {
    return new CellStyle(bold, italic, value, fill, numberFormat, wrap);
  }

  CellStyle withFill(String value) {
    return new CellStyle(bold, italic, fontSize, value, numberFormat, wrap);
  }

  CellStyle withNumberFormat(String value) {
    return new CellStyle(bold, italic, fontSize, fill, value, wrap);
  }

  CellStyle withWrap(boolean value) {
    return new CellStyle(bold, italic, fontSize, fill, numberFormat, value);
  }
}
