package io.github.cchc.reporting;

import io.github.cchc.core.plan.ReformArea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The language and number formats of a report: Vietnamese by default ({@code 1.234,5}; {@code 95,12%};
 * {@code dd/MM/yyyy}), English as an option ({@code 1,234.5}; {@code 95.12%}; {@code yyyy-MM-dd}).
 *
 * <p>Formatting is exact: numbers are {@code long} or {@link BigDecimal} and are never converted to binary floating
 * point. Percentages are rounded to two decimals with {@link RoundingMode#HALF_UP} and shown without trailing zeros
 * ({@code 100%}, {@code 95,1%}, {@code 33,33%}).
 *
 * <p>The fixed texts of a report (the national motto, "không có dữ liệu", the placeholder marker) are data of this
 * enum. This class is immutable and thread-safe.
 */
public enum ReportLocale {
  /** Vietnamese, the default. */
  VIETNAMESE(
      new Locale("vi", "VN"),
      '.',
      ',',
      DateTimeFormatter.ofPattern("dd/MM/yyyy"),
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số",
      "Không có dữ liệu",
      "Cần bổ sung",
      "Biểu đồ",
      "Đúng hạn",
      "Quá hạn"),
  /** English. */
  ENGLISH(
      Locale.UK,
      ',',
      '.',
      DateTimeFormatter.ISO_LOCAL_DATE,
      "SOCIALIST REPUBLIC OF VIET NAM",
      "Independence - Freedom - Happiness",
      "No.",
      "No data",
      "To be completed",
      "Chart",
      "On time",
      "Late");

  private final Locale locale;
  private final char groupingSeparator;
  private final char decimalSeparator;
  private final DateTimeFormatter dateFormat;
  private final String nationName;
  private final String motto;
  private final String numberLabel;
  private final String noData;
  private final String placeholderMarker;
  private final String chartLabel;
  private final String onTime;
  private final String late;

  ReportLocale(
      Locale locale,
      char groupingSeparator,
      char decimalSeparator,
      DateTimeFormatter dateFormat,
      String nationName,
      String motto,
      String numberLabel,
      String noData,
      String placeholderMarker,
      String chartLabel,
      String onTime,
      String late) {
    this.locale = locale;
    this.groupingSeparator = groupingSeparator;
    this.decimalSeparator = decimalSeparator;
    this.dateFormat = dateFormat;
    this.nationName = nationName;
    this.motto = motto;
    this.numberLabel = numberLabel;
    this.noData = noData;
    this.placeholderMarker = placeholderMarker;
    this.chartLabel = chartLabel;
    this.onTime = onTime;
    this.late = late;
  }

  /**
   * Returns the report locale for a {@link Locale}: English if its language is English, Vietnamese otherwise.
   *
   * @param locale the locale
   * @return the report locale
   */
  public static ReportLocale of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
  }

  /**
   * Returns the {@link Locale} of this report language.
   *
   * @return {@code vi-VN} or {@code en-GB}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the BCP 47 language tag, as used in the {@code lang} attribute of HTML.
   *
   * @return {@code "vi"} or {@code "en"}
   */
  public String languageTag() {
    return locale.getLanguage();
  }

  /**
   * Picks the Vietnamese or the English text.
   *
   * @param vietnamese the Vietnamese text
   * @param english the English text
   * @return the text in this language
   */
  public String pick(String vietnamese, String english) {
    Objects.requireNonNull(vietnamese, "vietnamese");
    Objects.requireNonNull(english, "english");
    return this == ENGLISH ? english : vietnamese;
  }

  /**
   * Formats a whole number with grouping: {@code 1.234} in Vietnamese, {@code 1,234} in English.
   *
   * @param value the number
   * @return the text
   */
  public String formatInteger(long value) {
    return formatDecimal(BigDecimal.valueOf(value));
  }

  /**
   * Formats a decimal number with grouping, keeping its scale: {@code 1.234,5} in Vietnamese, {@code 1,234.5} in
   * English.
   *
   * @param value the number
   * @return the text
   */
  public String formatDecimal(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    if (value.signum() < 0) {
      out.append('-');
    }
    int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, lead);
    for (int i = lead; i < whole.length(); i += 3) {
      out.append(groupingSeparator).append(whole, i, i + 3);
    }
    if (!fraction.isEmpty()) {
      out.append(decimalSeparator).append(fraction);
    }
    return out.toString();
  }

  /**
   * Formats a percentage given in percent points: {@code 95.12} gives {@code 95,12%} in Vietnamese.
   *
   * @param percent the percentage, such as 95.12 for 95.12%
   * @return the text, rounded to two decimals half up, trailing zeros dropped
   */
  public String formatPercent(BigDecimal percent) {
    return formatDecimal(roundPercent(percent)) + "%";
  }

  /**
   * Rounds a percentage for display: two decimals, {@link RoundingMode#HALF_UP}, trailing zeros dropped.
   *
   * @param percent the percentage in percent points
   * @return the rounded percentage, with a scale of 0 to 2
   */
  public static BigDecimal roundPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
  }

  /**
   * Formats a date: {@code 15/06/2024} in Vietnamese, {@code 2024-06-15} in English.
   *
   * @param date the date
   * @return the text
   */
  public String formatDate(LocalDate date) {
    return dateFormat.format(Objects.requireNonNull(date, "date"));
  }

  /**
   * Formats the place and date line of the national heading: "Sơn La, ngày 15 tháng 6 năm 2024", or
   * "Sơn La, ngày … tháng … năm …" for a draft without a date.
   *
   * @param place the place, such as "Sơn La"
   * @param date the date, absent in a draft
   * @return the line
   */
  public String formatPlaceAndDate(String place, java.util.Optional<LocalDate> date) {
    return formatPlaceAndDate(place, date, java.util.OptionalInt.empty());
  }

  /**
   * Formats the place and date line of the national heading as Nghị định 30/2020/NĐ-CP writes it: "Thái Bình, ngày
   * 14 tháng 12 năm 2024", with a leading zero for days 1 to 9 and for January and February ("ngày 05 tháng 02 năm
   * 2024"). A draft without a date leaves room for the day and month, "Thái Bình, ngày      tháng      năm 2024",
   * with the year when it is given and dots otherwise; the room is made of no-break spaces.
   *
   * @param place the place, such as "Thái Bình"
   * @param date the date, absent in a draft
   * @param draftYear the year of a draft, used when the date is absent
   * @return the line
   */
  public String formatPlaceAndDate(String place, java.util.Optional<LocalDate> date, java.util.OptionalInt draftYear) {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(draftYear, "draftYear");
    String gap = NationalHeading.DRAFT_GAP;
    if (this == ENGLISH) {
      return place + ", " + date.map(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)::format)
          .orElse(draftYear.isPresent() ? "…" + gap + draftYear.getAsInt() : "…");
    }
    if (date.isPresent()) {
      LocalDate d = date.get();
      String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
      String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
      return place + ", ngày " + day + " tháng " + month + " năm " + d.getYear();
    }
    if (draftYear.isPresent()) {
      return place + ", ngày" + gap + "tháng" + gap + "năm " + draftYear.getAsInt();
    }
    return place + ", ngày … tháng … năm …";
  }

  /**
   * Returns the label of the recipients' list at the foot of an official document.
   *
   * @return "Nơi nhận:" or its English form
   */
  public String recipientsLabel() {
    return this == ENGLISH ? "Recipients:" : "Nơi nhận:";
  }

  /**
   * Formats a cell for reading, as Markdown, HTML and CSV show it. An empty cell gives the empty string.
   *
   * @param cell the cell
   * @return the text
   */
  public String format(Cell cell) {
    Objects.requireNonNull(cell, "cell");
    if (cell instanceof Cell.Text) {
      return ((Cell.Text) cell).value();
    } else if (cell instanceof Cell.Integer) {
      return formatInteger(((Cell.Integer) cell).value());
    } else if (cell instanceof Cell.Decimal) {
      return formatDecimal(((Cell.Decimal) cell).value());
    } else if (cell instanceof Cell.Percent) {
      return formatPercent(((Cell.Percent) cell).value());
    } else if (cell instanceof Cell.Date) {
      return formatDate(((Cell.Date) cell).value());
    } else if (cell instanceof Cell.CountWithShare) {
      Cell.CountWithShare c = (Cell.CountWithShare) cell;
      String count = formatInteger(c.count()) + (c.noun().isEmpty() ? "" : " " + c.noun());
      return c.percent().map(p -> count + " = " + formatPercent(p)).orElse(count);
    }
    return "";
  }

  /**
   * Returns the label of a reform area in this language.
   *
   * @param area the area
   * @return the label
   */
  public String label(ReformArea area) {
    return area.label(locale);
  }

  /**
   * Returns the name of the nation in the national heading.
   *
   * @return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or its English form
   */
  public String nationName() {
    return nationName;
  }

  /**
   * Returns the national motto in the national heading.
   *
   * @return "Độc lập - Tự do - Hạnh phúc" or its English form
   */
  public String motto() {
    return motto;
  }

  /**
   * Returns the label before a document number.
   *
   * @return "Số" or "No."
   */
  public String numberLabel() {
    return numberLabel;
  }

  /**
   * Returns the text shown where there is no data.
   *
   * @return "Không có dữ liệu" or "No data"
   */
  public String noData() {
    return noData;
  }

  /**
   * Returns the marker of text that the data cannot give and a person must write.
   *
   * @return "Cần bổ sung" or "To be completed"
   */
  public String placeholderMarker() {
    return placeholderMarker;
  }

  /**
   * Returns the word for a chart, used to name the data table of a chart.
   *
   * @return "Biểu đồ" or "Chart"
   */
  public String chartLabel() {
    return chartLabel;
  }

  /**
   * Returns the text for a task finished on time.
   *
   * @return "Đúng hạn" or "On time"
   */
  public String onTime() {
    return onTime;
  }

  /**
   * Returns the text for a task finished late.
   *
   * @return "Quá hạn" or "Late"
   */
  public String late() {
    return late;
  }
}
