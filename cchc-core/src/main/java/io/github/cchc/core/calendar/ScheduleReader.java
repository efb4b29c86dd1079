package io.github.cchc.core.calendar;

import io.github.cchc.core.error.InputFormatException;
import io.github.cchc.core.json.internal.CalendarMapping;
import io.github.cchc.core.json.internal.JsonMapping;
import io.github.cchc.core.json.internal.LibraryJson;
import io.github.cchc.core.json.internal.ScheduleFileDocument;
import java.util.Map;

/**
 * Reads a file of yearly schedules (format {@code cchc-working-days}, version 1; see {@code docs/calendar.md}) with
 * the one JSON layer: the file is bound strictly to its documents and checked by the calendar's mapping, and every
 * problem is an {@link InputFormatException} naming the file, the JSON path of the entry ({@code
 * $.years[1].daysOff[3]}), its line and column, and the problem in Vietnamese and English.
 */
final class ScheduleReader {

  private static final LibraryJson JSON = LibraryJson.of();

  /** The file as the years it gives, in the file's order. */
  private static final JsonMapping<Map<Integer, YearSchedule>, ScheduleFileDocument> YEARS = JsonMapping.of(
      mapType(), ScheduleFileDocument.class, years -> {
        throw new UnsupportedOperationException("written through the calendar's own mapping");
      }, CalendarMapping::toYears);

  private ScheduleReader() {}

  /** Reads the schedules of a text. */
  static Map<Integer, YearSchedule> read(String text, String sourceName) {
    return JSON.read(text, sourceName, YEARS);
  }

  @SuppressWarnings("unchecked")
  private static Class<Map<Integer, YearSchedule>> mapType() {
    return (Class<Map<Integer, YearSchedule>>) (Class<?>) Map.class;
  }
}
