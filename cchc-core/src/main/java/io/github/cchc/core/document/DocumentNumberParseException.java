package io.github.cchc.core.document;

/**
 * Thrown when a text is not a document number or a document reference that {@link DocumentNumber#parse} or {@link
 * DocumentReference#parse} understands. The message names the text, the index where reading stopped (counted in the
 * NFC form of the text) and what was expected there.
 */
public final class DocumentNumberParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int errorIndex;
  private final String expected;

  /**
   * Creates an exception.
   *
   * @param text the text that could not be read
   * @param errorIndex the index in the text where reading stopped
   * @param expected what was expected there, such as "a code such as 'KH' or 'UBND'"
   */
  public DocumentNumberParseException(String text, int errorIndex, String expected) {
    super(message(text, errorIndex, expected));
    this.text = text;
    this.errorIndex = errorIndex;
    this.expected = expected;
  }

  private static String message(String text, int errorIndex, String expected) {
    String rest = errorIndex >= text.length() ? "end of text" : "'" + text.substring(errorIndex) + "'";
    return "Cannot parse document number '" + text + "' at index " + errorIndex + " (" + rest + "): expected "
        + expected;
  }

  /**
   * Returns the text that could not be read.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the index in the text where reading stopped.
   *
   * @return the index, from 0 to the text's length
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * Returns what was expected where reading stopped.
   *
   * @return a short description
   */
  public String expected() {
    return expected;
  }
}
