package io.github.cchc.benchmarks;

/**
 * One measured figure: a benchmark, an engine and its thread count, the size of the work, and the mean time per
 * operation with its 99.9% error as JMH reports them. Timing figures are measurements, reported as such; they decide
 * nothing in the library, so doubles are fine here.
 *
 * @param benchmark the benchmark, such as {@code B1}
 * @param engine the engine, such as {@code duckdb}
 * @param threads the threads the engine was allowed
 * @param items the dossiers or rows per operation
 * @param msPerOp mean milliseconds per operation
 * @param msError the error of the mean, in milliseconds
 * @param msBest the fastest measured iteration, in milliseconds, a hint of what a quiet machine gives
 */
record Figure(String benchmark, String engine, int threads, long items, double msPerOp, double msError,
    double msBest) {

  /**
   * Items per second.
   *
   * @return the rate
   */
  double perSecond() {
    return items / (msPerOp / 1000.0);
  }

  /**
   * Items per second per thread.
   *
   * @return the rate divided by the threads
   */
  double perSecondPerThread() {
    return perSecond() / threads;
  }
}
