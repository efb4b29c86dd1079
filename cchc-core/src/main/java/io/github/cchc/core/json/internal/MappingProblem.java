package io.github.cchc.core.json.internal;

/**
 * A value that is well-formed JSON but cannot become the model, found while a document is mapped; the JSON layer
 * reports it at its trail.
 *
 * <p>Internal to the library.
 */
public final class MappingProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Trail trail;
  private final transient Message problem;

  /**
   * Creates the problem.
   *
   * @param trail where the value is, from the root of the document being mapped
   * @param problem what is wrong, in both languages
   * @param cause the model's own exception, or null
   */
  public MappingProblem(Trail trail, Message problem, Throwable cause) {
    super(problem.en(), cause);
    this.trail = trail;
    this.problem = problem;
  }

  /**
   * Creates the problem.
   *
   * @param trail where the value is
   * @param problem what is wrong
   */
  public MappingProblem(Trail trail, Message problem) {
    this(trail, problem, null);
  }

  /**
   * Returns where the value is.
   *
   * @return the trail
   */
  public Trail trail() {
    return trail;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public Message problem() {
    return problem;
  }
}
