package io.github.cchc.cli;

import io.github.cchc.core.error.LocalizedError;
import io.github.cchc.core.timeframe.ReportPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A value on the command line that its option cannot take, said in both languages; the usage-error handler names the
 * option and picks the language.
 */
final class BadValue extends CommandLine.TypeConversionException {
  private static final long serialVersionUID = 1L;

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final String vi;
  private final String en;

  BadValue(String vi, String en) {
    super(en);
    this.vi = vi;
    this.en = en;
  }

  String problem(Lang lang) {
    return lang == Lang.EN ? en : vi;
  }

  /** Reads a date such as 2024-03-05; says which day does not exist ("30 February 2024 does not exist"). */
  static LocalDate date(String text) {
    Matcher m = ISO_DATE.matcher(text.strip());
    if (!m.matches()) {
      throw new BadValue("cần một ngày dạng YYYY-MM-DD như 2024-03-05",
          "expected a date YYYY-MM-DD such as 2024-03-05");
    }
    try {
      return LocalDate.parse(text.strip(), STRICT);
    } catch (DateTimeException e) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12) {
        throw new BadValue("không có tháng " + month, "there is no month " + month);
      }
      String monthName = java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      throw new BadValue("ngày " + day + "/" + month + "/" + year + " không tồn tại",
          day + " " + monthName + " " + year + " does not exist");
    }
  }

  /** Reads a period code such as 2024Q1. */
  static ReportPeriod period(String text) {
    try {
      return ReportPeriod.parse(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      if (e instanceof LocalizedError le) {
        String vi = le.message(Lang.VI.locale());
        String en = le.message(Lang.EN.locale());
        if (e instanceof io.github.cchc.core.error.TextParseException) {
          vi = "cần một kỳ như 2024, 2024S1, 2024Q1 hoặc 2024-03";
          en = "expected a period such as 2024, 2024S1, 2024Q1 or 2024-03";
        }
        throw new BadValue(vi, en);
      }
      throw new BadValue(String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
    }
  }
}
