package io.github.cchc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The parts of an official document around its body, as Nghị định 30/2020/NĐ-CP, Phụ lục I lays them out: on the
 * left the issuing body (the parent body upright, "UBND TỈNH THÁI BÌNH", over the issuing body bold with a short rule
 * beneath, "SỞ NỘI VỤ") and the number and symbol ("Số: 125/BC-SNV"); on the right the national name and motto
 * ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc") and the place and date ("Thái Bình, ngày 14
 * tháng 12 năm 2024"); then the document type and its summary (trích yếu, "BÁO CÁO / Kết quả thực hiện công tác cải
 * cách hành chính năm 2024"); after the body the recipients ("Nơi nhận:", ending "- Lưu: VT, …") and the signature
 * block.
 *
 * <p>A draft leaves blanks: a number of the symbol alone ("/BC-SNV") is shown "Số:      /BC-SNV", and without a date
 * the line reads "Thái Bình, ngày      tháng      năm 2024" with the {@linkplain #year() year} when it is given. The
 * day is written with a leading zero when it is below 10 and the month when it is January or February, as the decree
 * asks ({@link ReportLocale#formatPlaceAndDate(String, Optional, OptionalInt)}).
 *
 * <pre>{@code
 * NationalHeading heading = NationalHeading.builder()
 *     .addIssuerLines("UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ")
 *     .number("125/BC-SNV").place("Thái Bình").date(LocalDate.of(2024, 12, 14))
 *     .documentType("BÁO CÁO").summary("Kết quả thực hiện công tác cải cách hành chính năm 2024")
 *     .signature(Signature.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC").name("Nguyễn Văn A").build())
 *     .addRecipients("UBND tỉnh (để b/c);", "Bộ Nội vụ;", "Lưu: VT, CCHC.")
 *     .build();
 * }</pre>
 *
 * <p>The {@code cchc} tool reads it from the heading file of {@code docs/reporting.md}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class NationalHeading {

  NationalHeading() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalHeading}; at least one issuer line and the place are required. */
  public static final class Builder extends ImmutableNationalHeading.Builder {
    Builder() {}
  }

  /**
   * Returns the lines naming the issuer, the superior body first.
   *
   * @return the lines, at least one
   */
  public abstract List<String> issuerLines();

  /**
   * Returns the number and symbol, such as "125/BC-SNV"; a draft gives the symbol alone, "/BC-SNV", or nothing.
   *
   * @return the number
   */
  public abstract Optional<String> number();

  /**
   * Returns the place of issue, such as "Sơn La".
   *
   * @return the place
   */
  public abstract String place();

  /**
   * Returns the date of issue, absent in a draft.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the year of a draft without a date, shown in "ngày      tháng      năm 2024"; when the date is given it
   * is the date's year or absent.
   *
   * @return the year
   */
  public abstract OptionalInt year();

  /**
   * Returns the document type, such as "BÁO CÁO" or "KẾ HOẠCH", written in capitals above the summary.
   *
   * @return the document type
   */
  public abstract Optional<String> documentType();

  /**
   * Returns the summary of the content (trích yếu), such as "Kết quả thực hiện công tác cải cách hành chính năm
   * 2024".
   *
   * @return the summary
   */
  public abstract Optional<String> summary();

  /**
   * Returns the signature block, absent when the document is not to be signed (a working document).
   *
   * @return the signature
   */
  public abstract Optional<Signature> signature();

  /**
   * Returns the recipients listed under "Nơi nhận:", each without its leading dash, the last one the archive line
   * "Lưu: VT, …"; empty when the document lists none.
   *
   * @return the recipients
   */
  public abstract List<String> recipients();

  /**
   * Returns the number and symbol as the heading shows them after "Số:": the number itself, the symbol after six
   * blanks in a draft ("      /BC-SNV"), or dots when nothing is given. The blanks are no-break spaces, so that
   * every format keeps them.
   *
   * @return the text
   */
  public String numberText() {
    return number().map(n -> n.startsWith("/") ? DRAFT_GAP + n : n).orElse("……");
  }

  /**
   * Returns the place and date line in a language, as {@link ReportLocale#formatPlaceAndDate(String, Optional,
   * OptionalInt)} writes it.
   *
   * @param locale the language
   * @return the line, such as "Thái Bình, ngày 14 tháng 12 năm 2024"
   */
  public String placeAndDate(ReportLocale locale) {
    return locale.formatPlaceAndDate(place(), date(), year());
  }

  /** Six no-break spaces: the room a draft leaves for what is filled in when the document is issued. */
  static final String DRAFT_GAP = "\u00A0".repeat(6);

  @Value.Check
  NationalHeading check() {
    if (issuerLines().isEmpty() || issuerLines().stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException("A national heading needs at least one issuer line");
    }
    if (place().isBlank()) {
      throw new IllegalArgumentException("A national heading needs a place");
    }
    if (year().isPresent()) {
      int year = year().getAsInt();
      if (year < 1900 || year > 9999) {
        throw new IllegalArgumentException("A heading's year is between 1900 and 9999; found " + year);
      }
      if (date().isPresent() && date().get().getYear() != year) {
        throw new IllegalArgumentException("A heading's year " + year + " differs from the year of its date "
            + date().get());
      }
    }
    List<String> lines = issuerLines().stream().map(l -> Texts.nfc(l, "issuer line").strip()).toList();
    String place = Texts.nfc(place(), "place").strip();
    Optional<String> number = number().map(n -> Texts.nfc(n, "number").strip()).filter(n -> !n.isEmpty());
    Optional<String> type = documentType().map(t -> Texts.nonBlank(t, "document type"));
    Optional<String> summary = summary().map(t -> Texts.nonBlank(t, "summary"));
    List<String> recipients = new ArrayList<>();
    for (String recipient : recipients()) {
      String r = Texts.nonBlank(recipient, "recipient");
      if (r.startsWith("-")) {
        throw new IllegalArgumentException("A recipient is written without its leading dash, which the document "
            + "adds; found \"" + r + "\"");
      }
      recipients.add(r);
    }
    if (!recipients.isEmpty() && !recipients.get(recipients.size() - 1).startsWith("Lưu:")) {
      throw new IllegalArgumentException("The last recipient is the archive line, such as \"Lưu: VT, CCHC.\"; found \""
          + recipients.get(recipients.size() - 1) + "\"");
    }
    if (lines.equals(issuerLines()) && place.equals(place()) && number.equals(number())
        && type.equals(documentType()) && summary.equals(summary()) && recipients.equals(recipients())) {
      return this;
    }
    return builder().from(this).issuerLines(lines).place(place).number(number).documentType(type).summary(summary)
        .recipients(recipients).build();
  }
}
