package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;

/**
 * Malformed JSON or JSON beyond the reader's limits, met inside a value of the library's Jackson 2 modules, with the
 * problem in both languages and the path where the parser was.
 *
 * <p>Internal to the library.
 */
public final class InputParseError extends JsonParseException {

  private static final long serialVersionUID = 1L;

  private final transient Message problem;
  private final transient Trail trail;

  /**
   * Creates the exception.
   *
   * @param p the parser
   * @param problem what is wrong
   * @param trail the path where the parser was, from the root of the document
   * @param location where, or null
   * @param cause what the parser said, kept as a suppressed exception
   */
  public InputParseError(JsonParser p, Message problem, Trail trail, JsonLocation location, Throwable cause) {
    super(p, problem.en(), location);
    this.problem = problem;
    this.trail = trail;
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
   * Returns the path where the parser was.
   *
   * @return the trail
   */
  public Trail trail() {
    return trail;
  }

  @Override
  public String getMessage() {
    JsonLocation at = getLocation();
    String where = at == null || at.getLineNr() <= 0 ? ""
        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return trail + where + ": " + problem.en();
  }
}
