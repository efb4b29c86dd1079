package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON form of a make-up working day: a date {@code "2026-01-10"}, or an object with the date, the notice and a
 * note.
 *
 * @param date the day, yyyy-MM-dd
 * @param notice the number of the year's notice that fixed it
 * @param note free text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MakeUpDayDocument(@IsoDate String date, String notice, String note) {

  /**
   * The object form.
   *
   * @param date the day
   * @param notice the notice number, or null
   * @param note the note, or null
   */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public MakeUpDayDocument(@JsonProperty(value = "date", required = true) String date,
      @JsonProperty("notice") String notice, @JsonProperty("note") String note) {
    this.date = date;
    this.notice = notice;
    this.note = note;
  }

  /**
   * The short form, a date alone.
   *
   * @param date the day
   * @return the document
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MakeUpDayDocument ofDate(String date) {
    return new MakeUpDayDocument(date, null, null);
  }
}
