package io.github.cchc.core.org;

import java.util.Objects;

/** Thrown when a unit id is not in the directory that was asked. */
public class UnknownUnitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String unitId;

  /**
   * Creates the exception.
   *
   * @param unitId the id that was not found
   */
  public UnknownUnitException(String unitId) {
    super("Unknown unit id: '" + unitId + "'");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
  }

  /**
   * Returns the id that was not found.
   *
   * @return the unit id
   */
  public String unitId() {
    return unitId;
  }
}
