package io.github.cchc.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says a usage error in the user's language and terms, naming the option: picocli's own messages are English and
 * name Java types ("cannot convert '2024-02-30' to class java.time.LocalDate").
 */
final class UsageErrors {

  /** Values longer than this many characters are quoted cut, with "…". */
  private static final int QUOTE_LIMIT = 80;

  private UsageErrors() {}

  static String describe(ParameterException e, Lang lang) {
    if (e instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String what = unmatched.stream().map(UsageErrors::quote).collect(Collectors.joining(", "));
      boolean option = !unmatched.isEmpty() && unmatched.get(0).startsWith("-");
      String text = option
          ? lang.pick("không có tùy chọn " + what, "unknown option " + what)
          : lang.pick("thừa tham số " + what, "unexpected argument " + what);
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        text += lang.pick("; có phải ", "; did you mean ") + suggestions.stream().limit(3).map(UsageErrors::quote)
            .collect(Collectors.joining(lang.pick(" hay ", " or "))) + "?";
      }
      return text;
    }
    if (e instanceof MissingParameterException m) {
      String names = m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
      return lang.pick("thiếu " + names, "missing " + names);
    }
    if (e instanceof OverwrittenOptionException o) {
      String name = name(o.getOverwritten());
      return lang.pick(name + " được cho nhiều lần", name + " is given more than once");
    }
    if (e instanceof MaxValuesExceededException) {
      return lang.pick("quá nhiều tham số", "too many arguments");
    }
    if (e instanceof MutuallyExclusiveArgsException) {
      return lang.pick("các tùy chọn này không dùng cùng nhau được", "these options cannot be used together");
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getValue() != null) {
      String problem = e.getCause() instanceof BadValue bad ? bad.problem(lang) : expected(spec, lang);
      return name(spec) + ": " + lang.pick("giá trị ", "value ") + quote(e.getValue()) + ": " + problem;
    }
    // A message the tool's own commands wrote, already in the user's language.
    return ErrorLine.oneLine(String.valueOf(e.getMessage()));
  }

  private static String expected(ArgSpec spec, Lang lang) {
    Class<?> type = spec.auxiliaryTypes().length > 0 ? spec.auxiliaryTypes()[0] : spec.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return lang.pick("cần một số nguyên", "expected a whole number");
    }
    if (type.isEnum()) {
      String values = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(
          java.util.Locale.ROOT)).collect(Collectors.joining(", "));
      return lang.pick("cần một trong " + values, "expected one of " + values);
    }
    if (type == java.nio.file.Path.class) {
      return lang.pick("không phải một đường dẫn tệp dùng được ở đây", "not a file path usable here");
    }
    if (type == java.nio.charset.Charset.class) {
      return lang.pick("không phải tên một bảng mã (ví dụ UTF-8, windows-1258, UTF-16)",
          "not an encoding name (for example UTF-8, windows-1258, UTF-16)");
    }
    return lang.pick("giá trị không hợp lệ", "invalid value");
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec o) {
      return o.longestName();
    }
    if (spec instanceof PositionalParamSpec p) {
      return p.paramLabel();
    }
    return String.valueOf(spec);
  }

  static String quote(String value) {
    String v = value.length() <= QUOTE_LIMIT ? value : value.substring(0,
        Character.isHighSurrogate(value.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT) + "…";
    return "'" + v + "'";
  }
}
