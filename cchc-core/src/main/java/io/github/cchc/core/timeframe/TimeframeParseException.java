package io.github.cchc.core.timeframe;

import java.time.format.DateTimeParseException;

/**
 * Thrown when a text is not a timeframe that {@link Timeframe#parse(CharSequence)} understands. The message names the
 * text, the index where reading stopped (counted in the NFC form of the text) and what was expected there.
 *
 * <p>It is a {@link DateTimeParseException}, and so a {@link java.time.DateTimeException}: a timeframe is a
 * temporal value, and callers that already handle {@code java.time} parse errors handle this one too.
 */
public final class TimeframeParseException extends DateTimeParseException {

  private static final long serialVersionUID = 1L;

  private final String expected;

  /**
   * Creates an exception.
   *
   * @param text the text that could not be read
   * @param errorIndex the index in the text where reading stopped
   * @param expected what was expected at that index, such as "a quarter (I, II, III, IV)"
   */
  public TimeframeParseException(CharSequence text, int errorIndex, String expected) {
    super(message(text, errorIndex, expected), text, errorIndex);
    this.expected = expected;
  }

  private static String message(CharSequence text, int errorIndex, String expected) {
    String s = String.valueOf(text);
    String rest = errorIndex >= s.length() ? "end of text" : "'" + s.substring(errorIndex) + "'";
    return "Cannot parse timeframe '" + s + "' at index " + errorIndex + " (" + rest + "): expected " + expected;
  }

  /**
   * Returns what was expected where reading stopped.
   *
   * @return a short description, such as "a year (2024)"
   */
  public String expected() {
    return expected;
  }
}
