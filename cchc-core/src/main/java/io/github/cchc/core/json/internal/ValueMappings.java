package io.github.cchc.core.json.internal;

import io.github.cchc.core.document.DocumentNumber;
import io.github.cchc.core.document.DocumentReference;
import io.github.cchc.core.timeframe.ReportPeriod;
import io.github.cchc.core.timeframe.Timeframe;

/**
 * The mappings of the value types written as strings in their canonical form, which their own {@code parse} reads
 * back: timeframes ({@code "Quý I/2024"}), report periods ({@code "2024-Q1"}), document numbers ({@code
 * "175/KH-UBND"}) and document references.
 *
 * <p>Internal to the library. This class is immutable and thread-safe.
 */
public final class ValueMappings {

  /** A timeframe; read without a plan's year, so a timeframe without a year is refused. */
  public static final JsonMapping<Timeframe, String> TIMEFRAME = JsonMapping.of(Timeframe.class, String.class,
      Timeframe::toString, (text, trail) -> Convert.parse(text, trail, "thời hạn", "timeframe", Timeframe::parse));

  /** A report period. */
  public static final JsonMapping<ReportPeriod, String> REPORT_PERIOD = JsonMapping.of(ReportPeriod.class,
      String.class, ReportPeriod::toString,
      (text, trail) -> Convert.parse(text, trail, "kỳ báo cáo", "report period", ReportPeriod::parse));

  /** A document number and symbol. */
  public static final JsonMapping<DocumentNumber, String> DOCUMENT_NUMBER = JsonMapping.of(DocumentNumber.class,
      String.class, DocumentNumber::toString,
      (text, trail) -> Convert.parse(text, trail, "số, ký hiệu văn bản", "document number", DocumentNumber::parse));

  /** A reference to a document. */
  public static final JsonMapping<DocumentReference, String> DOCUMENT_REFERENCE = JsonMapping.of(
      DocumentReference.class, String.class, DocumentReference::toString,
      (text, trail) -> Convert.parse(text, trail, "văn bản viện dẫn", "document reference", DocumentReference::parse));

  private ValueMappings() {}
}
