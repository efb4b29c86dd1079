package io.github.cchc.reporting;

/**
 * A clearly marked gap for text that the data cannot give, such as the causes of a limitation or the proposals of
 * Part IV. Renderers show it as "[Cần bổ sung: …]" in a distinct style.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param hint what the person completing the report should write, in NFC
 */
public record Placeholder(String hint) implements Block {

  /**
   * Creates a placeholder.
   *
   * @param hint what should be written, not blank
   * @throws IllegalArgumentException if the hint is blank
   */
  public Placeholder {
    hint = Texts.nonBlank(hint, "placeholder hint");
  }

  /**
   * Creates a placeholder.
   *
   * @param hint what should be written, not blank
   * @return the placeholder
   * @throws IllegalArgumentException if the hint is blank
   */
  public static Placeholder of(String hint) {
    return new Placeholder(hint);
  }
}
