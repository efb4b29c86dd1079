package io.github.cchc.core.json.internal;

import io.github.cchc.core.format.InputFormatException;
import java.util.Objects;

/**
 * Creates {@link InputFormatException}s for the readers of the library, whose constructor is private to keep them
 * the library's own.
 *
 * <p>Internal to the library. This class is thread-safe.
 */
public final class InputFormats {

  /** The constructor of the exception. */
  @FunctionalInterface
  public interface Factory {
    /**
     * Creates the exception.
     *
     * @param source the source name
     * @param path the JSON path, or empty
     * @param line the line, or 0
     * @param column the column, or 0
     * @param problem the problem
     * @param cause the cause, or null
     * @return the exception
     */
    InputFormatException create(String source, String path, int line, int column, Message problem, Throwable cause);
  }

  private static volatile Factory factory;

  private InputFormats() {}

  /**
   * Called once, by the exception's class initialiser.
   *
   * @param f the constructor
   */
  public static void register(Factory f) {
    synchronized (InputFormats.class) {
      if (factory == null) {
        factory = Objects.requireNonNull(f);
      }
    }
  }

  /**
   * Creates an input-format exception.
   *
   * @param source the source name
   * @param path the JSON path, or empty
   * @param line the line, or 0
   * @param column the column, or 0
   * @param problem the problem
   * @param cause the cause, or null
   * @return the exception
   */
  public static InputFormatException create(String source, String path, int line, int column, Message problem,
      Throwable cause) {
    if (factory == null) {
      try {
        Class.forName(InputFormatException.class.getName(), true, InputFormats.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return factory.create(source, path, line, column, problem, cause);
  }
}
