package io.github.cchc.scoring.indicator;

import java.util.Objects;

/**
 * Thrown when an indicator code is not in the catalogue that was asked, by {@link IndicatorCatalog#require(String)}.
 *
 * <p>Not to be confused with {@link io.github.cchc.scoring.scorecard.UnknownIndicatorException}, which a scorecard
 * throws when one of its derived criteria names an indicator id that is not known; that one also names the criterion.
 * Both extend {@link IllegalArgumentException}.
 */
public class UnknownIndicatorException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the code that was not found
   */
  public UnknownIndicatorException(String code) {
    super("Unknown indicator code: '" + code + "'");
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Returns the code that was not found.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
