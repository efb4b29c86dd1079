package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value that the library's Jackson 2 modules refuse, with the problem in both languages; Jackson adds the path of
 * the value as the exception passes up. Its message is the path and the English problem, without Jackson's
 * reference chain of Java classes.
 *
 * <p>Internal to the library.
 */
public final class InputMismatch extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final transient Message problem;
  private final boolean locate;
  private final Throwable origin;

  /**
   * Creates the exception.
   *
   * @param p the parser
   * @param problem what is wrong
   * @param location where, or null
   * @param locate whether the location is only the enclosing value's, so that a reader holding the text should find
   *     the value itself
   * @param cause what Jackson or the model said, kept as a suppressed exception, or null
   */
  public InputMismatch(JsonParser p, Message problem, JsonLocation location, boolean locate, Throwable cause) {
    super(p, problem.en(), location);
    this.problem = problem;
    this.locate = locate;
    this.origin = cause;
    if (cause != null) {
      addSuppressed(cause);
    }
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public Message problem() {
    return problem;
  }

  /**
   * Returns what the model or Jackson said, the reason of this exception.
   *
   * @return the origin, or null
   */
  public Throwable origin() {
    return origin;
  }

  /**
   * Tells whether the location is the enclosing value's rather than the value's own.
   *
   * @return true if a reader holding the text should look the path up
   */
  public boolean needsLocating() {
    return locate;
  }

  /**
   * Returns where the value is, from the path Jackson has collected.
   *
   * @return the trail
   */
  public Trail trail() {
    return Jackson2Problems.trail(getPath());
  }

  @Override
  public String getMessage() {
    JsonLocation at = getLocation();
    return Strictness.message(trail(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), problem);
  }
}
