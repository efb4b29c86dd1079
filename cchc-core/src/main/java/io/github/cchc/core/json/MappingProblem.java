package io.github.cchc.core.json;

/**
 * A value that is well-formed JSON but cannot become the model, found while mapping a document; turned into a {@link
 * JsonFormatException} once its line is found.
 */
final class MappingProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Trail trail;

  MappingProblem(Trail trail, String message, Throwable cause) {
    super(message, cause);
    this.trail = trail;
  }

  MappingProblem(Trail trail, String message) {
    this(trail, message, null);
  }

  Trail trail() {
    return trail;
  }
}
