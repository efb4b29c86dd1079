package io.github.cchc.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The line under an appendix's title that ties it to its report, "(kèm theo Báo cáo số ...../BC-... ngày .../.../
 * 2024 của ...)", in the words and dots of the Sơn La outline. The report's number and date are taken from the
 * national heading when it gives them; what it does not give stays as the seed's dots, to be written by hand.
 */
enum Attachment {
  /** Phụ lục I: "(kèm theo Báo cáo số ...../BC-... ngày .../.../ 2024 của ...)". */
  PHU_LUC_I("(kèm theo Báo cáo số ", "...../BC-...", " ngày ", ".../.../ ", " của ...)"),
  /** Phụ lục II: "(Kèm theo Báo cáo số .../BC-... ngày ../.../2024 của...)". */
  PHU_LUC_II("(Kèm theo Báo cáo số ", ".../BC-...", " ngày ", "../.../", " của...)");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final String start;
  private final String draftNumber;
  private final String dateWord;
  private final String draftDay;
  private final String end;

  Attachment(String start, String draftNumber, String dateWord, String draftDay, String end) {
    this.start = start;
    this.draftNumber = draftNumber;
    this.dateWord = dateWord;
    this.draftDay = draftDay;
    this.end = end;
  }

  /**
   * Returns the line for a report of a year.
   *
   * @param heading the report's national heading, if any: its number and date fill the line
   * @param year the year of the report, written where the date is left blank
   * @param locale the language
   */
  String line(Optional<NationalHeading> heading, int year, ReportLocale locale) {
    Optional<String> number = heading.flatMap(NationalHeading::number);
    Optional<LocalDate> date = heading.flatMap(NationalHeading::date);
    if (locale == ReportLocale.ENGLISH) {
      return "(Attached to Report No. " + number.orElse(draftNumber) + " of "
          + date.map(DATE::format).orElse(draftDay + year) + " by ...)";
    }
    return start + number.orElse(draftNumber) + dateWord + date.map(DATE::format).orElse(draftDay + year) + end;
  }
}
