package io.github.cchc.reporting;

/**
 * A paragraph of text. Renderers escape it for their format; it may be of any length.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the text, in NFC
 */
public record Paragraph(String text) implements Block {

  /**
   * Creates a paragraph.
   *
   * @param text the text
   */
  public Paragraph {
    text = Texts.nfc(text, "text");
  }

  /**
   * Creates a paragraph.
   *
   * @param text the text
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return new Paragraph(text);
  }
}
