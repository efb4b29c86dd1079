package io.github.cchc.benchmarks;

/** How a dossier was submitted; the ordinal is the byte code held in the dataset's channel column. */
enum Channel {
  /** Submitted in person. */
  DIRECT,
  /** Submitted online, with part of the procedure in person. */
  ONLINE_PARTIAL,
  /** Submitted and handled fully online. */
  ONLINE_FULL,
  /** Submitted by post. */
  POSTAL;

  private static final Channel[] BY_CODE = values();

  /**
   * Returns the channel of a byte code.
   *
   * @param code the ordinal
   * @return the channel
   */
  static Channel ofCode(int code) {
    return BY_CODE[code];
  }
}
