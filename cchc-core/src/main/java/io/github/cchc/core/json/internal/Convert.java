package io.github.cchc.core.json.internal;

import io.github.cchc.core.error.LocalizedError;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the conversions between documents and the model share: required fields, absent lists, dates, names of enum
 * constants and values parsed from text, each refused value reported as a {@link MappingProblem} at its trail.
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class Convert {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private Convert() {}

  /**
   * Returns a list, or an empty one for an absent field.
   *
   * @param list the list or null
   * @param <T> the element type
   * @return the list
   */
  public static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * Returns null for an empty list, so that it is left out when written.
   *
   * @param list the list
   * @param <T> the element type
   * @return the list or null
   */
  public static <T> List<T> nullIfEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  /**
   * Fails when a required field is absent or null.
   *
   * @param value the value
   * @param trail where it is
   * @param <T> the type
   * @return the value
   * @throws MappingProblem if it is null
   */
  public static <T> T required(T value, Trail trail) {
    if (value == null) {
      throw new MappingProblem(trail, Problems.required());
    }
    return value;
  }

  /**
   * Reads an ISO date, {@code yyyy-MM-dd}.
   *
   * @param text the text
   * @param trail where it is
   * @return the date
   * @throws MappingProblem if the text is not a date, or names a day that does not exist
   */
  public static LocalDate date(String text, Trail trail) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      Matcher m = ISO_DATE.matcher(text);
      if (m.matches()) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          throw new MappingProblem(trail, Problems.noSuchDate(Integer.parseInt(m.group(1)), month, day), e);
        }
      }
      throw new MappingProblem(trail, Problems.notADate(text), e);
    }
  }

  /**
   * Reads the name of an enum constant.
   *
   * @param type the enum
   * @param name the name
   * @param trail where it is
   * @param <E> the enum
   * @return the constant
   * @throws MappingProblem if the name is not one of the constants
   */
  public static <E extends Enum<E>> E constant(Class<E> type, String name, Trail trail) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new MappingProblem(trail, Problems.unknownValue(name,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()), e);
    }
  }

  /**
   * Parses a value from text with one of the library's parsers.
   *
   * @param text the text; required
   * @param trail where it is
   * @param whatVi what the text should be, in Vietnamese ("thời hạn")
   * @param whatEn what the text should be, in English ("timeframe")
   * @param parser the parser
   * @param <T> the value type
   * @return the value
   * @throws MappingProblem if the text is absent or the parser refuses it
   */
  public static <T> T parse(String text, Trail trail, String whatVi, String whatEn, Function<String, T> parser) {
    required(text, trail);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      // The library's parsers say what they expected in both languages; another's explanation is English only.
      throw new MappingProblem(trail, e instanceof LocalizedError ? Problems.refused(e)
          : Problems.cannotRead(whatVi, whatEn, text, e.getMessage()), e);
    }
  }

  /**
   * Runs a step of a conversion that a model type may refuse, reporting the model's exception at a trail.
   *
   * @param trail where the value is
   * @param step the step
   * @param <T> the result type
   * @return the result
   * @throws MappingProblem if the model refuses the value
   */
  public static <T> T at(Trail trail, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (MappingProblem problem) {
      throw problem;
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new MappingProblem(trail, Problems.refused(e), e);
    }
  }
}
