package io.github.cchc.core.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON form of one year of a working calendar.
 *
 * @param year the solar year
 * @param status {@code COMPUTED} for a year computed from the statute, written only for such a year on its own; a
 *     schedule file lists official years
 * @param source where the schedule was published, in words; required for an official year
 * @param notices the documents that fix the days
 * @param daysOff the days off other than ordinary weekends
 * @param makeUpWorkingDays the weekend days that are worked
 * @param note free text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record YearScheduleDocument(
    @JsonProperty(required = true) Integer year,
    String status,
    String source,
    List<NoticeDocument> notices,
    @JsonProperty(required = true) List<DayOffDocument> daysOff,
    List<MakeUpDayDocument> makeUpWorkingDays,
    String note) {}
