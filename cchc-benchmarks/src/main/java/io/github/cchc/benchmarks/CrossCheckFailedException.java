package io.github.cchc.benchmarks;

/** Thrown when an engine's answer differs from the reference: no time is reported for a wrong answer. */
final class CrossCheckFailedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  CrossCheckFailedException(String message) {
    super(message);
  }

  /**
   * Throws unless the engine's answer equals the reference.
   *
   * @param engine the engine's name, for the message
   * @param expected the reference answer
   * @param actual the engine's answer
   * @throws CrossCheckFailedException naming the first differing cell
   */
  static void requireEqual(String engine, DossierCounts expected, DossierCounts actual) {
    expected.firstDifference(actual).ifPresent(d -> {
      throw new CrossCheckFailedException(engine + " differs from the reference at " + d);
    });
  }
}
