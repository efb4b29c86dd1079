package io.github.cchc.core.json.internal;

import java.text.NumberFormat;
import java.time.Month;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The problems of an input document, in the user's terms and in both languages: what the library says instead of
 * what Jackson, the JDK or a parser would say in their own.
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class Problems {

  /** Values longer than this many characters are cut, with "…", when a message quotes them. */
  public static final int QUOTE_LIMIT = 64;

  private Problems() {}

  /** The kinds of JSON value a message names. */
  public enum Kind {
    /** A JSON string. */
    STRING("một chuỗi", "a string"),
    /** An integer. */
    INTEGER("một số nguyên", "an integer"),
    /** Any number. */
    NUMBER("một số", "a number"),
    /** A number with a fraction or an exponent. */
    DECIMAL("một số thập phân", "a decimal number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true hoặc false", "true or false"),
    /** A JSON array. */
    ARRAY("một mảng", "an array"),
    /** A JSON object. */
    OBJECT("một đối tượng", "an object"),
    /** {@code null}. */
    NULL("null", "null"),
    /** Nothing more: the document ended. */
    END("cuối tài liệu", "the end of the document");

    private final String vi;
    private final String en;

    Kind(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }
  }

  /**
   * Returns a value cut to {@value #QUOTE_LIMIT} characters, with "…" when it was longer.
   *
   * @param value the value
   * @return the value or its beginning
   */
  public static String cut(String value) {
    if (value.length() <= QUOTE_LIMIT) {
      return value;
    }
    int end = QUOTE_LIMIT;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "…";
  }

  /**
   * Returns a value in double quotes, cut when long.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String quote(String value) {
    return "\"" + cut(value) + "\"";
  }

  private static String number(long n, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  private static String list(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /** Expected one kind of value, found another. */
  public static Message expected(Kind expected, Kind found) {
    return new Message("cần " + expected.vi + ", gặp " + found.vi, "expected " + expected.en + ", found " + found.en);
  }

  /** Expected one of some names, found another kind of value. */
  public static Message expectedOneOf(Collection<?> allowed, Kind found) {
    return new Message("cần một trong " + list(allowed) + ", gặp " + found.vi,
        "expected one of " + list(allowed) + ", found " + found.en);
  }

  /** An unknown field. */
  public static Message unknownField(String name, Collection<?> known) {
    return new Message("trường " + quote(name) + " không có trong định dạng này; các trường có: " + list(known),
        "unknown field " + quote(name) + "; the known fields are " + list(known));
  }

  /** A required field that is missing. */
  public static Message missingField(String name) {
    return new Message("thiếu trường bắt buộc " + quote(name), "the required field " + quote(name) + " is missing");
  }

  /** The field at the path is required. */
  public static Message required() {
    return new Message("trường này là bắt buộc", "the field is required");
  }

  /** A null where a value is needed. */
  public static Message nullNotAllowed() {
    return new Message("không được dùng null ở đây", "null is not allowed here");
  }

  /** A name that is not one of the allowed ones. */
  public static Message unknownValue(String value, Collection<?> allowed) {
    return new Message("giá trị " + quote(value) + " không có; cần một trong " + list(allowed),
        "unknown value " + quote(value) + "; expected one of " + list(allowed));
  }

  /** A variant name (such as a coverage rule's {@code rule}) that is not known. */
  public static Message unknownVariant(String field, String value, Collection<?> allowed) {
    return new Message(quote(field) + " " + quote(value) + " không có; cần một trong " + list(allowed),
        "unknown " + field + " " + quote(value) + "; expected one of " + list(allowed));
  }

  /** A variant name that is missing. */
  public static Message missingVariant(String field, Collection<?> allowed) {
    return new Message("thiếu trường " + quote(field) + ", một trong " + list(allowed),
        "the field " + quote(field) + " is missing; expected one of " + list(allowed));
  }

  /** NaN or infinity. */
  public static Message notANumber(String token) {
    return new Message(token + " không phải là một số ở đây", token + " is not a number here");
  }

  /** A field given twice in one object. */
  public static Message duplicateField(String name) {
    return new Message("trường " + quote(name) + " xuất hiện hai lần", "the field " + quote(name) + " is given twice");
  }

  /** Arrays and objects nested too deep. */
  public static Message tooDeep(long limit) {
    return new Message("lồng sâu quá " + number(limit, VI) + " cấp",
        "nesting deeper than " + number(limit, Locale.ENGLISH) + " levels");
  }

  /** A string longer than the reader takes. */
  public static Message stringTooLong(long limit) {
    return new Message("một chuỗi dài quá " + number(limit, VI) + " ký tự",
        "a string longer than " + number(limit, Locale.ENGLISH) + " characters");
  }

  /** A number with more digits than the reader takes. */
  public static Message numberTooLong(long limit) {
    return new Message("một số dài quá " + number(limit, VI) + " chữ số",
        "a number longer than " + number(limit, Locale.ENGLISH) + " digits");
  }

  /** A field name longer than the reader takes. */
  public static Message nameTooLong(long limit) {
    return new Message("một tên trường dài quá " + number(limit, VI) + " ký tự",
        "a field name longer than " + number(limit, Locale.ENGLISH) + " characters");
  }

  /** A document larger than the reader takes. */
  public static Message documentTooLong(long limit) {
    return new Message("tài liệu dài quá " + number(limit, VI) + " ký tự",
        "a document longer than " + number(limit, Locale.ENGLISH) + " characters");
  }

  /** A document with more tokens than the reader takes. */
  public static Message tooManyTokens(long limit) {
    return new Message("tài liệu có quá " + number(limit, VI) + " phần tử",
        "a document of more than " + number(limit, Locale.ENGLISH) + " tokens");
  }

  /** The document ends inside an object or array. */
  public static Message notClosed(boolean object, int line, int column) {
    String where = line > 0 ? " mở ở dòng " + line + ", cột " + column : "";
    String at = line > 0 ? " opened at line " + line + ", column " + column : "";
    return object
        ? new Message("tài liệu kết thúc khi đối tượng" + where + " chưa được đóng bằng '}'",
            "the document ends before the object" + at + " is closed with '}'")
        : new Message("tài liệu kết thúc khi mảng" + where + " chưa được đóng bằng ']'",
            "the document ends before the array" + at + " is closed with ']'");
  }

  /** The document ends inside a string. */
  public static Message stringNotClosed() {
    return new Message("tài liệu kết thúc khi một chuỗi chưa được đóng bằng '\"'",
        "the document ends before a string is closed with '\"'");
  }

  /** The document ends early, elsewhere. */
  public static Message truncated() {
    return new Message("tài liệu kết thúc khi chưa đủ", "the document ends before it is complete");
  }

  /** A character where another was expected. */
  public static Message unexpectedCharacter(String character, Message expectation) {
    Message found = new Message("ký tự " + character + " không đúng chỗ", "unexpected character " + character);
    return expectation == null ? found : found.then(expectation);
  }

  /** What the parser expected instead of an unexpected character. */
  public static Message expecting(String vi, String en) {
    return new Message("cần " + vi, "expected " + en);
  }

  /** A bare word that is not a JSON value. */
  public static Message unexpectedWord(String word) {
    return new Message(quote(word) + " không phải là giá trị JSON; cần một chuỗi, số, mảng, đối tượng, true, false "
        + "hoặc null", "unexpected " + quote(word) + "; expected a string, number, array, object, true, false or null");
  }

  /** A raw control character inside a string. */
  public static Message controlCharacter(int code) {
    return new Message("ký tự điều khiển (mã " + code + ") trong chuỗi phải được viết dạng thoát, như \\n",
        "a control character (code " + code + ") inside a string must be written as an escape, such as \\n");
  }

  /** A malformed number. */
  public static Message badNumber(String detail) {
    String d = detail == null ? "" : " " + quote(detail);
    return new Message("số viết sai" + d, "malformed number" + d);
  }

  /** A malformed escape. */
  public static Message badEscape() {
    return new Message("chuỗi có dãy thoát không hợp lệ", "invalid escape sequence in a string");
  }

  /** Any other malformed JSON. */
  public static Message malformed() {
    return new Message("JSON không hợp lệ", "malformed JSON");
  }

  /** Bytes that are not UTF-8. */
  public static Message notUtf8() {
    return new Message("tài liệu không phải văn bản UTF-8", "the document is not UTF-8 text");
  }

  /** No content at all. */
  public static Message empty() {
    return new Message("tài liệu rỗng", "the document is empty");
  }

  /** Content after the end of the document. */
  public static Message trailing() {
    return new Message("còn nội dung sau khi tài liệu đã kết thúc", "there is more after the end of the document");
  }

  /** An integer too large for the field. */
  public static Message integerOutOfRange(String number) {
    String n = number == null ? "" : " " + cut(number);
    return new Message("số" + n + " vượt quá phạm vi của số nguyên",
        "the number" + n + " is out of range for an integer");
  }

  /** A decimal whose exponent is beyond what the library computes with. */
  public static Message numberBeyond(String number, int maxExponent) {
    return new Message("số " + cut(number) + " nằm ngoài khoảng 1e-" + maxExponent + " .. 1e" + maxExponent,
        "the number " + cut(number) + " is beyond 1e-" + maxExponent + " .. 1e" + maxExponent);
  }

  /** Text that is not an ISO date. */
  public static Message notADate(String text) {
    return new Message(quote(text) + " không phải là ngày dạng yyyy-MM-dd",
        quote(text) + " is not a date in ISO form (yyyy-MM-dd)");
  }

  /** A well-formed date that does not exist, such as 2024-02-30. */
  public static Message noSuchDate(int year, int month, int day) {
    String en = day + " " + Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
        + year;
    return new Message("ngày " + day + " tháng " + month + " năm " + year + " không có", en + " does not exist");
  }

  /**
   * Text that a parser of the library refuses.
   *
   * @param whatVi what it should be, in Vietnamese ("thời hạn")
   * @param whatEn what it should be, in English ("timeframe")
   * @param text the text
   * @param detail the parser's explanation, in English
   * @return the message
   */
  public static Message cannotRead(String whatVi, String whatEn, String text, String detail) {
    String d = detail == null || detail.isBlank() ? "" : ": " + detail;
    return new Message("không đọc được " + whatVi + " " + quote(text),
        "cannot read the " + whatEn + " " + quote(text) + d);
  }

  /** A value the model refuses, with the model's own explanation, in both languages when it is the library's own. */
  public static Message refused(Throwable e) {
    if (e instanceof io.github.cchc.core.error.LocalizedError le) {
      return new Message(le.message(Locale.forLanguageTag("vi")), le.message(Locale.ENGLISH));
    }
    return refused(e.getMessage());
  }

  /** A value the model refused, with the model's reason when it is not the library's own. */
  public static Message refused(String detail) {
    String d = detail == null ? "" : detail;
    return new Message("giá trị không hợp lệ: " + d, d.isEmpty() ? "invalid value" : d);
  }

  /** Any other value that cannot be read where it is. */
  public static Message unreadable() {
    return new Message("không đọc được giá trị ở đây", "this value cannot be read here");
  }

  /** The place of a problem, as messages write it. */
  public static Message at(int line, int column) {
    return new Message("dòng " + line + ", cột " + column, "line " + line + ", column " + column);
  }
}
