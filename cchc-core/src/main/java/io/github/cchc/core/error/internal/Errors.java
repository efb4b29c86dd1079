package io.github.cchc.core.error.internal;

import io.github.cchc.core.error.AggregationException;
import io.github.cchc.core.error.CalendarException;
import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.error.ModelRuleException;
import io.github.cchc.core.error.TextParseException;
import io.github.cchc.core.error.UnknownReferenceException;
import io.github.cchc.core.json.internal.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates the library's exceptions, whose constructors are not API: the error package registers them here when it is
 * initialised, so that every module of the library, and only those, can raise them.
 *
 * <p>Internal to the library. This class is thread-safe.
 */
public final class Errors {

  /** The constructors of the error package. */
  public interface Factory {
    /**
     * Creates an input-format exception.
     *
     * @param source the source name
     * @param path the JSON path, the CSV column, or empty
     * @param line the line, or 0
     * @param column the column, or 0
     * @param problem the problem
     * @param cause the cause, or null
     * @return the exception
     */
    InputFormatException input(String source, String path, int line, int column, Message problem, Throwable cause);

    /**
     * Creates a text-parse exception.
     *
     * @param kind the kind of text
     * @param text the text
     * @param errorIndex where reading stopped
     * @param expected what was expected there
     * @return the exception
     */
    TextParseException parse(TextParseException.Kind kind, String text, int errorIndex, Message expected);

    /**
     * Creates an unknown-reference exception.
     *
     * @param kind the kind of thing
     * @param id the unknown id
     * @param referrer where the id was written, or empty texts
     * @param nearest the nearest known ids
     * @return the exception
     */
    UnknownReferenceException unknown(UnknownReferenceException.Kind kind, String id, Message referrer,
        List<String> nearest);

    /**
     * Creates a model-rule exception.
     *
     * @param kind the kind of model
     * @param subject the id of what is at fault, or empty
     * @param problem the problem
     * @param cause the cause, or null
     * @return the exception
     */
    ModelRuleException rule(ModelRuleException.Kind kind, String subject, Message problem, Throwable cause);

    /**
     * Creates a calendar exception.
     *
     * @param kind the kind
     * @param value the offending value
     * @param problem the problem
     * @return the exception
     */
    CalendarException calendar(CalendarException.Kind kind, String value, Message problem);

    /**
     * Creates an aggregation exception.
     *
     * @param kind the kind
     * @param subject the unit or indicator
     * @param problem the problem
     * @return the exception
     */
    AggregationException aggregation(AggregationException.Kind kind, String subject, Message problem);
  }

  private static final Message NO_REFERRER = new Message("", "");

  private static volatile Factory factory;

  private Errors() {}

  /**
   * Called once, by the error package's initialiser.
   *
   * @param f the constructors
   */
  public static void register(Factory f) {
    synchronized (Errors.class) {
      if (factory == null) {
        factory = Objects.requireNonNull(f);
      }
    }
  }

  private static Factory factory() {
    if (factory == null) {
      try {
        Class.forName("io.github.cchc.core.error.Constructors", true, Errors.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return factory;
  }

  /**
   * Creates an input-format exception.
   *
   * @param source the source name
   * @param path the JSON path, the CSV column, or empty
   * @param line the line, or 0
   * @param column the column, or 0
   * @param problem the problem
   * @param cause the cause, or null
   * @return the exception
   */
  public static InputFormatException input(String source, String path, int line, int column, Message problem,
      Throwable cause) {
    return factory().input(source, path, line, column, problem, cause);
  }

  /**
   * Creates a text-parse exception.
   *
   * @param kind the kind of text
   * @param text the text
   * @param errorIndex where reading stopped
   * @param vi what was expected there, in Vietnamese
   * @param en what was expected there, in English
   * @return the exception
   */
  public static TextParseException parse(TextParseException.Kind kind, CharSequence text, int errorIndex, String vi,
      String en) {
    return factory().parse(kind, String.valueOf(text), errorIndex, new Message(vi, en));
  }

  /**
   * Creates an unknown-reference exception without a referrer.
   *
   * @param kind the kind of thing
   * @param id the unknown id
   * @param known the known ids, among which the nearest are chosen
   * @return the exception
   */
  public static UnknownReferenceException unknown(UnknownReferenceException.Kind kind, String id,
      Collection<String> known) {
    return factory().unknown(kind, id, NO_REFERRER, nearest(id, known));
  }

  /**
   * Creates an unknown-reference exception.
   *
   * @param kind the kind of thing
   * @param id the unknown id
   * @param referrer where the id was written, such as "criterion 6.2"
   * @param known the known ids, among which the nearest are chosen
   * @return the exception
   */
  public static UnknownReferenceException unknown(UnknownReferenceException.Kind kind, String id, Message referrer,
      Collection<String> known) {
    return factory().unknown(kind, id, referrer, nearest(id, known));
  }

  /**
   * Creates a model-rule exception.
   *
   * @param kind the kind of model
   * @param subject the id of what is at fault, or empty
   * @param vi the problem in Vietnamese
   * @param en the problem in English
   * @return the exception
   */
  public static ModelRuleException rule(ModelRuleException.Kind kind, String subject, String vi, String en) {
    return factory().rule(kind, subject, new Message(vi, en), null);
  }

  /**
   * Creates a model-rule exception with its cause.
   *
   * @param kind the kind of model
   * @param subject the id of what is at fault, or empty
   * @param problem the problem
   * @param cause the cause
   * @return the exception
   */
  public static ModelRuleException rule(ModelRuleException.Kind kind, String subject, Message problem,
      Throwable cause) {
    return factory().rule(kind, subject, problem, cause);
  }

  /**
   * Creates a calendar exception.
   *
   * @param kind the kind
   * @param value the offending value
   * @param vi the problem in Vietnamese
   * @param en the problem in English
   * @return the exception
   */
  public static CalendarException calendar(CalendarException.Kind kind, String value, String vi, String en) {
    return factory().calendar(kind, value, new Message(vi, en));
  }

  /**
   * Creates an aggregation exception.
   *
   * @param kind the kind
   * @param subject the unit or indicator
   * @param vi the problem in Vietnamese
   * @param en the problem in English
   * @return the exception
   */
  public static AggregationException aggregation(AggregationException.Kind kind, String subject, String vi,
      String en) {
    return factory().aggregation(kind, subject, new Message(vi, en));
  }

  /**
   * Returns the problem of any error in both languages: the library's own in its two languages, any other by its
   * message.
   *
   * @param e the error
   * @return the problem
   */
  public static Message problem(Throwable e) {
    if (e instanceof io.github.cchc.core.error.LocalizedError le) {
      return new Message(le.message(Locale.forLanguageTag("vi")), le.message(Locale.ENGLISH));
    }
    String m = String.valueOf(e.getMessage());
    return new Message(m, m);
  }

  /**
   * Returns the known ids nearest to an unknown one: at most three, each within a third of its length in edits (at
   * least two), ignoring case; nearest first, then in order.
   *
   * @param id the unknown id
   * @param known the known ids
   * @return the nearest ids, possibly empty
   */
  public static List<String> nearest(String id, Collection<String> known) {
    String key = id.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, key.length() / 3);
    record Scored(String id, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String k : known) {
      int d = distance(key, k.toLowerCase(Locale.ROOT), limit);
      if (d <= limit && !k.equals(id)) {
        scored.add(new Scored(k, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
    return scored.stream().limit(3).map(Scored::id).toList();
  }

  /** The Levenshtein distance, or more than the limit once it must exceed it. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int best = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
