package io.github.cchc.core.error;

import io.github.cchc.core.error.internal.Errors;
import io.github.cchc.core.json.internal.Message;
import java.util.List;

/** The constructors of this package, handed to the library's modules through {@link Errors}. */
final class Constructors implements Errors.Factory {

  static {
    Errors.register(new Constructors());
  }

  private Constructors() {}

  @Override
  public InputFormatException input(String source, String path, int line, int column, Message problem,
      Throwable cause) {
    return new InputFormatException(source, path, line, column, problem, cause);
  }

  @Override
  public TextParseException parse(TextParseException.Kind kind, String text, int errorIndex, Message expected) {
    return new TextParseException(kind, text, errorIndex, expected.vi(), expected.en());
  }

  @Override
  public UnknownReferenceException unknown(UnknownReferenceException.Kind kind, String id, Message referrer,
      List<String> nearest) {
    return new UnknownReferenceException(kind, id, referrer.vi(), referrer.en(), nearest);
  }

  @Override
  public ModelRuleException rule(ModelRuleException.Kind kind, String subject, Message problem, Throwable cause) {
    return new ModelRuleException(kind, subject, problem.vi(), problem.en(), cause);
  }

  @Override
  public CalendarException calendar(CalendarException.Kind kind, String value, Message problem) {
    return new CalendarException(kind, value, problem.vi(), problem.en(), null);
  }

  @Override
  public AggregationException aggregation(AggregationException.Kind kind, String subject, Message problem) {
    return new AggregationException(kind, subject, problem.vi(), problem.en(), null);
  }
}
