package io.github.cchc.core.error;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a text is not a value of the kind it should be: a timeframe ({@code "Quý I/2024"}), a document number
 * ({@code "175/KH-UBND"}) or reference, a lunar date ({@code "2023-02L-11"}), a report period ({@code "2024Q1"}) or a
 * rate ({@code "3/120"}, {@code "97.5%"}). It names the {@link #kind() kind}, the {@link #text() text}, the {@link
 * #errorIndex() index} where reading stopped (counted in the NFC form of the text) and what was expected there; a long
 * text is quoted cut with "…".
 *
 * <pre>
 * Cannot read timeframe "Quý V/2024" at index 4 ("V/2024"): expected a quarter (I, II, III or IV)
 * Không đọc được thời hạn "Quý V/2024" tại vị trí 4 ("V/2024"): cần một quý (I, II, III hoặc IV)
 * </pre>
 *
 * <p>{@link #getMessage()} is the English line; {@link #message(Locale)} gives either. Instances are created by the
 * library only. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TextParseException extends IllegalArgumentException implements LocalizedError {

  private static final long serialVersionUID = 1L;

  /** The kinds of text the library parses. */
  public enum Kind {
    /** A timeframe, {@code Timeframe.parse}. */
    TIMEFRAME("thời hạn", "timeframe"),
    /** A document number, {@code DocumentNumber.parse}. */
    DOCUMENT_NUMBER("số văn bản", "document number"),
    /** A document reference, {@code DocumentReference.parse}. */
    DOCUMENT_REFERENCE("trích dẫn văn bản", "document reference"),
    /** A lunar date, {@code LunarDate.parse}. */
    LUNAR_DATE("ngày âm lịch", "lunar date"),
    /** A rate, {@code Rate.parse}. */
    RATE("tỷ lệ", "rate"),
    /** A report period code, {@code ReportPeriod.parse}. */
    PERIOD("kỳ báo cáo", "period");

    private final String vi;
    private final String en;

    Kind(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    /**
     * Returns the kind's name in the reader's language.
     *
     * @param locale the reader's locale
     * @return such as "timeframe" or "thời hạn"
     */
    public String label(Locale locale) {
      return Texts.pick(locale, vi, en);
    }
  }

  /** Texts longer than this many characters are quoted cut, with "…". */
  static final int QUOTE_LIMIT = 80;

  private final Kind kind;
  private final String text;
  private final int errorIndex;
  private final String expectedVi;
  private final String expectedEn;

  TextParseException(Kind kind, String text, int errorIndex, String expectedVi, String expectedEn) {
    super(format(kind, text, errorIndex, expectedEn, Locale.ENGLISH));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.text = Objects.requireNonNull(text, "text");
    this.errorIndex = Math.max(0, Math.min(errorIndex, text.length()));
    this.expectedVi = Objects.requireNonNull(expectedVi, "expectedVi");
    this.expectedEn = Objects.requireNonNull(expectedEn, "expectedEn");
  }

  private static String format(Kind kind, String text, int errorIndex, String expected, Locale locale) {
    int at = Math.max(0, Math.min(errorIndex, text.length()));
    String rest = at >= text.length()
        ? Texts.pick(locale, "cuối văn bản", "end of text")
        : quote(text.substring(at));
    return Texts.pick(locale, "Không đọc được ", "Cannot read ") + kind.label(locale) + " " + quote(text)
        + Texts.pick(locale, " tại vị trí ", " at index ") + at + " (" + rest + ")"
        + Texts.pick(locale, ": cần ", ": expected ") + expected;
  }

  /** Quotes a text, cut to {@value #QUOTE_LIMIT} characters with "…" when longer. */
  static String quote(String s) {
    if (s.length() <= QUOTE_LIMIT) {
      return "\"" + s + "\"";
    }
    int end = QUOTE_LIMIT;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return "\"" + s.substring(0, end) + "…\"";
  }

  /**
   * Returns the kind of text that was to be read.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the text that could not be read, whole.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the index in the text where reading stopped.
   *
   * @return the index, from 0 to the text's length
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * Returns what was expected where reading stopped, in English.
   *
   * @return a short description, such as "a quarter (I, II, III or IV)"
   */
  public String expected() {
    return expectedEn;
  }

  /**
   * Returns what was expected where reading stopped, in the reader's language.
   *
   * @param locale the reader's locale
   * @return a short description
   */
  public String expected(Locale locale) {
    return Texts.pick(locale, expectedVi, expectedEn);
  }

  @Override
  public String message(Locale locale) {
    return Texts.isEnglish(locale) ? getMessage() : format(kind, text, errorIndex, expectedVi, locale);
  }
}
