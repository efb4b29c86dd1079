package io.github.cchc.scoring.indicator;

import java.util.Objects;

/** Thrown when an indicator code is not in the catalogue that was asked. */
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
