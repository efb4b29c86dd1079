package io.github.cchc.core.json.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The rules of the JSON layer that do not depend on the Jackson version, shared by the Jackson 2 side
 * ({@link Jackson2Mappings}) and the Jackson 3 module, so that both refuse the same input with the same words: the
 * bounds of an exact number, the kind of a token, the text of a refusal, and the detection of duplicate keys.
 *
 * <p>Internal to the library. This class is immutable and thread-safe; a {@link DuplicateKeys} is not.
 */
public final class Strictness {

  /** The largest decimal exponent a number may have: beyond it, exact arithmetic would not end. */
  public static final int MAX_EXPONENT = 1000;

  private Strictness() {}

  /**
   * Checks a number read exactly: {@code 1e999999999} is short to write, but exact arithmetic on it (or printing it
   * in plain digits) would overflow or run out of memory.
   *
   * @param value the number
   * @param text the number as written
   * @return the problem, or null if the number is within 10^±{@value #MAX_EXPONENT}
   */
  public static Message decimal(BigDecimal value, String text) {
    if (value.signum() != 0) {
      long exponent = (long) value.precision() - value.scale() - 1;
      if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT) {
        return Problems.numberBeyond(text, MAX_EXPONENT);
      }
    }
    return null;
  }

  /**
   * Returns the kind of value a token starts, by the token's name, which Jackson 2's and Jackson 3's {@code
   * JsonToken} share (Jackson 3's {@code PROPERTY_NAME} is Jackson 2's {@code FIELD_NAME}).
   *
   * @param tokenName the token's name, or null at the end of the input
   * @return the kind
   */
  public static Problems.Kind kind(String tokenName) {
    if (tokenName == null) {
      return Problems.Kind.END;
    }
    return switch (tokenName) {
      case "START_ARRAY", "END_ARRAY" -> Problems.Kind.ARRAY;
      case "VALUE_STRING" -> Problems.Kind.STRING;
      case "VALUE_NUMBER_INT" -> Problems.Kind.INTEGER;
      case "VALUE_NUMBER_FLOAT" -> Problems.Kind.DECIMAL;
      case "VALUE_TRUE", "VALUE_FALSE" -> Problems.Kind.BOOLEAN;
      case "VALUE_NULL" -> Problems.Kind.NULL;
      default -> Problems.Kind.OBJECT;
    };
  }

  /**
   * Returns the message of a refusal as the Jackson modules give it: the JSON path, the line and column when known,
   * and the problem in English (the Vietnamese is in the library's own exception).
   *
   * @param trail where the value is
   * @param line the line, 0 or less when unknown
   * @param column the column
   * @param problem what is wrong
   * @return the message
   */
  public static String message(Trail trail, int line, int column, Message problem) {
    String where = line <= 0 ? "" : " (line " + line + ", column " + column + ")";
    return trail + where + ": " + problem.en();
  }

  /**
   * Follows the structure of one value token by token and tells when an object gives a key twice, for a parser that
   * does not detect it itself. Feed it every token of the value, from its first.
   */
  public static final class DuplicateKeys {

    /** An object (its names so far and the current one) or an array (its index so far). */
    private static final class Frame {
      final Set<String> names;
      String name;
      int index = -1;

      Frame(boolean object) {
        this.names = object ? new HashSet<>() : null;
      }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    /** Creates a tracker at the start of a value. */
    public DuplicateKeys() {}

    /**
     * Takes the next token.
     *
     * @param tokenName the token's name (Jackson 2's {@code FIELD_NAME} or Jackson 3's {@code PROPERTY_NAME} for a
     *     key), or null at the end of the input
     * @param name the key, for a key token
     * @return the trail of the key relative to the value's start if the object already had it, else null
     */
    public Trail next(String tokenName, String name) {
      if (tokenName == null) {
        return null;
      }
      Frame top = frames.peek();
      switch (tokenName) {
        case "FIELD_NAME", "PROPERTY_NAME" -> {
          if (top != null && top.names != null) {
            top.name = name;
            if (!top.names.add(name)) {
              return trail();
            }
          }
        }
        case "END_OBJECT", "END_ARRAY" -> frames.poll();
        default -> {
          if (top != null && top.names == null) {
            top.index++;
          }
          if (tokenName.equals("START_OBJECT")) {
            frames.push(new Frame(true));
          } else if (tokenName.equals("START_ARRAY")) {
            frames.push(new Frame(false));
          }
        }
      }
      return null;
    }

    /**
     * Tells whether the value has been read to its end.
     *
     * @return true after the value's last token
     */
    public boolean done() {
      return frames.isEmpty();
    }

    private Trail trail() {
      List<Frame> outermostFirst = new ArrayList<>(frames.size());
      for (Iterator<Frame> it = frames.descendingIterator(); it.hasNext(); ) {
        outermostFirst.add(it.next());
      }
      Trail trail = Trail.ROOT;
      for (Frame f : outermostFirst) {
        trail = f.names != null ? trail.field(f.name) : trail.index(f.index);
      }
      return trail;
    }
  }
}
